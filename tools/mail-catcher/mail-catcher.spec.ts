import nodemailer from 'nodemailer';
import { simpleParser } from 'mailparser';

const { startMailCatcher } = require('./index') as typeof import('./index');

const ICS = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:meeting-1@convene', 'SEQUENCE:3', 'STATUS:CANCELLED', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');
const PDF = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0xff, 0x10, 0x80]);

describe('mail catcher', () => {
  let catcher: Awaited<ReturnType<typeof startMailCatcher>>;
  let id: string;

  beforeAll(async () => {
    catcher = await startMailCatcher({ smtpPort: 0, httpPort: 0 });
    const transport = nodemailer.createTransport({ url: catcher.smtpUrl } as never);
    await transport.sendMail({
      from: 'Convene <no-reply@convene.localhost>',
      to: 'member@example.org',
      subject: 'Agenda pack: Destitution Steering Group',
      text: 'The agenda is attached.',
      attachments: [
        { filename: 'meeting.ics', content: ICS, contentType: 'text/calendar; charset=utf-8; method=CANCEL' },
        { filename: 'paper.pdf', content: PDF, contentType: 'application/pdf' },
      ],
    });
    [{ id }] = (await (await fetch(`${catcher.httpUrl}/api/messages`)).json()) as { id: string }[];
  });
  afterAll(() => catcher.stop());

  it('gives a message with its attachments as JSON: calendar files as text, others as base64', async () => {
    const response = await fetch(`${catcher.httpUrl}/messages/${id}.json`);
    expect(response.headers.get('content-type')).toBe('application/json');
    const message = (await response.json()) as { subject: string; raw: string; attachments: { filename: string; contentType: string; encoding: string; content: string }[] };
    expect(message.subject).toBe('Agenda pack: Destitution Steering Group');
    expect(message.attachments.map((a) => [a.filename, a.contentType, a.encoding])).toEqual([
      ['meeting.ics', 'text/calendar', 'utf8'],
      ['paper.pdf', 'application/pdf', 'base64'],
    ]);
    expect(message.attachments[0].content).toBe(ICS);
    expect(Buffer.from(message.attachments[1].content, 'base64').equals(PDF)).toBe(true);
    expect(message.raw).toBe(`/messages/${id}/raw`);
  });

  it('gives the raw source as message/rfc822, and each attachment by its place', async () => {
    const raw = await fetch(`${catcher.httpUrl}/messages/${id}/raw`);
    expect(raw.headers.get('content-type')).toBe('message/rfc822');
    const source = Buffer.from(await raw.arrayBuffer());
    expect(source.toString('latin1')).toMatch(/^Content-Type: multipart\/mixed/im);
    const parsed = await simpleParser(source);
    expect(parsed.subject).toBe('Agenda pack: Destitution Steering Group');
    expect(parsed.attachments[0].content.toString('utf8')).toBe(ICS);

    const pdf = await fetch(`${catcher.httpUrl}/messages/${id}/attachments/1`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer()).equals(PDF)).toBe(true);
  });

  it('keeps the message list small, and answers 404 for messages it does not have', async () => {
    const list = await (await fetch(`${catcher.httpUrl}/api/messages`)).text();
    expect(list).not.toContain('BEGIN:VCALENDAR');
    expect(JSON.parse(list)[0].attachments).toEqual([
      { filename: 'meeting.ics', contentType: 'text/calendar', size: Buffer.byteLength(ICS) },
      { filename: 'paper.pdf', contentType: 'application/pdf', size: PDF.length },
    ]);
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const path of [`/messages/${unknown}.json`, `/messages/${unknown}/raw`, `/messages/${id}/attachments/9`]) {
      expect((await fetch(`${catcher.httpUrl}${path}`)).status).toBe(404);
    }
    await fetch(`${catcher.httpUrl}/api/messages`, { method: 'DELETE' });
    expect((await fetch(`${catcher.httpUrl}/messages/${id}/raw`)).status).toBe(404);
  });
});
