import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { DataSource } from 'typeorm';
import { AccessService, Permission, type Actor } from '@convene/access';
import type { PartnershipRole } from '@convene/contracts';
import { assertUuid, isUuid } from '@convene/database';
import { hashToken, looksLikeToken, newToken } from '@convene/identity';
import { headerSafe } from '@convene/mail';

export interface CalendarMeeting {
  id: string;
  title: string;
  groupName: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  onlineUrl: string | null;
  status: string;
  cancelReason: string | null;
  /** RFC 5545 SEQUENCE: bumped by every move and cancellation, so calendars take the change. */
  sequence: number;
}

/** How a calendar file is meant: PUBLISH (a file or feed), REQUEST (an invitation or its update), CANCEL. */
export interface CalendarOptions {
  method?: 'PUBLISH' | 'REQUEST' | 'CANCEL';
  /** Who sends REQUEST and CANCEL messages; RFC 5546 requires one. */
  organizer?: { name: string; email: string };
  /** All-day deadlines beside the meetings (FOI due dates in a person's feed). */
  deadlines?: CalendarDeadline[];
}

export interface CalendarDeadline {
  /** Stable per deadline, so a moved due date replaces its event. */
  uid: string;
  /** YYYY-MM-DD */
  day: string;
  summary: string;
  url: string;
}

const MEETING = `m.id, m.title, g.name AS "groupName", m.starts_at AS "startsAt", m.ends_at AS "endsAt", m.location, m.online_url AS "onlineUrl",
  m.status, m.cancel_reason AS "cancelReason", m.sequence`;

/** The event's title: the group and the meeting, once when a series meeting is named after its group. */
export function meetingSummary(m: Pick<CalendarMeeting, 'groupName' | 'title'>): string {
  const group = headerSafe(m.groupName);
  const title = headerSafe(m.title);
  return title.toLowerCase() === group.toLowerCase() ? title : `${group}: ${title}`;
}

// ical-generator escapes event text but writes the calendar's NAME lines as given: TEXT escaping here.
const escapeText = (text: string) => text.replace(/[\\;,]/g, (c) => `\\${c}`);

/**
 * RFC 5545 for meetings: the file per meeting, the feed, and the agenda pack's attachment. Every
 * text property is made one line first, so stored text cannot add lines (ATTENDEE, END:VEVENT…).
 */
export function renderCalendar(name: string, meetings: CalendarMeeting[], publicWebUrl: string, options: CalendarOptions = {}): string {
  const calendar = ical({ name: escapeText(headerSafe(name)), prodId: { company: 'Convene', product: 'Convene', language: 'EN' } });
  if (options.method) calendar.method(ICalCalendarMethod[options.method]);
  for (const m of meetings) {
    const link = `${publicWebUrl}/meetings/${m.id}`;
    const place = m.location ?? m.onlineUrl;
    calendar.createEvent({
      id: `meeting-${m.id}@convene`,
      // The same UID in every file; a higher SEQUENCE tells calendar apps this one replaces the last.
      sequence: m.sequence,
      organizer: options.organizer ? { name: headerSafe(options.organizer.name), email: options.organizer.email } : undefined,
      start: new Date(m.startsAt),
      end: new Date(m.endsAt),
      summary: meetingSummary(m),
      location: place ? headerSafe(place) : undefined,
      url: link,
      description: [m.onlineUrl ? `Join online: ${headerSafe(m.onlineUrl)}` : null, m.cancelReason ? `Cancelled: ${headerSafe(m.cancelReason)}` : null, `Agenda and papers: ${link}`].filter(Boolean).join('\n'),
      status: m.status === 'CANCELLED' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  for (const d of options.deadlines ?? []) {
    const [y, mo, da] = d.day.split('-').map(Number);
    calendar.createEvent({ id: d.uid, start: new Date(Date.UTC(y, mo - 1, da)), allDay: true, summary: headerSafe(d.summary), url: d.url, description: headerSafe(d.url) });
  }
  // RFC 5545 ends every line with CRLF, the last one too; ical-generator leaves it off.
  return `${calendar.toString()}\r\n`;
}

/**
 * Meetings as RFC 5545 calendars: one file per meeting, and a private feed per person (by a
 * token in the URL, since calendar apps cannot sign in) of every meeting they may see.
 */
@Injectable()
export class CalendarService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  async meetingIcs(actor: Actor, meetingId: string, publicWebUrl: string): Promise<string> {
    assertUuid(meetingId);
    await this.access.assertAccess(actor, Permission.meetingRead, meetingId, 'Meeting');
    const [meeting]: CalendarMeeting[] = await this.db.query(`SELECT ${MEETING} FROM meeting m JOIN "group" g ON g.id = m.group_id WHERE m.id = $1`, [meetingId]);
    return renderCalendar(meetingSummary(meeting), [meeting], publicWebUrl);
  }

  /** Issues (or replaces) the person's feed token; the URL is shown once. */
  async createFeed(actor: Actor, publicWebUrl: string): Promise<string> {
    const token = newToken('calendar');
    await this.db.query(
      `INSERT INTO calendar_feed (person_id, token_hash) VALUES ($1, $2) ON CONFLICT (person_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = now()`,
      [actor.personId, hashToken(token)],
    );
    return `${publicWebUrl}/calendar/${token}.ics`;
  }

  async revokeFeed(actor: Actor): Promise<boolean> {
    await this.db.query(`DELETE FROM calendar_feed WHERE person_id = $1`, [actor.personId]);
    return true;
  }

  /** The feed behind a token, or null (unknown token, deactivated person). */
  async feedIcs(token: string, publicWebUrl: string): Promise<string | null> {
    if (!looksLikeToken(token, 'calendar')) return null;
    const [owner]: { personId: string; accountId: string; partnershipId: string; role: PartnershipRole }[] = await this.db.query(
      `SELECT p.id AS "personId", p.account_id AS "accountId", p.partnership_id AS "partnershipId", p.role
         FROM calendar_feed f JOIN person p ON p.id = f.person_id WHERE f.token_hash = $1 AND p.deactivated_at IS NULL`,
      [hashToken(token)],
    );
    if (!owner) return null;
    const actor: Actor = { ...owner, sessionId: 'calendar-feed' };
    // The groups they belong to, checked by the same policy as everything else.
    const candidates: { id: string }[] = await this.db.query(
      `SELECT m.id FROM meeting m JOIN group_member gm ON gm.group_id = m.group_id AND gm.person_id = $1 WHERE m.starts_at > now() - interval '90 days' ORDER BY m.starts_at LIMIT 500`,
      [owner.personId],
    );
    const allowed = [...(await this.access.requireAccess({ actor, permission: Permission.meetingRead, ids: candidates.map((c) => c.id) }))];
    const meetings: CalendarMeeting[] = allowed.length
      ? await this.db.query(`SELECT ${MEETING} FROM meeting m JOIN "group" g ON g.id = m.group_id WHERE m.id = ANY($1::uuid[]) ORDER BY m.starts_at`, [allowed])
      : [];
    return renderCalendar('Convene meetings', meetings, publicWebUrl, { deadlines: await this.foiDeadlines(actor, publicWebUrl) });
  }

  /** FOI requests the person may read that still owe an answer (or an internal review): their due dates. */
  private async foiDeadlines(actor: Actor, publicWebUrl: string): Promise<CalendarDeadline[]> {
    const rows: { id: string; day: string; authority: string; title: string; review: boolean }[] = await this.db.query(
      `SELECT r.id, (CASE WHEN r.status = 'INTERNAL_REVIEW' THEN r.internal_review_due_on ELSE r.due_on END)::text AS day, o.name AS authority, c.title,
              r.status = 'INTERNAL_REVIEW' AS review
         FROM foi_request r JOIN foi_campaign c ON c.id = r.campaign_id JOIN organisation o ON o.id = r.organisation_id
        WHERE r.partnership_id = $1 AND c.status = 'SENT'
          AND ((r.status = 'AWAITING' AND r.due_on IS NOT NULL) OR (r.status = 'INTERNAL_REVIEW' AND r.internal_review_due_on IS NOT NULL))
          AND (CASE WHEN r.status = 'INTERNAL_REVIEW' THEN r.internal_review_due_on ELSE r.due_on END) > (now() AT TIME ZONE 'Europe/London')::date - 90
        ORDER BY day LIMIT 500`,
      [actor.partnershipId],
    );
    const allowed = await this.access.requireAccess({ actor, permission: Permission.foiRequestRead, ids: rows.map((r) => r.id) });
    return rows
      .filter((r) => allowed.has(r.id))
      .map((r) => ({ uid: `foi-request-${r.id}@convene`, day: r.day, summary: `${r.review ? 'FOI internal review due' : 'FOI answer due'}: ${r.authority} (${r.title})`, url: `${publicWebUrl}/foi/requests/${r.id}` }));
  }

  isMeetingFile(file: string): string | null {
    const id = file.replace(/\.ics$/, '');
    return file.endsWith('.ics') && isUuid(id) ? id : null;
  }
}
