import type { DataSource } from 'typeorm';
import type { Clock } from '@convene/clock';
import { ReplyPurpose, type IssuedReply } from '../reply-addresses/reply-addresses';

/**
 * How long a claim holds a message that has not been settled. Past it, the process that claimed
 * it is taken to have died mid-way (an SMTP session never lasts this long), and the relay's retry
 * takes the message over instead of being answered as a duplicate.
 */
export const CLAIM_LEASE_MS = 120_000;

/** Another session holds this message right now: the relay is answered 451 and tries again later. */
export class MessageInProgress extends Error {
  constructor() {
    super('This message is being handled in another session.');
  }
}

/** This message was received and settled before: nothing more is done, nobody is told again. */
export class AlreadyReceived extends Error {
  constructor() {
    super('This message was received before.');
  }
}

/** Adds a value to the statement being built and answers its placeholder (`$n`). */
export type Param = (value: unknown) => string;

/** What a settled row says: the outcome, why (for a refusal), and the row the reply became. */
export interface Settlement {
  outcome: string;
  reason?: string | null;
  resultId?: string | null;
}

/**
 * One message's row in `inbound_message`, claimed once by its unique Message-ID before anything
 * is done. An action with effects elsewhere (another service, Redis, a live event) takes the
 * claim first and settles it after (`take`, `settle`); an action that is one row of our own
 * takes, acts and settles in one statement (`takeSettled`), so nothing lies between them. A row
 * left unsettled past the lease (its process died before acting) is taken over by the retry, so
 * the reply is not lost; one still within it answers 451, so a retry that races the first
 * delivery waits rather than being counted as done.
 */
export class MessageClaim {
  private claimed: string | null = null;

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly messageId: string,
    private readonly binding: IssuedReply,
  ) {}

  /** The row, once taken. */
  get id(): string | null {
    return this.claimed;
  }

  /** Claims the message, unsettled, before an action whose effects cannot share its statement. */
  take(): Promise<string> {
    return this.claim(null).then((taken) => taken.id);
  }

  /**
   * Claims the message already settled; `effect` (a data-modifying statement that reads the
   * claimed row's id as `claim.id` from `claim`, so it does nothing when the claim is not taken)
   * runs in the same statement. A duplicate is told in the same round trip.
   */
  takeSettled(settlement: Settlement, effect?: (param: Param) => string): Promise<string> {
    return this.claim(settlement, effect).then((taken) => taken.id);
  }

  /**
   * As `takeSettled`, when the action's own check is SQL (`allowed`, a boolean expression): the
   * row is settled with `settlement` if it holds, or as `refused` if not. The effect reads the
   * check's answer as `gate.ok` (from `gate`) and must do nothing when it is false. Answers which
   * settlement was kept.
   */
  async takeSettledIf(allowed: (param: Param) => string, settlement: Settlement, refused: Settlement, effect: (param: Param) => string): Promise<Settlement> {
    const taken = await this.claim(settlement, effect, { allowed, refused });
    return taken.allowed ? settlement : refused;
  }

  /** After `take`: the outcome, once the action is done. */
  async settle({ outcome, reason = null, resultId = null }: Settlement): Promise<void> {
    if (!this.claimed) throw new Error('A message is settled only after it is claimed.');
    await this.db.query(`UPDATE inbound_message SET outcome = $2, reason = $3, result_id = $4, settled_at = $5 WHERE id = $1`, [this.claimed, outcome, reason, resultId, this.clock.now()]);
  }

  /** Not the sender's doing (the database, Redis): the claim goes, so the relay's retry is acted on. */
  async release(): Promise<void> {
    if (this.claimed) await this.db.query(`DELETE FROM inbound_message WHERE id = $1`, [this.claimed]).catch(() => undefined);
  }

  private async claim(
    settlement: Settlement | null,
    effect?: (param: Param) => string,
    check?: { allowed: (param: Param) => string; refused: Settlement },
  ): Promise<{ id: string; allowed: boolean }> {
    if (this.claimed) throw new Error('A message is claimed once.');
    const params: unknown[] = [];
    const param: Param = (value) => `$${params.push(value)}`;
    const now = this.clock.now();
    const { binding } = this;
    // An FOI reply is the authority's, not the person's who sent the letter: not in their own replies.
    const personId = binding.purpose === ReplyPurpose.FOI_REQUEST ? null : binding.personId;
    const messageId = param(this.messageId);
    // With a check, each settled column is the settlement's when it holds and the refusal's when not.
    const pick = (field: keyof Settlement, type: string) =>
      check
        ? `CASE WHEN gate.ok THEN ${param(settlement?.[field] ?? null)}::${type} ELSE ${param(check.refused[field] ?? null)}::${type} END`
        : `${param(field === 'outcome' ? (settlement?.outcome ?? 'RECEIVED') : (settlement?.[field] ?? null))}::${type}`;
    const sql = `WITH ${check ? `gate AS (SELECT ${check.allowed(param)} AS ok), ` : ''}claim AS (
        INSERT INTO inbound_message (message_id, reply_address_id, person_id, purpose, subject_id, received_at, outcome, reason, result_id, settled_at)
        SELECT ${messageId}, ${param(binding.id)}::uuid, ${param(personId)}::uuid, ${param(binding.purpose)}, ${param(binding.subjectId)}::uuid, ${param(now)}::timestamptz,
               ${pick('outcome', 'text')}, ${pick('reason', 'text')}, ${pick('resultId', 'uuid')}, ${param(settlement ? now : null)}::timestamptz${check ? ' FROM gate' : ''}
        ON CONFLICT (message_id) DO UPDATE
          SET received_at = EXCLUDED.received_at, outcome = EXCLUDED.outcome, reason = EXCLUDED.reason, result_id = EXCLUDED.result_id, settled_at = EXCLUDED.settled_at
          WHERE inbound_message.outcome = 'RECEIVED' AND inbound_message.settled_at IS NULL AND inbound_message.received_at < ${param(new Date(now.getTime() - CLAIM_LEASE_MS))}
        RETURNING id
      )${effect ? `, effect AS (${effect(param)})` : ''}
      SELECT id, NULL::boolean AS settled, ${check ? '(SELECT ok FROM gate)' : 'true'} AS allowed FROM claim
      UNION ALL
      SELECT NULL, settled_at IS NOT NULL, NULL FROM inbound_message WHERE message_id = ${messageId} AND NOT EXISTS (SELECT 1 FROM claim)`;
    const [row]: { id: string | null; settled: boolean | null; allowed: boolean | null }[] = await this.db.query(sql, params);
    if (row?.id) return { id: (this.claimed = row.id), allowed: row.allowed === true };
    // Not taken. The statement sees the table as it began, so a row another session committed
    // while this one waited on it is read again here.
    const held = row ?? (await this.db.query(`SELECT settled_at IS NOT NULL AS settled FROM inbound_message WHERE message_id = $1`, [this.messageId]))[0];
    // Settled: done before. Unsettled: another session holds it. Gone (released after a fault): the retry acts.
    if (held?.settled) throw new AlreadyReceived();
    throw new MessageInProgress();
  }
}
