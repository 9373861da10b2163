import { fileTypeFromBuffer } from 'file-type';
import { PDFDocument } from 'pdf-lib';
import { extensionOf } from './filename';
import { unsupported } from './refusal';
import { endsLikeZip, inspectZip } from './zip-check';

/** What may be uploaded, by extension: the type the bytes must show, and the type served. */
const ACCEPTED: Record<string, { detected: string | null; contentType: string; label: string }> = {
  pdf: { detected: 'pdf', contentType: 'application/pdf', label: 'PDF' },
  docx: { detected: 'docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'Word document' },
  xlsx: { detected: 'xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', label: 'Excel workbook' },
  pptx: { detected: 'pptx', contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', label: 'PowerPoint presentation' },
  odt: { detected: 'odt', contentType: 'application/vnd.oasis.opendocument.text', label: 'OpenDocument text' },
  csv: { detected: null, contentType: 'text/csv; charset=utf-8', label: 'CSV' },
  png: { detected: 'png', contentType: 'image/png', label: 'PNG image' },
  jpg: { detected: 'jpg', contentType: 'image/jpeg', label: 'JPEG image' },
  jpeg: { detected: 'jpg', contentType: 'image/jpeg', label: 'JPEG image' },
};

export const ACCEPTED_LIST = 'PDF, Word (.docx), Excel (.xlsx), PowerPoint (.pptx), OpenDocument text (.odt), CSV, PNG or JPEG';

const MACRO = new Set(['docm', 'dotm', 'xlsm', 'xltm', 'pptm', 'potm', 'ppsm', 'xlsb']);
const EXECUTABLE = new Set(['exe', 'elf', 'macho', 'wasm', 'class', 'jar', 'apk', 'crx', 'xpi', 'deb', 'rpm', 'cab', 'lnk', 'reg', 'swf', 'chm', 'msi', 'dll', 'com', 'bat', 'cmd', 'ps1', 'sh', 'js', 'vbs', 'scr', 'app', 'dmg']);
const ZIP_KINDS = new Set(['docx', 'xlsx', 'pptx', 'odt']);

/** What the upload turned out to be. */
export interface CheckedPaper {
  contentType: string;
  pageCount: number | null;
}

const isUtf8Text = (bytes: Buffer): boolean => {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/**
 * Decides a paper's type from its bytes (file-type, yauzl for archives, pdf-lib for PDFs) and
 * refuses anything whose bytes disagree with its name, executables, macro-enabled Office files,
 * encrypted files, zip bombs and files that are two types at once.
 */
export async function checkPaper(bytes: Buffer, filename: string): Promise<CheckedPaper> {
  const extension = extensionOf(filename);
  if (MACRO.has(extension)) throw unsupported('Macro-enabled Office files are not accepted; save it as .docx, .xlsx or .pptx.');
  if (EXECUTABLE.has(extension)) throw unsupported('Programs and scripts are not accepted.');
  const accepted = ACCEPTED[extension];
  if (!accepted) throw unsupported(`.${extension} files are not accepted; upload a ${ACCEPTED_LIST} file.`);
  if (bytes.length === 0) throw unsupported('The file is empty.');

  const startsLikeZip = bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  // A zip hidden inside a PDF or an image is two files at once: refused.
  if (!ZIP_KINDS.has(extension) && (startsLikeZip || endsLikeZip(bytes))) {
    throw unsupported(startsLikeZip ? `The file’s name says .${extension} but its contents are an archive.` : `The file is a ${accepted.label} with an archive inside it; upload a plain ${accepted.label}.`);
  }
  const zip = startsLikeZip || endsLikeZip(bytes) ? await inspectZip(bytes) : null;
  if (zip?.names.some((name) => /(^|\/)vbaProject\.bin$/i.test(name))) throw unsupported('The file holds macros; save it without them (as .docx, .xlsx or .pptx).');

  const detected = (await fileTypeFromBuffer(bytes))?.ext ?? null;
  if (detected && EXECUTABLE.has(detected)) throw unsupported(`The file is a program, not a ${accepted.label}.`);
  if (detected && MACRO.has(detected)) throw unsupported('Macro-enabled Office files are not accepted; save it as .docx, .xlsx or .pptx.');
  if (detected !== accepted.detected) {
    throw unsupported(detected ? `The file’s name says .${extension} but its contents are a .${detected} file.` : `The file’s name says .${extension} but its contents are not a ${accepted.label}.`);
  }
  if (accepted.detected === null && !isUtf8Text(bytes)) throw unsupported('A CSV file must be UTF-8 text.');

  if (accepted.detected === 'pdf') return { contentType: accepted.contentType, pageCount: await pdfPages(bytes) };
  return { contentType: accepted.contentType, pageCount: null };
}

async function pdfPages(bytes: Buffer): Promise<number> {
  try {
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    return pdf.getPageCount();
  } catch (error: unknown) {
    if ((error as Error).name === 'EncryptedPDFError' || /encrypted/i.test((error as Error).message)) throw unsupported('The PDF is password-protected; upload it without a password.');
    throw unsupported('The PDF cannot be read; save it again from the program that made it.');
  }
}
