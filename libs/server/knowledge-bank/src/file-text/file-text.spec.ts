import { ZipFile } from 'yazl';
import { extractText, FILE_TEXT_MAX } from './file-text';
import { PART_MAX_BYTES } from './office-text';

/** A zip of the given parts, as Office and OpenDocument files are. */
function zipBytes(entries: Record<string, string>): Promise<Buffer> {
  const zip = new ZipFile();
  for (const [name, content] of Object.entries(entries)) zip.addBuffer(Buffer.from(content), name);
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks))).on('error', reject);
  });
}

const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ODT = 'application/vnd.oasis.opendocument.text';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const slide = (text: string) => `<?xml version="1.0"?><p:sld xmlns:p="p" xmlns:a="a"><p:cSld><p:spTree><p:sp><p:txBody><a:p><a:r><a:t>${text}</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>`;

/** Reading the text of each file type the bank keeps, from real zipped parts. */
describe('file text', () => {
  it('reads slides in their order, shared strings of a workbook and an OpenDocument text', async () => {
    const pptx = await zipBytes({ 'ppt/slides/slide10.xml': slide('Tenth'), 'ppt/slides/slide2.xml': slide('Second'), 'ppt/slides/slide1.xml': slide('First &lt;slide&gt;'), 'ppt/notesSlides/notesSlide1.xml': slide('Speaker notes') });
    expect(await extractText(pptx, PPTX)).toBe('First <slide>\nSecond\nTenth');
    const xlsx = await zipBytes({ 'xl/sharedStrings.xml': '<sst><si><t>Ward</t></si><si><r><t>Arrivals </t></r><r><t>per month</t></r></si></sst>', 'xl/worksheets/sheet1.xml': '<worksheet><v>42</v></worksheet>' });
    expect(await extractText(xlsx, XLSX)).toBe('Ward\nArrivals per month');
    const odt = await zipBytes({
      'content.xml': '<office:document-content><office:automatic-styles><style:style style:name="P1"/></office:automatic-styles><office:body><office:text><text:h>Integraci&#243;n</text:h><text:p>Lenguas<text:s/>y <text:span>comunid</text:span>ades</text:p></office:text></office:body></office:document-content>',
    });
    expect(await extractText(odt, ODT)).toBe('Integración\nLenguas y comunidades');
  });

  it('reads a CSV as text, without control characters', async () => {
    expect(await extractText(Buffer.from('title,year\r\nHousing\u0000 review,2024\n'), 'text/csv; charset=utf-8')).toBe('title,year\nHousing review,2024');
  });

  it('skips a part past the size cap and cuts the text to the cap', async () => {
    const big = `<w:document><w:body><w:p><w:r><w:t>${'a'.repeat(PART_MAX_BYTES)}</w:t></w:r></w:p></w:body></w:document>`;
    const docx = await zipBytes({ 'word/document.xml': big, 'word/footnotes.xml': '<w:footnotes><w:p><w:r><w:t>Footnote kept</w:t></w:r></w:p></w:footnotes>' });
    expect(await extractText(docx, DOCX)).toBe('Footnote kept');
    const long = await zipBytes({ 'word/document.xml': `<w:document><w:body>${'<w:p><w:r><w:t>word </w:t></w:r></w:p>'.repeat(60_000)}</w:body></w:document>` });
    const text = await extractText(long, DOCX);
    expect(text.length).toBe(FILE_TEXT_MAX);
    expect(text.startsWith('word\nword\n')).toBe(true);
  });

  it('refuses what it cannot read, so the resource has no text', async () => {
    await expect(extractText(Buffer.from('not a zip'), DOCX)).rejects.toThrow();
    await expect(extractText(Buffer.from('%PDF-1.7\nnot really a pdf'), 'application/pdf')).rejects.toThrow(/pdf text failed/);
    await expect(extractText(Buffer.from([0x89, 0x50]), 'image/png')).rejects.toThrow(/no text/);
  });
});
