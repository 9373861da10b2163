import type { DataSource } from 'typeorm';
import { assessmentEntriesSelect, mattersArisingSelect, type CalendarMeeting } from '@convene/groups';
import type { AgendaPackMail, MeetingFacts, PackAction, PackAssessmentEntry, PackItem } from '@convene/mail';

interface SnapshotItem {
  id: string;
  title: string;
  description: string;
  presenterPersonId: string | null;
  minutesAllotted: number | null;
  papers: { title: string; url: string }[] | null;
}

export interface MeetingRow extends CalendarMeeting {
  groupId: string;
  partnershipId: string;
  packDays: number;
  /** The latest published agenda version, if any. */
  version: number | null;
  changeNote: string | null;
  moveReason: string | null;
  /** The change (by sequence) members are still to be emailed about, if any. */
  notifySequence: number | null;
  snapshot: SnapshotItem[] | null;
}

export const meetingUrl = (web: string, id: string) => `${web}/meetings/${id}`;
export const threadUrl = (web: string, forumId: string, threadId: string) => `${web}/forums/${forumId}/threads/${threadId}`;

export function meetingFacts(row: MeetingRow, web: string): MeetingFacts {
  return {
    groupName: row.groupName,
    title: row.title,
    startsAt: new Date(row.startsAt),
    endsAt: new Date(row.endsAt),
    location: row.location,
    onlineUrl: row.onlineUrl,
    url: meetingUrl(web, row.id),
  };
}

/** The meeting, its group and its latest published agenda, in one statement. */
export async function readMeeting(db: DataSource, meetingId: string): Promise<MeetingRow | null> {
  const [row]: MeetingRow[] = await db.query(
    `SELECT m.id, m.title, g.name AS "groupName", m.starts_at AS "startsAt", m.ends_at AS "endsAt", m.location, m.online_url AS "onlineUrl",
            m.status, m.cancel_reason AS "cancelReason", m.move_reason AS "moveReason", m.sequence, m.notify_sequence AS "notifySequence", g.id AS "groupId", g.partnership_id AS "partnershipId",
            g.agenda_pack_days AS "packDays", v.version, v.change_note AS "changeNote", v.snapshot
       FROM meeting m JOIN "group" g ON g.id = m.group_id
       LEFT JOIN LATERAL (SELECT version, change_note, snapshot FROM agenda_version WHERE meeting_id = m.id ORDER BY version DESC LIMIT 1) v ON true
      WHERE m.id = $1`,
    [meetingId],
  );
  return row ?? null;
}

// $1 meeting, $2 presenters, $3 items. The assessment (included entries only: no reader manages
// an email) and the matters arising come from the same selects as the web's pack.
const EXTRAS = `WITH entries AS (${assessmentEntriesSelect('e.meeting_id = $1', 'false', 'NULL::uuid')}),
  matters AS (${mattersArisingSelect('target.id = $1')})
SELECT
  (SELECT coalesce(json_agg(json_build_object('id', p.id, 'name', a.name)), '[]') FROM person p JOIN account a ON a.id = p.account_id WHERE p.id = ANY($2::uuid[])) AS people,
  (SELECT coalesce(json_agg(json_build_object('theme', e.theme, 'kind', e.kind, 'rating', e.rating, 'direction', e.direction, 'summary', e.summary, 'evidence', e.evidence, 'source', e.source)), '[]')
     FROM entries e) AS assessment,
  (SELECT coalesce(json_agg(json_build_object('title', x.title, 'owner', oa.name, 'dueDate', x."dueDate", 'status', x.status)), '[]')
     FROM matters x LEFT JOIN person op ON op.id = x."ownerPersonId" LEFT JOIN account oa ON oa.id = op.account_id) AS actions,
  (SELECT coalesce(json_agg(json_build_object('itemId', t.agenda_item_id, 'forumId', t.forum_id, 'threadId', t.id)), '[]')
     FROM thread t WHERE t.kind = 'INPUTS' AND t.agenda_item_id = ANY($3::uuid[])) AS threads`;

/**
 * Everything the pack shows beside the frozen agenda: presenters' names, the curated sector
 * assessment, open actions from earlier meetings, and the items' inputs threads.
 */
export async function readPack(db: DataSource, meeting: MeetingRow, web: string): Promise<AgendaPackMail> {
  const items = meeting.snapshot ?? [];
  const [extras]: {
    people: { id: string; name: string }[];
    assessment: PackAssessmentEntry[];
    actions: PackAction[];
    threads: { itemId: string; forumId: string; threadId: string }[];
  }[] = await db.query(EXTRAS, [meeting.id, items.map((i) => i.presenterPersonId).filter(Boolean), items.map((i) => i.id)]);
  const names = new Map(extras.people.map((p) => [p.id, p.name]));
  const threads = new Map(extras.threads.map((t) => [t.itemId, threadUrl(web, t.forumId, t.threadId)]));
  const packItems: PackItem[] = items.map((i) => ({
    title: i.title,
    description: i.description ?? '',
    presenter: i.presenterPersonId ? (names.get(i.presenterPersonId) ?? null) : null,
    minutesAllotted: i.minutesAllotted,
    papers: i.papers ?? [],
    inputsThreadUrl: threads.get(i.id) ?? null,
  }));
  return {
    meeting: meetingFacts(meeting, web),
    version: meeting.version ?? 0,
    changeNote: meeting.changeNote,
    items: packItems,
    assessment: extras.assessment,
    mattersArising: extras.actions,
  };
}
