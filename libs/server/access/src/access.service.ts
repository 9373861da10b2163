import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { isUuid } from '@convene/database';
import { forbidden, notFound } from '@convene/errors';
import type { Actor } from './actor';
import type { Capability, Permission } from './permissions';
import { groupsPolicy } from './policies/groups.policy';
import { identityPolicy } from './policies/identity.policy';
import type { IdCheck, Policy } from './policies/policy';

const POLICIES: Policy[] = [identityPolicy, groupsPolicy];

/**
 * The one policy layer. GraphQL resolvers, the socket gateway and the worker all ask here, with
 * sets of ids, and get back the subset the actor may act on. Anything not granted is denied.
 */
@Injectable()
export class AccessService {
  private readonly checks = new Map<Permission, IdCheck>();
  private readonly capabilities = new Map<Capability, (actor: Actor) => boolean>();

  constructor(@InjectDataSource() private readonly db: DataSource) {
    for (const policy of POLICIES) {
      for (const [permission, check] of Object.entries(policy.ids) as [Permission, IdCheck][]) this.checks.set(permission, check);
      for (const [capability, rule] of Object.entries(policy.capabilities) as [Capability, (a: Actor) => boolean][]) {
        this.capabilities.set(capability, rule);
      }
    }
  }

  /**
   * Returns the allowed subset of `ids`. Malformed ids are never allowed. Decisions are
   * remembered on the actor object, which lives for one request (or one socket event), so the
   * loaders of one agenda pack do not ask the database the same question twice.
   */
  async requireAccess({ actor, permission, ids }: { actor: Actor; permission: Permission; ids: Iterable<string> }): Promise<Set<string>> {
    const wanted = [...new Set(ids)].filter(isUuid);
    const check = this.checks.get(permission);
    if (!check || wanted.length === 0) return new Set();
    const known = this.decisions(actor, permission);
    const unknown = wanted.filter((id) => !known.has(id));
    if (unknown.length) {
      const allowed = new Set(await check(this.db, actor, unknown));
      for (const id of unknown) known.set(id, allowed.has(id));
    }
    return new Set(wanted.filter((id) => known.get(id) === true));
  }

  /** Forgets remembered decisions, after a change to membership or roles within a request. */
  forget(actor: Actor): void {
    this.memo.delete(actor);
  }

  private readonly memo = new WeakMap<Actor, Map<Permission, Map<string, boolean>>>();

  private decisions(actor: Actor, permission: Permission): Map<string, boolean> {
    let byPermission = this.memo.get(actor);
    if (!byPermission) this.memo.set(actor, (byPermission = new Map()));
    let decisions = byPermission.get(permission);
    if (!decisions) byPermission.set(permission, (decisions = new Map()));
    return decisions;
  }

  /** Single id: throws NOT_FOUND whether the row is missing or forbidden, so the two look alike. */
  async assertAccess(actor: Actor, permission: Permission, id: string, what?: string): Promise<void> {
    const allowed = await this.requireAccess({ actor, permission, ids: [id] });
    if (!allowed.has(id)) throw notFound(what);
  }

  can(actor: Actor, capability: Capability): boolean {
    return this.capabilities.get(capability)?.(actor) ?? false;
  }

  assertCan(actor: Actor, capability: Capability): void {
    if (!this.can(actor, capability)) throw forbidden();
  }
}
