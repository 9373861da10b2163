/**
 * Everything that may be waiting for one person, in one statement. $1 person, $2 partnership,
 * $3 now, $4 whether the person coordinates (coordinators and admins manage every group).
 * Rows are candidates: the service passes each through the policy layer before showing it.
 *
 * Proposals are due when the pack goes out. Windows: meetings to reply to in the next 60 days; agendas from 14 days before their pack is
 * due; actions due in the next 14 days or overdue; inputs threads whose submission deadline is
 * in the next 3 days; mentions in threads not read since.
 */
export const TASK_CANDIDATES = `
WITH groups_of_mine AS (
  SELECT g.id, g.name, g.agenda_pack_days, g.submission_deadline_days, gm.role
    FROM "group" g
    LEFT JOIN group_member gm ON gm.group_id = g.id AND gm.person_id = $1
   WHERE g.partnership_id = $2 AND g.archived_at IS NULL AND (gm.role IS NOT NULL OR $4::boolean)
),
managed AS (
  SELECT * FROM groups_of_mine WHERE role IN ('CHAIR', 'SECRETARY') OR $4::boolean
),
upcoming AS (
  SELECT m.id, m.group_id, m.title, m.starts_at, m.ends_at FROM meeting m
   WHERE m.group_id IN (SELECT id FROM groups_of_mine) AND m.status = 'SCHEDULED' AND m.ends_at > $3
)
SELECT 'PROPOSALS_TO_DECIDE' AS kind, u.id AS "meetingId", u.id AS "subjectId", NULL::uuid AS "forumId", g.name AS "groupName", u.title AS "meetingTitle",
       NULL::text AS "subjectTitle", u.starts_at - make_interval(days => g.agenda_pack_days) AS "dueAt", count(*)::int AS count
  FROM upcoming u JOIN managed g ON g.id = u.group_id JOIN agenda_item ai ON ai.meeting_id = u.id AND ai.status = 'PROPOSED'
 WHERE u.starts_at > $3
 GROUP BY u.id, g.name, g.agenda_pack_days, u.title, u.starts_at
UNION ALL
SELECT 'AGENDA_TO_PUBLISH', u.id, u.id, NULL, g.name, u.title, NULL, u.starts_at - make_interval(days => g.agenda_pack_days), 1
  FROM upcoming u JOIN managed g ON g.id = u.group_id
 WHERE u.starts_at > $3 AND u.starts_at - make_interval(days => g.agenda_pack_days + 14) <= $3
   AND NOT EXISTS (SELECT 1 FROM agenda_version av WHERE av.meeting_id = u.id)
UNION ALL
SELECT 'MEETING_TO_REPLY', u.id, u.id, NULL, g.name, u.title, NULL, u.starts_at, 1
  FROM upcoming u JOIN groups_of_mine g ON g.id = u.group_id AND g.role IN ('CHAIR', 'SECRETARY', 'MEMBER')
 WHERE u.starts_at > $3 AND u.starts_at <= $3 + interval '60 days'
   AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.meeting_id = u.id AND a.person_id = $1 AND a.status <> 'INVITED')
UNION ALL
SELECT 'MINUTES_TO_APPROVE', m.id, mi.id, NULL, g.name, m.title, NULL,
       (SELECT min(n.starts_at) FROM meeting n WHERE n.group_id = m.group_id AND n.status = 'SCHEDULED' AND n.starts_at > m.starts_at), 1
  FROM minutes mi JOIN meeting m ON m.id = mi.meeting_id JOIN managed g ON g.id = m.group_id
 WHERE mi.status = 'CIRCULATED'
UNION ALL
SELECT 'MINUTES_TO_COMMENT', m.id, mi.id, NULL, g.name, m.title, NULL,
       (SELECT min(n.starts_at) FROM meeting n WHERE n.group_id = m.group_id AND n.status = 'SCHEDULED' AND n.starts_at > m.starts_at), 1
  FROM minutes mi JOIN meeting m ON m.id = mi.meeting_id JOIN groups_of_mine g ON g.id = m.group_id AND g.role = 'MEMBER'
 WHERE mi.status = 'CIRCULATED'
   AND NOT EXISTS (SELECT 1 FROM minutes_comment c WHERE c.minutes_id = mi.id AND c.person_id = $1)
UNION ALL
SELECT CASE WHEN a.due_date < ($3::timestamptz AT TIME ZONE 'Europe/London')::date THEN 'ACTION_OVERDUE' ELSE 'ACTION_DUE' END,
       a.meeting_id, a.id, NULL, g.name, m.title, a.title, a.due_date::timestamp AT TIME ZONE 'Europe/London', 1
  FROM action_item a JOIN "group" g ON g.id = a.group_id AND g.partnership_id = $2 JOIN meeting m ON m.id = a.meeting_id
 WHERE a.owner_person_id = $1 AND a.status IN ('OPEN', 'IN_PROGRESS') AND a.due_date IS NOT NULL
   AND a.due_date <= ($3::timestamptz AT TIME ZONE 'Europe/London')::date + 14
UNION ALL
SELECT 'INPUTS_CLOSING', u.id, t.id, t.forum_id, g.name, u.title, t.title, u.starts_at - make_interval(days => g.submission_deadline_days), 1
  FROM upcoming u JOIN groups_of_mine g ON g.id = u.group_id AND g.role IN ('CHAIR', 'SECRETARY', 'MEMBER')
  JOIN agenda_item ai ON ai.meeting_id = u.id JOIN thread t ON t.agenda_item_id = ai.id AND t.kind = 'INPUTS'
 WHERE u.starts_at - make_interval(days => g.submission_deadline_days) BETWEEN $3 AND $3 + interval '3 days'
UNION ALL
SELECT 'UNREAD_MENTIONS', NULL, t.id, t.forum_id, f.name, NULL, t.title, max(p.created_at), count(*)::int
  FROM post_mention pm JOIN post p ON p.id = pm.post_id AND p.hidden_at IS NULL
  JOIN thread t ON t.id = p.thread_id JOIN forum f ON f.id = t.forum_id AND f.partnership_id = $2
  LEFT JOIN thread_read r ON r.thread_id = t.id AND r.person_id = $1
 WHERE pm.person_id = $1 AND p.created_seq > coalesce(r.last_read_seq, 0)
 GROUP BY t.id, t.forum_id, f.name, t.title
`;
