import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { isUuid } from '@convene/database';
import { forbidden, notFound } from '@convene/errors';
import type { Actor } from './actor';
import type { Capability, Permission } from './permissions';
import { directoryPolicy } from './policies/directory.policy';
import { foiPolicy } from './policies/foi.policy';
import { forumsPolicy, readableForums } from './policies/forums.policy';
import { groupsPolicy } from './policies/groups.policy';
import { guestForums, guestRules, guestsAmong, isGuest } from './policies/guests.policy';
import { identityPolicy } from './policies/identity.policy';
import { papersPolicy } from './policies/papers.policy';
import { resourcesPolicy } from './policies/resources.policy';
import type { GradedCheck, GradedRule, IdCheck, Policy } from './policies/policy';

const POLICIES: Policy[] = [identityPolicy, groupsPolicy, forumsPolicy, papersPolicy, resourcesPolicy, directoryPolicy, foiPolicy];

/** A plain yes/no check, graded 1 for yes, so every rule is remembered the same way. */
function asGraded(check: IdCheck): GradedRule {
  return { check: async (db, actor, ids) => new Map((await check(db, actor, ids)).map((id) => [id, 1])), atLeast: 1 };
}

type Grades = Map<string, Promise<number>>;

/**
 * The one policy layer. GraphQL resolvers, the socket gateway and the worker all ask here, with
 * sets of ids, and get back the subset the actor may act on. Anything not granted is denied.
 */
@Injectable()
export class AccessService {
  private readonly rules = new Map<Permission, GradedRule>();
  /** A forum guest's rules (policies/guests.policy.ts): everything they do not name is denied. */
  private readonly guestRules = new Map<Permission, GradedRule>();
  private readonly capabilities = new Map<Capability, (actor: Actor) => boolean>();

  constructor(@InjectDataSource() private readonly db: DataSource) {
    for (const policy of POLICIES) {
      for (const [permission, rule] of Object.entries(policy.ids) as [Permission, IdCheck | GradedRule][]) {
        this.rules.set(permission, typeof rule === 'function' ? asGraded(rule) : rule);
      }
      for (const [capability, rule] of Object.entries(policy.capabilities) as [Capability, (a: Actor) => boolean][]) {
        this.capabilities.set(capability, rule);
      }
    }
    for (const [permission, rule] of Object.entries(guestRules) as [Permission, IdCheck | GradedRule][]) {
      this.guestRules.set(permission, typeof rule === 'function' ? asGraded(rule) : rule);
    }
  }

  private ruleFor(actor: Actor, permission: Permission): GradedRule | undefined {
    return (isGuest(actor) ? this.guestRules : this.rules).get(permission);
  }

  /**
   * Returns the allowed subset of `ids`. Malformed ids are never allowed. Grades are remembered
   * on the actor object, which lives for one request (or one socket event), including while the
   * question is still in flight: the loaders of one agenda pack ask "may this person read or
   * manage this meeting?" once between them.
   */
  async requireAccess({ actor, permission, ids }: { actor: Actor; permission: Permission; ids: Iterable<string> }): Promise<Set<string>> {
    const wanted = [...new Set(ids)].filter(isUuid);
    const rule = this.ruleFor(actor, permission);
    if (!rule || wanted.length === 0) return new Set();
    const known = this.grades(actor, rule.check);
    const unknown = wanted.filter((id) => !known.has(id));
    if (unknown.length) {
      const asked = rule.check(this.db, actor, unknown);
      for (const id of unknown) known.set(id, asked.then((grades) => grades.get(id) ?? 0));
      // A failed check is not remembered: the next question asks the database again.
      asked.catch(() => unknown.forEach((id) => known.delete(id)));
    }
    const grades = await Promise.all(wanted.map((id) => known.get(id)!));
    return new Set(wanted.filter((_, i) => grades[i] >= rule.atLeast));
  }

  /** Forgets remembered decisions, after a change to membership or roles within a request. */
  forget(actor: Actor): void {
    this.memo.delete(actor);
  }

  private readonly memo = new WeakMap<Actor, Map<GradedCheck, Grades>>();

  private grades(actor: Actor, check: GradedCheck): Grades {
    let byCheck = this.memo.get(actor);
    if (!byCheck) this.memo.set(actor, (byCheck = new Map()));
    let grades = byCheck.get(check);
    if (!grades) byCheck.set(check, (grades = new Map()));
    return grades;
  }

  /** Single id: throws NOT_FOUND whether the row is missing or forbidden, so the two look alike. */
  async assertAccess(actor: Actor, permission: Permission, id: string, what?: string): Promise<void> {
    const allowed = await this.requireAccess({ actor, permission, ids: [id] });
    if (!allowed.has(id)) throw notFound(what);
  }

  /**
   * Every forum the actor may read, with their grade (see FORUM_GRADES), for socket rooms and
   * search. Decided by the same SQL as the single-forum checks.
   */
  forumsOf(actor: Actor): Promise<Map<string, number>> {
    return isGuest(actor) ? guestForums(this.db, actor) : readableForums(this.db, actor);
  }

  /**
   * Which of `personIds` may act on one row: for emails about it (an agenda pack, minutes).
   * Decided by the same grades as `requireAccess`; a permission without an audience rule
   * denies everyone. Forum guests among them are judged by the guests' rules, so they hear only
   * about their own forums.
   */
  async audience(permission: Permission, subjectId: string, personIds: Iterable<string>): Promise<Set<string>> {
    const wanted = [...new Set(personIds)].filter(isUuid);
    if (!isUuid(subjectId) || wanted.length === 0) return new Set();
    const guests = await guestsAmong(this.db, wanted);
    const judged = await Promise.all([
      this.audienceBy(this.rules.get(permission), subjectId, wanted.filter((id) => !guests.has(id))),
      this.audienceBy(this.guestRules.get(permission), subjectId, wanted.filter((id) => guests.has(id))),
    ]);
    return new Set(judged.flat());
  }

  private async audienceBy(rule: GradedRule | undefined, subjectId: string, personIds: string[]): Promise<string[]> {
    if (!rule?.audience || personIds.length === 0) return [];
    const grades = await rule.audience(this.db, subjectId, personIds);
    return personIds.filter((id) => (grades.get(id) ?? 0) >= rule.atLeast);
  }

  /** Forum guests have no capabilities: they create, invite and list nothing. */
  can(actor: Actor, capability: Capability): boolean {
    if (isGuest(actor)) return false;
    return this.capabilities.get(capability)?.(actor) ?? false;
  }

  assertCan(actor: Actor, capability: Capability): void {
    if (!this.can(actor, capability)) throw forbidden();
  }
}
