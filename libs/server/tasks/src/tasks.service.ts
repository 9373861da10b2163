import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, Permission, isCoordinator, type Actor } from '@convene/access';
import { Clock } from '@convene/clock';
import { TASK_CANDIDATES } from './task-candidates.sql';
import { TaskKind, type TaskModel } from './tasks.models';

interface Candidate {
  kind: TaskKind;
  meetingId: string | null;
  subjectId: string;
  forumId: string | null;
  groupName: string;
  meetingTitle: string | null;
  subjectTitle: string | null;
  dueAt: Date | null;
  count: number;
}

/** Which permission a task needs, and on which of its ids: the policy layer has the last word. */
const GATE: Record<TaskKind, { permission: Permission; on: 'meetingId' | 'subjectId' }> = {
  [TaskKind.PROPOSALS_TO_DECIDE]: { permission: Permission.meetingManage, on: 'meetingId' },
  [TaskKind.AGENDA_TO_PUBLISH]: { permission: Permission.meetingManage, on: 'meetingId' },
  [TaskKind.MEETING_TO_REPLY]: { permission: Permission.meetingContribute, on: 'meetingId' },
  [TaskKind.MINUTES_TO_COMMENT]: { permission: Permission.minutesContribute, on: 'subjectId' },
  [TaskKind.MINUTES_TO_APPROVE]: { permission: Permission.minutesManage, on: 'subjectId' },
  [TaskKind.ACTION_DUE]: { permission: Permission.actionUpdate, on: 'subjectId' },
  [TaskKind.ACTION_OVERDUE]: { permission: Permission.actionUpdate, on: 'subjectId' },
  [TaskKind.INPUTS_CLOSING]: { permission: Permission.threadPost, on: 'subjectId' },
  [TaskKind.UNREAD_MENTIONS]: { permission: Permission.threadRead, on: 'subjectId' },
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function describe(c: Candidate): Pick<TaskModel, 'title' | 'path'> {
  const meeting = `/meetings/${c.meetingId}`;
  const thread = `/forums/${c.forumId}/threads/${c.subjectId}`;
  switch (c.kind) {
    case TaskKind.PROPOSALS_TO_DECIDE:
      return { title: `Decide ${plural(c.count, 'proposed item', 'proposed items')} for ${c.meetingTitle}`, path: `${meeting}#agenda-heading` };
    case TaskKind.AGENDA_TO_PUBLISH:
      return { title: `Publish the agenda for ${c.meetingTitle}`, path: `${meeting}#agenda-heading` };
    case TaskKind.MEETING_TO_REPLY:
      return { title: `Say whether you can attend ${c.meetingTitle}`, path: `${meeting}#reply-heading` };
    case TaskKind.MINUTES_TO_COMMENT:
      return { title: `Comment on the draft minutes of ${c.meetingTitle}`, path: `${meeting}#minutes-heading` };
    case TaskKind.MINUTES_TO_APPROVE:
      return { title: `Take the minutes of ${c.meetingTitle} to approval`, path: `${meeting}#minutes-heading` };
    case TaskKind.ACTION_DUE:
      return { title: `Action due: ${c.subjectTitle}`, path: `/actions#${c.subjectId}` };
    case TaskKind.ACTION_OVERDUE:
      return { title: `Action overdue: ${c.subjectTitle}`, path: `/actions#${c.subjectId}` };
    case TaskKind.INPUTS_CLOSING:
      return { title: `Add your inputs to "${c.subjectTitle}" before the deadline`, path: thread };
    case TaskKind.UNREAD_MENTIONS:
      return { title: `${plural(c.count, 'unread mention', 'unread mentions')} in "${c.subjectTitle}"`, path: thread };
  }
}

/**
 * What is waiting for a person, derived on every ask from the state of the partnership: one
 * statement for the candidates, then one policy question per permission for all of them.
 */
@Injectable()
export class TasksService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  async forActor(actor: Actor): Promise<TaskModel[]> {
    const now = this.clock.now();
    const candidates: Candidate[] = await this.db.query(TASK_CANDIDATES, [actor.personId, actor.partnershipId, now, isCoordinator(actor)]);
    const allowed = new Map<Permission, Set<string>>();
    for (const permission of new Set(candidates.map((c) => GATE[c.kind].permission))) {
      const ids = candidates.filter((c) => GATE[c.kind].permission === permission).map((c) => c[GATE[c.kind].on]!);
      allowed.set(permission, await this.access.requireAccess({ actor, permission, ids }));
    }
    return candidates
      .filter((c) => allowed.get(GATE[c.kind].permission)!.has(c[GATE[c.kind].on]!))
      .map((c) => {
        const dueAt = c.dueAt ? new Date(c.dueAt) : null;
        const overdue = c.kind === TaskKind.ACTION_OVERDUE || (c.kind !== TaskKind.UNREAD_MENTIONS && dueAt !== null && dueAt < now);
        return { kind: c.kind, ...describe(c), context: c.groupName, dueAt, overdue, count: c.count, meetingId: c.meetingId, subjectId: c.subjectId };
      })
      .sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity));
  }
}
