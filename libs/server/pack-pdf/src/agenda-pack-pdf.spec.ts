import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { AgendaPackMail } from '@convene/mail';
import { buildAgendaPackPdf } from './agenda-pack-pdf';
import { buildMinutesPdf } from './minutes-pdf';
import { PdfBrowser } from './render/pdf-browser';
import { inspectPdf } from './testing/inspect-pdf';

/** The builder against real Chromium, with paper PDFs made here, read back by pdfjs-dist. */
const browser = new PdfBrowser(null);
afterAll(() => browser.close());

async function paperPdf(label: string, pages: number, { encrypted = false } = {}): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < pages; i++) doc.addPage([595, 842]).drawText(`${label} page ${i + 1}`, { x: 60, y: 700, size: 14, font });
  // What a password-protected export looks like to a reader: an Encrypt dictionary in the trailer.
  if (encrypted) doc.context.trailerInfo.Encrypt = doc.context.obj({ Filter: 'Standard', V: 1, R: 2, P: -4 });
  return Buffer.from(await doc.save());
}

const pack: AgendaPackMail = {
  meeting: { groupName: 'Destitution Steering Group', title: 'January meeting', startsAt: new Date('2027-01-12T10:00:00Z'), endsAt: new Date('2027-01-12T12:00:00Z'), location: 'Council House', onlineUrl: 'https://meet.example.org/dsg', url: 'http://localhost:4200/meetings/m1' },
  version: 2,
  changeNote: 'Item 2 added',
  items: [
    { title: 'Winter shelter capacity', description: 'Beds for people with no recourse to public funds.', presenter: 'Amira Khan', minutesAllotted: 20, papers: [{ title: 'Shelter audit (link)', url: 'https://example.org/audit' }], inputsThreadUrl: null },
    { title: 'ESOL pathway', description: '', presenter: null, minutesAllotted: 15, papers: [], inputsThreadUrl: null },
  ],
  assessment: [{ theme: 'HOUSING', kind: 'RISK', rating: 'RED', direction: 'WORSENING', summary: 'Evictions after asylum decisions', evidence: '41 referrals', source: 'Asylum support charity' }],
  mattersArising: [{ title: 'Map emergency accommodation', owner: 'Amira Khan', dueDate: '2027-01-15', status: 'OPEN' }],
};
const file = (title: string, bytes: Buffer | null, contentType = 'application/pdf') => ({ title, url: `http://localhost:4200/papers/${title.replace(/\W/g, '')}`, contentType, bytes });

describe('buildAgendaPackPdf', () => {
  it('merges the readable papers after the front matter and lists encrypted, broken and non-PDF files with their links', async () => {
    const files = [
      [file('Audit', await paperPdf('AUDIT', 4)), file('Locked', await paperPdf('LOCKED', 2, { encrypted: true }))],
      [file('Broken', Buffer.from('%PDF-1.7\n1 0 obj <<>> garbage')), file('Beds', null, 'text/csv'), file('Plan', await paperPdf('PLAN', 1))],
    ];
    const built = await buildAgendaPackPdf(browser, { pack, files });
    const pdf = await inspectPdf(built.bytes);
    const front = pdf.pages.findIndex((p) => p.text.includes('AUDIT page 1'));
    expect(front).toBeGreaterThanOrEqual(3);
    expect(pdf.numPages).toBe(front + 4 + 1);
    expect(built.pageCount).toBe(pdf.numPages);
    expect(pdf.pages[front + 4].text).toContain('PLAN page 1');
    const all = pdf.pages.map((p) => p.text).join(' ');
    expect(all).not.toContain('LOCKED page');
    expect(all).toContain('Locked (password-protected, so not included: open it from its link)');
    expect(all).toContain('Broken (could not be read, so not included: open it from its link)');
    expect(all).toContain('Beds (not a PDF: open it from its link)');
    expect(all).toContain('Starts 10:00');
    expect(all).toContain('Starts 10:20');
    expect(all).toContain('Audit: in this pack from page');
    const agenda = pdf.outline.find((e) => e.title === 'Agenda')!;
    expect(agenda.children.map((c) => [c.title, c.children.map((p) => [p.title, p.page])])).toEqual([
      ['1. Winter shelter capacity', [['Paper: Audit', front]]],
      ['2. ESOL pathway', [['Paper: Plan', front + 4]]],
    ]);
    expect(pdf.pages[1].text).toContain(`Paper: Audit page ${front + 1}`);
    expect(pdf.pages[1].text).toContain(`Paper: Plan page ${front + 5}`);
    expect(pdf).toMatchObject({ language: 'en-GB', marked: true, title: 'Agenda pack: Destitution Steering Group, 12 January 2027' });
    pdf.pages.forEach((p, i) => expect(p.text).toContain(`Page ${i + 1} of ${pdf.numPages}`));
  }, 60_000);

  it('prints approved minutes with attendance, decisions, actions and bookmarks', async () => {
    const built = await buildMinutesPdf(browser, {
      groupName: 'Destitution Steering Group',
      meetingTitle: 'January meeting',
      startsAt: new Date('2027-01-12T10:00:00Z'),
      endsAt: new Date('2027-01-12T12:00:00Z'),
      location: 'Council House',
      version: 4,
      approvedAt: new Date('2027-02-23T10:00:00Z'),
      items: [{ title: 'Winter shelter capacity', notes: 'Forty beds **agreed**.' }],
      decisions: ['Open the winter shelter on 1 December'],
      attendance: [{ name: 'Amira Khan', status: 'ATTENDED' }, { name: 'Tom Price', status: 'APOLOGIES' }],
      attendanceNote: null,
      actions: [{ title: 'Map emergency accommodation', owner: 'Amira Khan', dueDate: '2027-03-01', status: 'OPEN' }],
    });
    const pdf = await inspectPdf(built.bytes);
    const all = pdf.pages.map((p) => p.text).join(' ');
    expect(all).toContain('Amira Khan Attended');
    expect(all).toContain('Tom Price Apologies');
    expect(all).toContain('Open the winter shelter on 1 December');
    expect(all).toMatch(/Forty beds agreed ?\./);
    expect(pdf.outline.map((e) => e.title)).toEqual(['Attendance', 'Decisions', 'Actions', 'Notes']);
    expect(pdf.outline[3].children.map((c) => c.title)).toEqual(['1. Winter shelter capacity']);
    expect(pdf).toMatchObject({ language: 'en-GB', marked: true, title: 'Minutes: Destitution Steering Group, 12 January 2027' });
    expect(pdf.pages[0].text).toContain(`Page 1 of ${pdf.numPages}`);
  }, 60_000);
});
