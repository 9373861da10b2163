import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, Permission, type Actor } from '@convene/access';
import { AuditService } from '@convene/audit';
import { badInput, notFound } from '@convene/errors';
import type { FoiUnit } from '../campaigns/units';
import { checkAnswerValue } from './answer-value';
import type { AnswerInput, AnswerModel, AnswerSheetModel, AnswerSheetQuestionModel } from './answer.models';
import { AnswerQualifier, QUALIFIER_LABELS } from './qualifiers';

export const ANSWER_COLUMNS = `a.id, a.request_id AS "requestId", a.question_id AS "questionId", a.qualifier, a.value, a.amount::float8 AS amount, a.note, a.source, a.updated_at AS "updatedAt"`;

export interface AnswerRow extends Omit<AnswerModel, 'display'> {
  amount: number | null;
}

/** How an answer reads in the matrix, the export and the public page. */
export function displayOf(a: { qualifier: AnswerQualifier; value: string | null }, unit: FoiUnit): string {
  if (a.value === null) return QUALIFIER_LABELS[a.qualifier];
  const value = unit === 'MONEY_GBP' ? `£${Number(a.value).toLocaleString('en-GB', { minimumFractionDigits: 2 })}` : unit === 'PERCENTAGE' ? `${a.value}%` : unit === 'YES_NO' ? (a.value === 'YES' ? 'Yes' : 'No') : a.value;
  return a.qualifier === AnswerQualifier.ESTIMATE ? `${value} (estimate)` : value;
}

/**
 * Answers per request and question. Recording is for coordinators; each answer is checked
 * against its question's unit, written once per request and question (the unique constraint
 * `foi_answer_once`, upserted), and the change audited with the questions it touched.
 */
@Injectable()
export class AnswersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  /** The campaign of a request the actor may read, or NOT_FOUND. */
  async readableRequest(actor: Actor, requestId: string): Promise<{ campaignId: string }> {
    const [request]: { campaignId: string }[] = await this.db.query(`SELECT campaign_id AS "campaignId" FROM foi_request WHERE id = $1 AND partnership_id = $2`, [requestId, actor.partnershipId]);
    if (!request) throw notFound('That request');
    await this.access.assertAccess(actor, Permission.foiCampaignRead, request.campaignId, 'That request');
    return request;
  }

  /** The request's questions in order, each with its answer (or null). */
  async sheet(actor: Actor, requestId: string): Promise<AnswerSheetModel> {
    const { campaignId } = await this.readableRequest(actor, requestId);
    const [[{ authority }], questions, rows, canRecord]: [{ authority: string }[], Omit<AnswerSheetQuestionModel, 'answer'>[], AnswerRow[], Set<string>] = await Promise.all([
      this.db.query(`SELECT o.name AS authority FROM foi_request r JOIN organisation o ON o.id = r.organisation_id WHERE r.id = $1`, [requestId]),
      this.db.query(`SELECT id, number, text, unit, definition FROM foi_question WHERE campaign_id = $1 ORDER BY position, number`, [campaignId]),
      this.db.query(`SELECT ${ANSWER_COLUMNS} FROM foi_answer a WHERE a.request_id = $1`, [requestId]),
      this.access.requireAccess({ actor, permission: Permission.foiRequestManage, ids: [requestId] }),
    ]);
    const byQuestion = new Map(rows.map((r) => [r.questionId, r]));
    return {
      requestId,
      campaignId,
      authority,
      canRecord: canRecord.has(requestId),
      questions: questions.map((q) => {
        const a = byQuestion.get(q.id);
        return { ...q, answer: a ? { ...a, display: displayOf(a, q.unit) } : null };
      }),
    };
  }

  async record(actor: Actor, requestId: string, answers: AnswerInput[], clearQuestionIds: string[] = []): Promise<AnswerSheetModel> {
    await this.access.assertAccess(actor, Permission.foiRequestManage, requestId, 'That request');
    const questions: { id: string; number: string; unit: FoiUnit }[] = await this.db.query(
      `SELECT q.id, q.number, q.unit FROM foi_question q JOIN foi_request r ON r.campaign_id = q.campaign_id WHERE r.id = $1`,
      [requestId],
    );
    const byId = new Map(questions.map((q) => [q.id, q]));
    const seen = new Set<string>();
    const checked = answers.map((a, i) => {
      const question = byId.get(a.questionId);
      if (!question) throw badInput('That question is not part of this request’s campaign.', { field: `answers.${i}.questionId` });
      if (seen.has(a.questionId)) throw badInput(`Question ${question.number} is answered twice: give one answer per question.`, { field: `answers.${i}.questionId` });
      seen.add(a.questionId);
      return { question, qualifier: a.qualifier, note: a.note ?? '', source: a.source ?? '', ...checkAnswerValue(question.unit, a.qualifier, a.value, `answers.${i}.value`) };
    });
    const cleared = clearQuestionIds.map((id, i) => {
      const question = byId.get(id);
      if (!question || seen.has(id)) throw badInput('Take away an answer only from a question of this campaign that is not answered in the same save.', { field: `clearQuestionIds.${i}` });
      return question;
    });
    if (checked.length || cleared.length) {
      await this.db.transaction(async (tx) => {
        // TypeORM answers a DELETE … RETURNING with [rows, count].
        const [removed]: [{ questionId: string }[], number] = cleared.length
          ? await tx.query(`DELETE FROM foi_answer WHERE request_id = $1 AND question_id = ANY($2::uuid[]) RETURNING question_id AS "questionId"`, [requestId, cleared.map((q) => q.id)])
          : [[], 0];
        // One statement: the unique (request, question) decides insert or update, so two coordinators saving at once still leave one answer.
        await tx.query(
          `INSERT INTO foi_answer (partnership_id, request_id, question_id, qualifier, value, amount, note, source, recorded_by_person_id)
           SELECT $1, $2, a.question_id, a.qualifier, a.value, a.amount, a.note, a.source, $3
             FROM jsonb_to_recordset($4::jsonb) AS a(question_id uuid, qualifier text, value text, amount numeric, note text, source text)
           ON CONFLICT ON CONSTRAINT foi_answer_once DO UPDATE
              SET qualifier = EXCLUDED.qualifier, value = EXCLUDED.value, amount = EXCLUDED.amount, note = EXCLUDED.note, source = EXCLUDED.source,
                  recorded_by_person_id = EXCLUDED.recorded_by_person_id, updated_at = now()`,
          [
            actor.partnershipId,
            requestId,
            actor.personId,
            JSON.stringify(checked.map((c) => ({ question_id: c.question.id, qualifier: c.qualifier, value: c.value, amount: c.amount, note: c.note, source: c.source }))),
          ],
        );
        await this.audit.record(
          {
            partnershipId: actor.partnershipId,
            actorPersonId: actor.personId,
            action: 'foi.answers-recorded',
            subjectType: 'foi_request',
            subjectId: requestId,
            detail: { questions: checked.map((c) => ({ number: c.question.number, qualifier: c.qualifier })), cleared: removed.map((r) => byId.get(r.questionId)!.number) },
          },
          tx,
        );
      });
    }
    return this.sheet(actor, requestId);
  }
}
