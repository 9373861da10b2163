import type { DataSource, EntityManager } from 'typeorm';
import { assertUuid } from '@convene/database';
import { badInput } from '@convene/errors';

/** Notes, comments and actions may point only at items of their own meeting's agenda. */
export async function assertOnAgenda(db: DataSource | EntityManager, meetingId: string, agendaItemIds: readonly (string | null | undefined)[]): Promise<void> {
  const wanted = [...new Set(agendaItemIds.filter((id): id is string => Boolean(id)))];
  if (!wanted.length) return;
  for (const id of wanted) assertUuid(id, 'agendaItemId');
  const found: { id: string }[] = await db.query(`SELECT id FROM agenda_item WHERE id = ANY($1::uuid[]) AND meeting_id = $2`, [wanted, meetingId]);
  if (found.length !== wanted.length) throw badInput('That agenda item is not on this meeting’s agenda.', { field: 'agendaItemId' });
}
