import { PDFDocument } from 'pdf-lib';
import type { DataSource } from 'typeorm';
import { londonDate, londonTime, type PackAction } from '@convene/mail';
import { renderMarkdown } from '@convene/markdown';
import { actionList } from './render/agenda-html';
import { esc, htmlDocument } from './render/html';
import { headingPages, setMetadata, setOutline, stampPageNumbers, type PdfRenderer } from './render/pdf-assembly';
import type { BuiltPdf } from './agenda-pack-pdf';

export interface MinutesDocument {
  groupName: string;
  meetingTitle: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  version: number;
  approvedAt: Date | null;
  items: { title: string; notes: string }[];
  decisions: string[];
  attendance: { name: string; status: string }[];
  attendanceNote: string | null;
  actions: PackAction[];
}

/** Approved minutes with what they mention, in one statement. */
export async function readMinutesDocument(db: DataSource, minutesId: string): Promise<MinutesDocument | null> {
  const [row]: (Omit<MinutesDocument, 'items' | 'decisions' | 'attendanceNote'> & { content: { items?: { title?: string; notes?: string }[]; decisions?: unknown[]; attendanceNote?: string | null } | null })[] = await db.query(
    `SELECT g.name AS "groupName", m.title AS "meetingTitle", m.starts_at AS "startsAt", m.ends_at AS "endsAt", m.location, mi.version, mi.approved_at AS "approvedAt", mi.content,
            (SELECT coalesce(json_agg(json_build_object('name', a.name, 'status', at.status) ORDER BY a.name), '[]')
               FROM attendance at JOIN person p ON p.id = at.person_id JOIN account a ON a.id = p.account_id WHERE at.meeting_id = m.id) AS attendance,
            (SELECT coalesce(json_agg(json_build_object('title', x.title, 'owner', oa.name, 'dueDate', x.due_date, 'status', x.status) ORDER BY x.due_date NULLS LAST, x.created_at), '[]')
               FROM action_item x LEFT JOIN person op ON op.id = x.owner_person_id LEFT JOIN account oa ON oa.id = op.account_id WHERE x.meeting_id = m.id) AS actions
       FROM minutes mi JOIN meeting m ON m.id = mi.meeting_id JOIN "group" g ON g.id = m.group_id
      WHERE mi.id = $1 AND mi.status IN ('APPROVED', 'PUBLISHED')`,
    [minutesId],
  );
  if (!row) return null;
  const { content, ...rest } = row;
  return {
    ...rest,
    startsAt: new Date(rest.startsAt),
    endsAt: new Date(rest.endsAt),
    approvedAt: rest.approvedAt ? new Date(rest.approvedAt) : null,
    items: (content?.items ?? []).map((i) => ({ title: i?.title ?? '', notes: i?.notes ?? '' })),
    decisions: (content?.decisions ?? []).filter((d): d is string => typeof d === 'string'),
    attendanceNote: content?.attendanceNote ?? null,
  };
}

const STATUS: Record<string, string> = { ATTENDED: 'Attended', APOLOGIES: 'Apologies', ACCEPTED: 'Accepted, not recorded as attending', INVITED: 'Invited', ABSENT: 'Absent' };

export const minutesTitle = (m: MinutesDocument) => `Minutes: ${m.groupName}, ${londonDate(m.startsAt)}`;

function minutesHtml(m: MinutesDocument): string {
  const attendance = m.attendance.length
    ? `<table><caption>Attendance</caption><thead><tr><th scope="col">Name</th><th scope="col">Attendance</th></tr></thead><tbody>${m.attendance.map((a) => `<tr><th scope="row">${esc(a.name)}</th><td>${esc(STATUS[a.status] ?? a.status)}</td></tr>`).join('')}</tbody></table>`
    : '<p>No attendance was recorded.</p>';
  const body = `<h1>${esc(`${m.groupName}: ${m.meetingTitle}`)}</h1>
<p>${esc(`${londonDate(m.startsAt)}, ${londonTime(m.startsAt)} to ${londonTime(m.endsAt)}`)}${m.location ? `, ${esc(m.location)}` : ''}</p>
<p>Minutes version ${m.version}${m.approvedAt ? `, approved on ${esc(londonDate(m.approvedAt))}` : ''}.</p>
<h2>Attendance</h2>${attendance}${m.attendanceNote ? `<p>${esc(m.attendanceNote)}</p>` : ''}
<h2>Decisions</h2>${m.decisions.length ? `<ol>${m.decisions.map((d) => `<li>${esc(d)}</li>`).join('')}</ol>` : '<p>No decisions were recorded.</p>'}
<h2>Actions</h2>${actionList(m.actions, 'No actions were recorded.')}
<h2>Notes</h2>${m.items.map((item, i) => `<h3>${i + 1}. ${esc(item.title)}</h3>${item.notes ? renderMarkdown(item.notes) : '<p>No notes.</p>'}`).join('\n') || '<p>No notes.</p>'}`;
  return htmlDocument(minutesTitle(m), body);
}

/** Approved minutes as one tagged PDF: attendance, decisions, actions, the notes per item. */
export async function buildMinutesPdf(renderer: PdfRenderer, minutes: MinutesDocument): Promise<BuiltPdf> {
  const doc = await PDFDocument.load(await renderer.render(minutesHtml(minutes)), { updateMetadata: false });
  const headings = headingPages(doc);
  const page = (title: string) => Math.max(headings.find((h) => h.title === title)?.page ?? 0, 0);
  await stampPageNumbers(doc);
  setOutline(doc, [
    { title: 'Attendance', page: page('Attendance') },
    { title: 'Decisions', page: page('Decisions') },
    { title: 'Actions', page: page('Actions') },
    { title: 'Notes', page: page('Notes'), children: minutes.items.map((item, i) => ({ title: `${i + 1}. ${item.title}`, page: page(`${i + 1}. ${item.title}`) })) },
  ]);
  setMetadata(doc, minutesTitle(minutes), `Minutes version ${minutes.version}`);
  return { bytes: Buffer.from(await doc.save()), pageCount: doc.getPageCount() };
}
