import type { DataSource } from 'typeorm';
import { moduleLogger } from '@convene/logging';
import { londonDay, workingDaysFor } from '../calendar/holiday-calendar.service';
import { UnknownHolidayYear } from '../calendar/working-days';
import { refreshClock } from '../requests/request-clock';

const log = moduleLogger('foi-letters');

export interface UnsentLetter {
  requestId: string;
  partnershipId: string;
  partnershipName: string;
  /** The partnership's FOI address, when it has one: the letter comes from it and replies go to it. */
  partnershipEmail: string | null;
  organisationName: string;
  /** Who drafted the campaign: the person a reply address is issued for (the letter's replies land on the request). */
  createdBy: string | null;
  sentTo: string;
  subject: string;
  letter: string;
}

/** A campaign's email letters that have not gone yet (the worker's to-do list, re-read on every run). */
export function unsentLetters(db: DataSource, campaignId: string): Promise<UnsentLetter[]> {
  return db.query(
    `SELECT r.id AS "requestId", r.partnership_id AS "partnershipId", pa.name AS "partnershipName", pa.foi_email AS "partnershipEmail", o.name AS "organisationName",
            c.created_by_person_id AS "createdBy", r.sent_to AS "sentTo", r.letter_subject AS subject, r.letter_text AS letter
       FROM foi_request r JOIN foi_campaign c ON c.id = r.campaign_id JOIN partnership pa ON pa.id = r.partnership_id JOIN organisation o ON o.id = r.organisation_id
      WHERE r.campaign_id = $1 AND r.sent_via = 'EMAIL' AND r.sent_at IS NULL AND c.status = 'SENT' AND r.status <> 'CLOSED'
      ORDER BY o.name`,
    [campaignId],
  );
}

/**
 * The ledger said sent: the request records when, its clock starts (received the day it was
 * sent, in England), and the letter enters the correspondence log. Only the first call for a
 * request does anything, so a retry after a crash cannot log the letter twice.
 */
export async function recordLetterSent(db: DataSource, letter: UnsentLetter, sentAt: Date): Promise<void> {
  await db.transaction(async (m) => {
    const [rows] = await m.query(`UPDATE foi_request SET sent_at = $2, received_on = $3::date, updated_at = now() WHERE id = $1 AND sent_at IS NULL RETURNING id`, [letter.requestId, sentAt, londonDay(sentAt)]);
    if (!rows.length) return;
    try {
      await refreshClock(m, await workingDaysFor(m, letter.partnershipId), letter.requestId, londonDay(sentAt));
    } catch (error) {
      // The letter went: it is recorded; the due date waits for the missing year's holidays.
      if (!(error instanceof UnknownHolidayYear)) throw error;
      log.warn({ requestId: letter.requestId, year: error.year }, 'no due date: bank holidays missing');
    }
    await m.query(
      `INSERT INTO foi_correspondence (partnership_id, request_id, direction, kind, from_address, to_address, subject, body, occurred_at)
       VALUES ($1, $2, 'OUT', 'LETTER', $3, $4, $5, $6, $7)`,
      [letter.partnershipId, letter.requestId, letter.partnershipEmail ?? '', letter.sentTo, letter.subject, letter.letter, sentAt],
    );
  });
}
