import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, Permission, type Actor } from '@convene/access';
import { AuditService } from '@convene/audit';
import { Clock } from '@convene/clock';
import { assertUuid, rows } from '@convene/database';
import { badInput, conflict } from '@convene/errors';
import { assertSingleLine } from '@convene/graphql-kit';
import { RealtimePublisher } from '@convene/realtime';
import { guardTexts, type PersonalDataConsent } from '../guard/guard';
import { findPersonalData } from '../guard/personal-data';
import { threadColumns, toThreadPayload, type ThreadRow } from '../rows';

/** What everyone reads in place of a hidden title (stored as the title, so every reader shows it). */
export const HIDDEN_TITLE = 'Title hidden by a moderator';

/** A moderation reason: required, one line, and never itself carrying what it is about. */
function moderationReason(value: string | null | undefined): string {
  const reason = value?.replace(/\s+/g, ' ').trim() ?? '';
  if (!reason) throw badInput('Give a reason; it is recorded with the change.', { field: 'reason' });
  if (reason.length > 500) throw badInput('The reason must be 500 characters or fewer.', { field: 'reason' });
  if (findPersonalData(reason).length) throw badInput('The reason may not hold personal data itself.', { field: 'reason' });
  return reason;
}

/**
 * A title may name a client: moderators edit it, or hide it, with a reason. Both are audited with
 * the reason only: neither the old nor the new words go into the audit record. A hidden title's
 * words stay in `hidden_title` for moderators and come back if it is shown again.
 */
@Injectable()
export class ThreadTitlesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly realtime: RealtimePublisher,
    private readonly clock: Clock,
  ) {}

  async editTitle(actor: Actor, threadId: string, newTitle: string, reason: string, personalData?: PersonalDataConsent | null): Promise<ThreadRow> {
    assertUuid(threadId, 'threadId');
    await this.access.assertAccess(actor, Permission.threadModerate, threadId, 'Thread');
    const typed = newTitle.trim();
    assertSingleLine(typed, 'title');
    if (!typed || typed.length > 200) throw badInput('A thread needs a title of up to 200 characters.', { field: 'title' });
    const why = moderationReason(reason);
    // The guard reads a moderator's title too; a moderator's edit is never held, so HOLD is not a choice here.
    if (personalData?.choice === 'HOLD') throw badInput('Remove it, or keep it with a reason: a title edit cannot wait for approval.', { field: 'personalData.choice' });
    const guard = guardTexts({ title: typed }, 'WARN', personalData);
    await this.db.transaction(async (tx) => {
      // Editing a hidden title replaces it: the new words are shown.
      await tx.query(
        `UPDATE thread SET title = $2, title_edited_at = now(), hidden_title = NULL, title_hidden_at = NULL, title_hidden_reason = NULL, title_hidden_by_person_id = NULL, updated_at = now()
          WHERE id = $1`,
        [threadId, guard.texts.title.slice(0, 200)],
      );
      await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'thread.title-edited', subjectType: 'thread', subjectId: threadId, detail: { reason: why } }, tx);
    });
    return this.announce(threadId);
  }

  async setTitleHidden(actor: Actor, threadId: string, hidden: boolean, reason?: string | null): Promise<ThreadRow> {
    assertUuid(threadId, 'threadId');
    await this.access.assertAccess(actor, Permission.threadModerate, threadId, 'Thread');
    const why = hidden ? moderationReason(reason) : null;
    const changed = await this.db.transaction(async (tx) => {
      const [row] = await rows<{ id: string }>(
        tx,
        hidden
          ? `UPDATE thread SET hidden_title = title, title = $2, title_hidden_at = now(), title_hidden_reason = $3, title_hidden_by_person_id = $4, updated_at = now()
              WHERE id = $1 AND title_hidden_at IS NULL RETURNING id`
          : `UPDATE thread SET title = hidden_title, hidden_title = NULL, title_hidden_at = NULL, title_hidden_reason = NULL, title_hidden_by_person_id = NULL, updated_at = now()
              WHERE id = $1 AND title_hidden_at IS NOT NULL RETURNING id`,
        hidden ? [threadId, HIDDEN_TITLE, why, actor.personId] : [threadId],
      );
      if (!row) return false;
      await this.audit.record(
        { partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: hidden ? 'thread.title-hidden' : 'thread.title-shown', subjectType: 'thread', subjectId: threadId, detail: why ? { reason: why } : undefined },
        tx,
      );
      return true;
    });
    if (!changed) throw conflict(hidden ? 'The title is already hidden.' : 'The title is not hidden.');
    return this.announce(threadId);
  }

  /** The hidden words, for moderators deciding whether to show or rewrite them. */
  async hiddenTitles(threadIds: readonly string[]): Promise<Map<string, string>> {
    const found: { id: string; title: string }[] = threadIds.length ? await this.db.query(`SELECT id, hidden_title AS title FROM thread WHERE id = ANY($1::uuid[]) AND hidden_title IS NOT NULL`, [threadIds]) : [];
    return new Map(found.map((r) => [r.id, r.title]));
  }

  private async announce(threadId: string): Promise<ThreadRow> {
    const [thread] = await this.db.query<ThreadRow[]>(`SELECT ${threadColumns('$2')} FROM thread t WHERE t.id = $1`, [threadId, this.clock.now()]);
    // A held thread is not announced to the room: nobody there has it yet.
    if (!thread.heldReason) this.realtime.threadUpdated(toThreadPayload(thread));
    return thread;
  }
}
