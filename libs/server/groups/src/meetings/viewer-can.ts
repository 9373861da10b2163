import { Injectable } from '@nestjs/common';
import { Args, Context, Field, Int, ObjectType, Parent, ResolveField, Resolver, registerEnumType } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, Permission, type Actor } from '@convene/access';
import { Clock } from '@convene/clock';
import { isUuid } from '@convene/database';
import { actorOf, requestLoader, SignedIn, type RequestContext } from '@convene/graphql-kit';
import { MeetingModel } from '../models';
import { acceptsAttendance, acceptsReplies, hasEnded, isCancelled } from './time-rules';

/** What the signed-in person may do with a meeting now, so the client never works it out from roles. */
@ObjectType('MeetingViewerCan', { description: 'What you may do with this meeting now, from your role in the group and the meeting’s state and time.' })
export class MeetingViewerCanModel {
  @Field({ description: 'Add, edit, move, remove items and decide proposals (chair, secretary, coordinator) until the meeting ends.' }) editAgenda!: boolean;
  @Field({ description: 'Publish the agenda (managers) while the meeting is scheduled and has not ended.' }) publishAgenda!: boolean;
  @Field({ description: 'Propose an item: members and managers, before the submission deadline.' }) proposeItem!: boolean;
  @Field({ description: 'Open a forum thread for members’ inputs on an item (managers), before the submission deadline.' }) openInputs!: boolean;
  @Field({ description: 'Say you will attend or send apologies: anyone in the group, before the meeting ends.' }) reply!: boolean;
  @Field({ description: 'Record everyone’s attendance: managers, from the meeting’s start.' }) recordAttendance!: boolean;
  @Field({ description: 'Start and edit the minutes (managers) while they are a draft or circulated.' }) takeMinutes!: boolean;
  @Field({ description: 'Circulate draft minutes to members (managers).' }) circulateMinutes!: boolean;
  @Field({ description: 'Record that circulated minutes were approved (managers).' }) approveMinutes!: boolean;
  @Field({ description: 'Publish approved minutes (managers).' }) publishMinutes!: boolean;
  @Field({ description: 'Comment on circulated minutes: members (not observers) and managers.' }) commentOnMinutes!: boolean;
  @Field({ description: 'Move (or reschedule) the meeting: managers, before it ends.' }) move!: boolean;
  @Field({ description: 'Cancel the meeting: managers, while it is scheduled and has not ended.' }) cancel!: boolean;
}

/** The emails that go to a whole group about one meeting. */
export enum MeetingEmail {
  /** The agenda pack (or the "agenda updated" note), to members who may read the meeting. */
  AGENDA_PACK = 'AGENDA_PACK',
  /** The meeting was moved or cancelled, to members who may read it. */
  MEETING_CHANGED = 'MEETING_CHANGED',
  /** Draft minutes for comment, to members who may comment (not observers). */
  MINUTES_CIRCULATED = 'MINUTES_CIRCULATED',
  /** Approved minutes, to members who may read them. */
  MINUTES_APPROVED = 'MINUTES_APPROVED',
}
registerEnumType(MeetingEmail, { name: 'MeetingEmail' });

/**
 * Who each email reaches: the group's active members whose preference lets the category through
 * (the worker's mailing list, `groupRecipients`), then the policy layer's audience for the
 * subject, exactly as the worker's handlers ask it.
 */
const REACH: Record<MeetingEmail, { wants: string; permission: Permission; subject: 'meeting' | 'minutes' }> = {
  [MeetingEmail.AGENDA_PACK]: { wants: 'coalesce(np.agenda, true)', permission: Permission.meetingRead, subject: 'meeting' },
  [MeetingEmail.MEETING_CHANGED]: { wants: 'coalesce(np.agenda, true)', permission: Permission.meetingRead, subject: 'meeting' },
  [MeetingEmail.MINUTES_CIRCULATED]: { wants: 'coalesce(np.minutes, true)', permission: Permission.minutesContribute, subject: 'minutes' },
  [MeetingEmail.MINUTES_APPROVED]: { wants: 'coalesce(np.minutes, true)', permission: Permission.minutesRead, subject: 'minutes' },
};

interface MeetingFacts {
  id: string;
  status: string;
  startsAt: Date;
  endsAt: Date;
  deadline: Date;
  minutesId: string | null;
  minutesStatus: string | null;
  member: boolean;
}

@Injectable()
export class MeetingViewerService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  /** One statement for the meetings' facts, and the policy layer's grades (remembered per request). */
  async viewerCan(actor: Actor, meetingIds: readonly string[]): Promise<(MeetingViewerCanModel | null)[]> {
    const ids = meetingIds.filter(isUuid);
    const [readable, contribute, manage, facts] = await Promise.all([
      this.access.requireAccess({ actor, permission: Permission.meetingRead, ids }),
      this.access.requireAccess({ actor, permission: Permission.meetingContribute, ids }),
      this.access.requireAccess({ actor, permission: Permission.meetingManage, ids }),
      this.facts(actor, ids),
    ]);
    const at = this.clock.now();
    const now = at.getTime();
    return meetingIds.map((id) => {
      const f = facts.get(id);
      if (!f || !readable.has(id)) return null;
      const manages = manage.has(id);
      const scheduled = !isCancelled(f);
      const ended = hasEnded(f, at);
      const minutes = f.minutesStatus;
      return {
        editAgenda: manages && scheduled && !ended,
        publishAgenda: manages && scheduled && !ended,
        proposeItem: contribute.has(id) && scheduled && new Date(f.deadline).getTime() > now,
        openInputs: manages && scheduled && new Date(f.deadline).getTime() > now,
        reply: f.member && acceptsReplies(f, at),
        recordAttendance: manages && acceptsAttendance(f, at),
        takeMinutes: manages && f.status !== 'CANCELLED' && (minutes === null || minutes === 'DRAFT' || minutes === 'CIRCULATED'),
        circulateMinutes: manages && minutes === 'DRAFT',
        approveMinutes: manages && minutes === 'CIRCULATED',
        publishMinutes: manages && minutes === 'APPROVED',
        commentOnMinutes: contribute.has(id) && minutes === 'CIRCULATED',
        move: manages && !ended,
        cancel: manages && scheduled && !ended,
      };
    });
  }

  /** How many people an email about this meeting would go to now; null unless you manage it. */
  async recipientCount(actor: Actor, meetingId: string, email: MeetingEmail): Promise<number | null> {
    const allowed = await this.access.requireAccess({ actor, permission: Permission.meetingManage, ids: [meetingId] });
    if (!allowed.has(meetingId)) return null;
    const reach = REACH[email];
    const [row]: { groupId: string; minutesId: string | null }[] = await this.db.query(
      `SELECT m.group_id AS "groupId", mi.id AS "minutesId" FROM meeting m LEFT JOIN minutes mi ON mi.meeting_id = m.id WHERE m.id = $1`,
      [meetingId],
    );
    const subject = reach.subject === 'meeting' ? meetingId : row?.minutesId;
    if (!row || !subject) return 0;
    const members: { personId: string }[] = await this.db.query(
      `SELECT p.id AS "personId" FROM group_member gm
         JOIN person p ON p.id = gm.person_id AND p.deactivated_at IS NULL
         JOIN account a ON a.id = p.account_id
         LEFT JOIN notification_preference np ON np.person_id = p.id
        WHERE gm.group_id = $1 AND ${reach.wants}`,
      [row.groupId],
    );
    return (await this.access.audience(reach.permission, subject, members.map((m) => m.personId))).size;
  }

  private async facts(actor: Actor, ids: string[]): Promise<Map<string, MeetingFacts>> {
    if (!ids.length) return new Map();
    const found: MeetingFacts[] = await this.db.query(
      `SELECT m.id, m.status, m.starts_at AS "startsAt", m.ends_at AS "endsAt", m.starts_at - make_interval(days => g.submission_deadline_days) AS deadline,
              mi.id AS "minutesId", mi.status AS "minutesStatus",
              EXISTS (SELECT 1 FROM group_member gm WHERE gm.group_id = m.group_id AND gm.person_id = $2) AS member
         FROM meeting m JOIN "group" g ON g.id = m.group_id LEFT JOIN minutes mi ON mi.meeting_id = m.id
        WHERE m.id = ANY($1::uuid[])`,
      [ids, actor.personId],
    );
    return new Map(found.map((f) => [f.id, f]));
  }
}

@SignedIn()
@Resolver(() => MeetingModel)
export class MeetingViewerResolver {
  constructor(private readonly viewer: MeetingViewerService) {}

  @ResolveField(() => MeetingViewerCanModel)
  async viewerCan(meeting: MeetingModel, _args: unknown, ctx: RequestContext): Promise<MeetingViewerCanModel | null> {
    const actor = actorOf(ctx);
    return requestLoader(ctx, 'meeting-viewer-can', (ids: readonly string[]) => this.viewer.viewerCan(actor, ids)).load(meeting.id);
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: 'How many people the email would go to if sent now, by the same rules as the sending (group members who may read it and want that kind of email). Null unless you manage the meeting.',
  })
  recipientCount(@Parent() meeting: MeetingModel, @Args('email', { type: () => MeetingEmail }) email: MeetingEmail, @Context() ctx: RequestContext): Promise<number | null> {
    return this.viewer.recipientCount(actorOf(ctx), meeting.id, email);
  }
}
