import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, Permission } from '@convene/access';
import { EmailCategory, JOBS, type JobPayloads } from '@convene/contracts';
import { isUuid } from '@convene/database';
import { DeliveryLedger } from '@convene/delivery';
import { Mailer, renderActionReminder } from '@convene/mail';
import { PermanentJobError, type JobHandler } from '../job-handler';
import { NOTIFICATION_OPTIONS, type NotificationOptions } from '../notification-options';
import { actorOf, personRecipient } from '../recipients';
import { sendToMany } from '../send-many';

/**
 * Reminds an action's owner three days before it is due, and once when it is overdue. The
 * due date is part of the ledger key, so moving the date earns a fresh reminder.
 */
@Injectable()
export class ActionReminderHandler implements JobHandler<typeof JOBS.actionReminder> {
  readonly job = JOBS.actionReminder;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly ledger: DeliveryLedger,
    private readonly mailer: Mailer,
    private readonly access: AccessService,
    @Inject(NOTIFICATION_OPTIONS) private readonly options: NotificationOptions,
  ) {}

  async handle({ actionId, kind }: JobPayloads[typeof JOBS.actionReminder]): Promise<void> {
    if (!isUuid(actionId) || (kind !== 'due-soon' && kind !== 'overdue')) throw new PermanentJobError('invalid action reminder job');
    const [action]: { title: string; ownerPersonId: string | null; dueDate: string | null; status: string; groupName: string }[] = await this.db.query(
      `SELECT x.title, x.owner_person_id AS "ownerPersonId", to_char(x.due_date, 'YYYY-MM-DD') AS "dueDate", x.status, g.name AS "groupName"
         FROM action_item x JOIN "group" g ON g.id = x.group_id WHERE x.id = $1`,
      [actionId],
    );
    if (!action?.ownerPersonId || !action.dueDate || (action.status !== 'OPEN' && action.status !== 'IN_PROGRESS')) return;
    const purposeKey = `action-reminder:${actionId}:${kind}:${action.dueDate}`;
    const owner = await personRecipient(this.db, action.ownerPersonId, EmailCategory.ACTION_REMINDERS);
    const allowed = owner ? await this.access.requireAccess({ actor: actorOf(owner), permission: Permission.actionUpdate, ids: [actionId] }) : new Set<string>();
    if (!owner || !allowed.has(actionId)) {
      // The owner turned reminders off (or was deactivated, or lost the action): settle this
      // reminder as SKIPPED, or the tick finds it due and reruns this job every few minutes
      // until it is a fortnight overdue.
      return this.ledger.skip(purposeKey, action.ownerPersonId);
    }
    const web = this.options.publicWebUrl;
    await sendToMany(
      { ledger: this.ledger, mailer: this.mailer, webUrl: web },
      {
        purposeKey,
        category: EmailCategory.ACTION_REMINDERS,
        recipients: [owner],
        compose: (_r, links) => renderActionReminder({ kind, title: action.title, groupName: action.groupName, dueDate: action.dueDate!, url: `${web}/actions#${actionId}` }, links),
      },
    );
  }
}
