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

  /** Returns the allowed subset of `ids`. Malformed ids are never allowed. */
  async requireAccess({ actor, permission, ids }: { actor: Actor; permission: Permission; ids: Iterable<string> }): Promise<Set<string>> {
    const wanted = [...new Set(ids)].filter(isUuid);
    const check = this.checks.get(permission);
    if (!check || wanted.length === 0) return new Set();
    const allowed = await check(this.db, actor, wanted);
    const asked = new Set(wanted);
    return new Set(allowed.filter((id) => asked.has(id)));
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
