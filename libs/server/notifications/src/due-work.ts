import type { DataSource } from 'typeorm';
import type { ActionReminderKind, DirectoryCheckKind, MinutesMailState } from '@convene/contracts';
import { TEXT_TYPES } from '@convene/knowledge-bank';
import { newsFor, visibleAt, watchersOf } from '@convene/forums';
import { TOLD } from './reply-outcome-email.handler';

/** How much of each kind one tick enqueues; the next tick takes the rest. */
const BATCH = 2000;
/** Minutes and overdue actions older than this are history, not news. */
const RECENT = `interval '14 days'`;

/** Not yet sent to anyone, or failed for someone: for emails with many recipients. */
const unsentOrFailed = (purpose: string) =>
  `(NOT EXISTS (SELECT 1 FROM delivery d WHERE d.purpose_key = ${purpose} AND d.status = 'SENT')
    OR EXISTS (SELECT 1 FROM delivery d WHERE d.purpose_key = ${purpose} AND d.status IN ('FAILED', 'CLAIMED')))`;
/** Not settled for this one recipient. */
const unsettled = (purpose: string, recipient: string) =>
  `NOT EXISTS (SELECT 1 FROM delivery d WHERE d.purpose_key = ${purpose} AND d.recipient_key = ${recipient} AND d.status IN ('SENT', 'SKIPPED'))`;

/** The person's address is confirmed: nothing is due to an address typed into a link until its inbox proved it. */
const confirmed = (person: string) => `EXISTS (SELECT 1 FROM account a WHERE a.id = ${person}.account_id AND a.email_confirmed_at IS NOT NULL)`;

/**
 * What is due at `at`, decided from PostgreSQL alone. Every query is "due and not yet done",
 * so asking twice, or late, or after Redis lost its queues, finds the same work and no more.
 */
export class DueWork {
  constructor(private readonly db: DataSource) {}

  /** Meetings inside their pack window with a published agenda that some member still lacks. */
  agendaPacks(at: Date): Promise<{ meetingId: string; version: number }[]> {
    return this.db.query(
      `SELECT m.id AS "meetingId", v.version
         FROM meeting m JOIN "group" g ON g.id = m.group_id
         JOIN LATERAL (SELECT max(version) AS version FROM agenda_version WHERE meeting_id = m.id) v ON v.version IS NOT NULL
        WHERE m.status = 'SCHEDULED' AND m.starts_at > $1 AND m.starts_at <= $1 + make_interval(days => g.agenda_pack_days)
          AND EXISTS (
            SELECT 1 FROM group_member gm JOIN person p ON p.id = gm.person_id AND p.deactivated_at IS NULL AND ${confirmed('p')}
              LEFT JOIN notification_preference np ON np.person_id = p.id
             WHERE gm.group_id = g.id AND coalesce(np.agenda, true)
               AND NOT EXISTS (
                 SELECT 1 FROM delivery d WHERE d.recipient_key = p.id::text AND d.status = 'SENT'
                    AND ((d.purpose_key = 'agenda-pack:' || m.id AND coalesce(d.variant, 0) >= v.version)
                         OR d.purpose_key = 'agenda-updated:' || m.id || ':v' || v.version)))
        ORDER BY m.starts_at LIMIT $2`,
      [at, BATCH],
    );
  }

  /**
   * Meetings moved or cancelled whose latest change some member has not been told about, while
   * the meeting has not ended. Only the latest change counts: moving twice tells of the last.
   */
  meetingChanges(at: Date): Promise<{ meetingId: string; sequence: number }[]> {
    return this.db.query(
      `SELECT m.id AS "meetingId", m.sequence
         FROM meeting m
        WHERE m.notify_sequence = m.sequence AND m.ends_at > $1
          AND EXISTS (
            SELECT 1 FROM group_member gm JOIN person p ON p.id = gm.person_id AND p.deactivated_at IS NULL AND ${confirmed('p')}
              LEFT JOIN notification_preference np ON np.person_id = p.id
             WHERE gm.group_id = m.group_id AND coalesce(np.agenda, true)
               AND ${unsettled(`CASE WHEN m.status = 'CANCELLED' THEN 'meeting-cancelled:' ELSE 'meeting-moved:' END || m.id || ':' || m.sequence`, 'p.id::text')})
        ORDER BY m.starts_at LIMIT $2`,
      [at, BATCH],
    );
  }

  /** Supplements (clean, on a meeting that has not ended) whose note the worker has not finished. */
  agendaSupplements(at: Date): Promise<{ paperId: string; stamp: number }[]> {
    return this.db.query(
      `SELECT p.id AS "paperId", (extract(epoch FROM p.updated_at) * 1000)::float8 AS stamp
         FROM paper p JOIN paper_version v ON v.paper_id = p.id AND v.version = 1 AND v.scan_status = 'CLEAN'
         JOIN agenda_item i ON i.id = p.agenda_item_id JOIN meeting m ON m.id = i.meeting_id
        WHERE p.supplement AND p.supplement_noted_at IS NULL AND m.status = 'SCHEDULED' AND m.ends_at > $1
        ORDER BY p.created_at LIMIT $2`,
      [at, BATCH],
    );
  }

  /** Meetings inside their pack window whose agenda is still unpublished. */
  agendaReminders(at: Date): Promise<{ meetingId: string }[]> {
    return this.db.query(
      `SELECT m.id AS "meetingId" FROM meeting m JOIN "group" g ON g.id = m.group_id
        WHERE m.status = 'SCHEDULED' AND m.starts_at > $1 AND m.starts_at <= $1 + make_interval(days => g.agenda_pack_days)
          AND NOT EXISTS (SELECT 1 FROM agenda_version v WHERE v.meeting_id = m.id)
          AND ${unsentOrFailed(`'agenda-reminder:' || m.id`)}
        ORDER BY m.starts_at LIMIT $2`,
      [at, BATCH],
    );
  }

  /** Minutes recently circulated or approved, in the state they are in now. */
  minutes(at: Date): Promise<{ minutesId: string; state: MinutesMailState }[]> {
    return this.db.query(
      `SELECT id AS "minutesId", state FROM (
         SELECT mi.id, CASE WHEN mi.status = 'CIRCULATED' THEN 'CIRCULATED' ELSE 'APPROVED' END AS state
           FROM minutes mi
          WHERE (mi.status = 'CIRCULATED' AND mi.circulated_at > $1::timestamptz - ${RECENT})
             OR (mi.status IN ('APPROVED', 'PUBLISHED') AND mi.approved_at > $1::timestamptz - ${RECENT})) x
        WHERE ${unsentOrFailed(`'minutes:' || x.id || ':' || x.state`)}
        LIMIT $2`,
      [at, BATCH],
    );
  }

  /** People whose digest hour (London time) has come in this day or week, and who have not had it. */
  forumDigests(at: Date): Promise<{ personId: string; period: string }[]> {
    return this.db.query(
      `SELECT "personId", period FROM (
         SELECT p.id AS "personId",
                CASE WHEN s.frequency = 'DAILY' THEN to_char(l.t, 'YYYY-MM-DD') ELSE to_char(l.t, 'IYYY-"W"IW') END AS period
           FROM person p
           CROSS JOIN (SELECT $1::timestamptz AT TIME ZONE 'Europe/London' AS t) l
           LEFT JOIN notification_preference np ON np.person_id = p.id
           CROSS JOIN LATERAL (SELECT coalesce(np.forum_digest, 'DAILY') AS frequency, coalesce(np.digest_hour, 8) AS hour, coalesce(np.digest_weekday, 1) AS weekday) s
          WHERE p.deactivated_at IS NULL AND ${confirmed('p')}
            AND EXISTS (SELECT 1 FROM forum f WHERE f.partnership_id = p.partnership_id)
            AND ((s.frequency = 'DAILY' AND extract(hour FROM l.t) >= s.hour)
              OR (s.frequency = 'WEEKLY' AND (extract(isodow FROM l.t) > s.weekday OR (extract(isodow FROM l.t) = s.weekday AND extract(hour FROM l.t) >= s.hour))))
       ) x
       WHERE ${unsettled(`'forum-digest:' || x."personId" || ':' || x.period`, `x."personId"::text`)}
       LIMIT $2`,
      [at, BATCH],
    );
  }

  /**
   * Saved bank searches whose week (closing Monday 08:00, London) is over and not yet settled,
   * where something was added in the partnership lately; the handler finds what matches.
   */
  bankSearchDigests(at: Date): Promise<{ savedSearchId: string; period: string }[]> {
    return this.db.query(
      `SELECT x."savedSearchId", x.period FROM (
         SELECT s.id AS "savedSearchId", s.person_id AS "personId", to_char(l.t, 'IYYY-"W"IW') AS period
           FROM bank_saved_search s
           CROSS JOIN (SELECT $1::timestamptz AT TIME ZONE 'Europe/London' AS t) l
           JOIN person p ON p.id = s.person_id AND p.deactivated_at IS NULL AND ${confirmed('p')}
          WHERE (extract(isodow FROM l.t) > 1 OR extract(hour FROM l.t) >= 8)
            AND EXISTS (SELECT 1 FROM resource r WHERE r.partnership_id = s.partnership_id AND r.created_at > greatest(s.created_at, $1::timestamptz - interval '15 days'))
       ) x
       WHERE ${unsettled(`'bank-search:' || x."savedSearchId" || ':' || x.period`, `x."personId"::text`)}
       LIMIT $2`,
      [at, BATCH],
    );
  }

  /**
   * The weekly link check, while some resource's external link is not checked this week (London
   * ISO week): one batch at a time, named by how many links the week has checked so far.
   */
  async bankLinkChecks(at: Date): Promise<{ period: string; done: number }[]> {
    const [row]: { period: string; due: boolean; done: number }[] = await this.db.query(
      `WITH l AS (SELECT to_char($1::timestamptz AT TIME ZONE 'Europe/London', 'IYYY-"W"IW') AS period,
                         (date_trunc('week', $1::timestamptz AT TIME ZONE 'Europe/London') AT TIME ZONE 'Europe/London') AS since)
       SELECT l.period,
              EXISTS (SELECT 1 FROM resource r LEFT JOIN resource_link_check c ON c.resource_id = r.id
                       WHERE r.external_url IS NOT NULL AND (c.resource_id IS NULL OR c.checked_at < l.since OR c.url <> r.external_url)) AS due,
              (SELECT count(*)::int FROM resource_link_check c WHERE c.checked_at >= l.since) AS done
         FROM l`,
      [at],
    );
    return row.due ? [{ period: row.period, done: row.done }] : [];
  }

  /** Resources with a PDF or image and no thumbnail yet (a job per resource and file; a failed one is not asked again while Redis keeps it). */
  resourceThumbnails(): Promise<{ resourceId: string; sha256: string }[]> {
    return this.db.query(
      `SELECT id AS "resourceId", file_sha256 AS sha256 FROM resource
        WHERE file_sha256 IS NOT NULL AND thumbnail_sha256 IS NULL AND file_content_type IN ('application/pdf', 'image/png', 'image/jpeg')
        ORDER BY updated_at DESC LIMIT $1`,
      [BATCH],
    );
  }

  /** Resources whose file's text (PDF, CSV, Office, OpenDocument) is not read yet: stored or replaced since. */
  resourceTexts(): Promise<{ resourceId: string; sha256: string }[]> {
    return this.db.query(
      `SELECT id AS "resourceId", file_sha256 AS sha256 FROM resource
        WHERE file_sha256 IS NOT NULL AND file_text_sha256 IS DISTINCT FROM file_sha256
          AND (file_content_type = ANY($2) OR file_content_type LIKE 'text/csv%')
        ORDER BY updated_at DESC LIMIT $1`,
      [BATCH, TEXT_TYPES],
    );
  }

  /** Posts held for approval in the last week, still undecided, whose moderators' note is not sent to all of them. */
  heldPosts(at: Date): Promise<{ postId: string }[]> {
    return this.db.query(
      `SELECT p.id AS "postId" FROM post p
        WHERE p.held_reason IS NOT NULL AND p.held_decision IS NULL AND p.held_at > $1::timestamptz - interval '7 days' AND p.held_at <= $1
          AND ${unsentOrFailed(`'held-post:' || p.id`)}
        ORDER BY p.held_at LIMIT $2`,
      [at, BATCH],
    );
  }

  /** Closed five-minute windows of the last day in which someone was mentioned. */
  mentions(at: Date): Promise<{ personId: string; window: string }[]> {
    return this.db.query(
      `SELECT DISTINCT x."personId", x.window FROM (
         SELECT pm.person_id AS "personId",
                to_char(to_timestamp(floor(extract(epoch FROM pm.created_at) / 300) * 300) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS window,
                floor(extract(epoch FROM pm.created_at) / 300) * 300 + 300 AS closes
           FROM post_mention pm
           JOIN person p ON p.id = pm.person_id AND p.deactivated_at IS NULL AND ${confirmed('p')}
           LEFT JOIN notification_preference np ON np.person_id = p.id
          WHERE pm.created_at > $1::timestamptz - interval '1 day' AND pm.created_at <= $1 AND coalesce(np.mentions, true)) x
        WHERE x.closes <= extract(epoch FROM $1::timestamptz)
          AND ${unsettled(`'mentions:' || x."personId" || ':' || x.window`, `x."personId"::text`)}
        LIMIT $2`,
      [at, BATCH],
    );
  }

  /**
   * Closed five-minute windows of the last day in which a post became visible in a thread or
   * forum someone watches (not their own post). Access is checked by the handler at send time.
   */
  watchedPosts(at: Date): Promise<{ personId: string; window: string }[]> {
    return this.db.query(
      `SELECT DISTINCT x."personId", x.window FROM (
         SELECT w.person_id AS "personId",
                to_char(to_timestamp(floor(extract(epoch FROM ${visibleAt('po')}) / 300) * 300) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS window,
                floor(extract(epoch FROM ${visibleAt('po')}) / 300) * 300 + 300 AS closes
           FROM post po
           CROSS JOIN LATERAL ${watchersOf('po')} w
           JOIN person p ON p.id = w.person_id AND p.deactivated_at IS NULL AND ${confirmed('p')}
          WHERE po.held_reason IS NULL AND ${visibleAt('po')} > $1::timestamptz - interval '1 day' AND ${visibleAt('po')} <= $1
            AND ${newsFor('po', 'w.person_id')}) x
        WHERE x.closes <= extract(epoch FROM $1::timestamptz)
          AND ${unsettled(`'watched-posts:' || x."personId" || ':' || x.window`, `x."personId"::text`)}
        LIMIT $2`,
      [at, BATCH],
    );
  }

  /** Open actions due within three days (London dates), or overdue by no more than a fortnight. */
  actionReminders(at: Date): Promise<{ actionId: string; kind: ActionReminderKind }[]> {
    return this.db.query(
      `SELECT x.id AS "actionId", k.kind
         FROM action_item x
         JOIN person o ON o.id = x.owner_person_id AND o.deactivated_at IS NULL AND ${confirmed('o')}
         LEFT JOIN notification_preference np ON np.person_id = o.id
         CROSS JOIN (SELECT ($1::timestamptz AT TIME ZONE 'Europe/London')::date AS today) l
         CROSS JOIN LATERAL (SELECT CASE WHEN x.due_date < l.today THEN 'overdue' ELSE 'due-soon' END AS kind) k
        WHERE x.status IN ('OPEN', 'IN_PROGRESS') AND coalesce(np.action_reminders, true)
          AND x.due_date BETWEEN l.today - ${RECENT} AND l.today + 3
          AND ${unsettled(`'action-reminder:' || x.id || ':' || k.kind || ':' || to_char(x.due_date, 'YYYY-MM-DD')`, 'x.owner_person_id::text')}
        LIMIT $2`,
      [at, BATCH],
    );
  }
  /**
   * Organisations and services not checked for `months` (or never), with a contact who has an
   * email address, whose check for this London year is not settled in the ledger.
   */
  directoryChecks(at: Date, months: number): Promise<{ kind: DirectoryCheckKind; recordId: string; period: string }[]> {
    return this.db.query(
      `WITH l AS (SELECT to_char($1::timestamptz AT TIME ZONE 'Europe/London', 'YYYY') AS period, $1::timestamptz - make_interval(months => $2) AS cutoff)
       (SELECT 'organisation' AS kind, o.id AS "recordId", l.period FROM organisation o CROSS JOIN l
         WHERE (o.last_checked_at IS NULL OR o.last_checked_at < l.cutoff)
           AND EXISTS (SELECT 1 FROM directory_contact c WHERE c.organisation_id = o.id AND c.email IS NOT NULL)
           AND NOT EXISTS (SELECT 1 FROM delivery d WHERE d.purpose_key = 'directory-check:organisation:' || o.id || ':' || l.period AND d.status IN ('SENT', 'SKIPPED'))
         LIMIT $3)
       UNION ALL
       (SELECT 'service', s.id, l.period FROM directory_service s CROSS JOIN l
         WHERE s.status <> 'DEFUNCT' AND (s.last_checked_at IS NULL OR s.last_checked_at < l.cutoff)
           AND EXISTS (SELECT 1 FROM directory_contact c WHERE (c.service_id = s.id OR c.organisation_id = s.organisation_id) AND c.email IS NOT NULL)
           AND NOT EXISTS (SELECT 1 FROM delivery d WHERE d.purpose_key = 'directory-check:service:' || s.id || ':' || l.period AND d.status IN ('SENT', 'SKIPPED'))
         LIMIT $3)`,
      [at, months, BATCH],
    );
  }

  /** Sent campaigns with a letter still to go by email (the handler sends each once, by the ledger). */
  foiLetters(): Promise<{ campaignId: string }[]> {
    return this.db.query(
      `SELECT DISTINCT r.campaign_id AS "campaignId" FROM foi_request r JOIN foi_campaign c ON c.id = r.campaign_id
        WHERE r.sent_via = 'EMAIL' AND r.sent_at IS NULL AND r.status <> 'CLOSED' AND c.status = 'SENT' LIMIT $1`,
      [BATCH],
    );
  }

  /** Requests for an internal review still to be emailed to the authority (the handler sends each once, by the ledger). */
  /**
   * Emailed replies acted on in the last day whose sender has not been told: the confirmation's
   * nudge is best effort (Redis may not answer while the reply is acted on), so the tick asks
   * again for any with no ledger row yet. A minute's grace leaves the nudge its turn.
   */
  replyOutcomes(at: Date): Promise<{ inboundMessageId: string }[]> {
    return this.db.query(
      `SELECT im.id AS "inboundMessageId" FROM inbound_message im
        WHERE im.person_id IS NOT NULL AND im.settled_at > $1::timestamptz - interval '1 day' AND im.settled_at <= $1::timestamptz - interval '1 minute'
          AND im.outcome = ANY($2::text[]) AND im.purpose IS DISTINCT FROM 'FOI_REQUEST'
          AND NOT EXISTS (SELECT 1 FROM delivery d WHERE d.purpose_key = 'reply-outcome:' || im.id)
        ORDER BY im.settled_at LIMIT $3`,
      [at, TOLD, BATCH],
    );
  }

  foiInternalReviews(): Promise<{ correspondenceId: string }[]> {
    return this.db.query(
      `SELECT x.id AS "correspondenceId" FROM foi_correspondence x JOIN foi_request r ON r.id = x.request_id
        WHERE x.email_status = 'PENDING' AND r.sent_via = 'EMAIL' ORDER BY x.created_at LIMIT $1`,
      [BATCH],
    );
  }

  /**
   * FOI due dates (answers', and internal reviews') whose chaser day (a few working days before) has come in London, per
   * campaign and due date, not yet told; and due dates passed in the last 60 days, not yet noted.
   */
  foiReminders(at: Date, kind: 'chaser' | 'overdue'): Promise<{ campaignId: string; dueOn: string }[]> {
    // A request's due date is its answer's, or (during an internal review) the review's.
    const due = kind === 'chaser' ? `x.chase <= l.today AND x.due >= l.today` : `x.due < l.today AND x.due >= l.today - 60`;
    return this.db.query(
      `WITH l AS (SELECT ($1::timestamptz AT TIME ZONE 'Europe/London')::date AS today)
       SELECT DISTINCT x.campaign_id AS "campaignId", x.due::text AS "dueOn"
         FROM (SELECT r.campaign_id, CASE WHEN r.status = 'INTERNAL_REVIEW' THEN r.internal_review_due_on ELSE r.due_on END AS due,
                      CASE WHEN r.status = 'INTERNAL_REVIEW' THEN r.review_chase_on ELSE r.chase_on END AS chase
                 FROM foi_request r JOIN foi_campaign c ON c.id = r.campaign_id
                WHERE r.status IN ('AWAITING', 'INTERNAL_REVIEW') AND c.status = 'SENT') x CROSS JOIN l
        WHERE ${due} AND ${unsentOrFailed(`'foi-${kind}:' || x.campaign_id || ':' || x.due::text`)}
        LIMIT $2`,
      [at, BATCH],
    );
  }
}
