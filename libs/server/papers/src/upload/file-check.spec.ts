import { docxBytes, exeBytes, pdfBytes, PNG, zipBomb, zipBytes } from '../testing/paper-fixtures';
import { checkPaper } from './file-check';
import { cleanFilename } from './filename';
import { PaperRefusal } from './refusal';

const refusal = async (work: Promise<unknown>): Promise<PaperRefusal> => {
  try {
    await work;
  } catch (error: unknown) {
    if (error instanceof PaperRefusal) return error;
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('checkPaper', () => {
  it('decides the type from the bytes and counts a PDF’s pages', async () => {
    expect(await checkPaper(await pdfBytes(3), 'assessment.pdf')).toEqual({ contentType: 'application/pdf', pageCount: 3 });
    expect((await checkPaper(await docxBytes(), 'terms.docx')).contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect((await checkPaper(PNG, 'map.PNG')).contentType).toBe('image/png');
    expect((await checkPaper(Buffer.from('area,cases\nBirmingham,12\nCoventry,7\n'), 'cases.csv')).contentType).toBe('text/csv; charset=utf-8');
  });

  it('refuses a name that disagrees with the bytes', async () => {
    const wrong = await refusal(checkPaper(PNG, 'minutes.pdf'));
    expect(wrong).toMatchObject({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
    expect(wrong.message).toMatch(/says \.pdf but its contents are a \.png/);
    expect((await refusal(checkPaper(await pdfBytes(), 'minutes.docx'))).message).toMatch(/contents are a \.pdf/);
  });

  it('refuses programs, whatever they are called', async () => {
    expect((await refusal(checkPaper(exeBytes(), 'agenda.pdf'))).message).toMatch(/program/);
    expect((await refusal(checkPaper(exeBytes(), 'setup.exe'))).message).toMatch(/Programs/);
  });

  it('refuses macro-enabled Office files, by name, by declared type and by a macro project inside', async () => {
    expect((await refusal(checkPaper(await docxBytes(), 'terms.docm'))).message).toMatch(/Macro-enabled/);
    expect((await refusal(checkPaper(await docxBytes({ macroType: true }), 'terms.docx'))).message).toMatch(/Macro-enabled/);
    expect((await refusal(checkPaper(await docxBytes({ macros: true }), 'terms.docx'))).message).toMatch(/macros/);
  });

  it('refuses zip bombs by their central directory, by ratio and by entry count', async () => {
    const bomb = await zipBomb();
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect((await refusal(checkPaper(bomb, 'terms.docx'))).message).toMatch(/zip bomb/);
    const many = await zipBytes(Object.fromEntries(Array.from({ length: 5_001 }, (_, i) => [`part-${i}.xml`, 'x'])), { compress: false });
    expect((await refusal(checkPaper(many, 'terms.docx'))).message).toMatch(/more than 5,000 parts/);
  });

  it('refuses a polyglot: a PDF that is also a zip', async () => {
    const polyglot = Buffer.concat([await pdfBytes(), await docxBytes()]);
    expect((await refusal(checkPaper(polyglot, 'report.pdf'))).message).toMatch(/archive inside/);
  });

  it('refuses CSV that is not UTF-8 text', async () => {
    expect((await refusal(checkPaper(Buffer.from('a,b\n\0\0', 'latin1'), 'data.csv'))).message).toMatch(/UTF-8/);
    expect((await refusal(checkPaper(Buffer.from([0x61, 0x2c, 0xff, 0xfe, 0x0a]), 'data.csv'))).message).toMatch(/UTF-8/);
  });

  it('refuses types outside the list', async () => {
    expect((await refusal(checkPaper(Buffer.from('<html><script>alert(1)</script>'), 'page.html'))).message).toMatch(/\.html files are not accepted/);
  });
});

describe('cleanFilename', () => {
  it('keeps ordinary names, trimmed and in NFC', () => {
    expect(cleanFilename('  Sector assessment – Q3.pdf ')).toBe('Sector assessment – Q3.pdf');
    expect(cleanFilename(encodeURIComponent('Évaluation.pdf'))).toBe('Évaluation.pdf');
  });

  it.each([
    ['a path', '../../etc/passwd.pdf', /folders/],
    ['a Windows path', 'C:\\Users\\x.pdf', /folders/],
    ['CR/LF', 'minutes.pdf\r\nSet-Cookie: a=b', /control characters/],
    ['an encoded CR/LF', 'minutes%0D%0A.pdf', /control characters/],
    ['a right-to-left override', 'report\u202Efdp.exe', /control characters/],
    ['300 characters', `${'a'.repeat(296)}.pdf`, /150 characters/],
    ['no extension', 'minutes', /extension/],
    ['nothing', '', /X-Filename/],
  ])('refuses %s', (_what, name, message) => {
    expect(() => cleanFilename(name)).toThrow(message);
  });
});
