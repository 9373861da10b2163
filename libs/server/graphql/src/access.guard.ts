import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { guestMayCall } from '@convene/access';
import { forbidden, unauthenticated } from '@convene/errors';
import { ACCESS_RULE, type AccessRule } from './access.decorators';
import type { RequestContext } from './context';

/**
 * Deny by default: a resolver, mutation or field without @Public or @SignedIn (on the method or
 * its class) is refused. Registered globally, and on field resolvers too.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true; // HTTP routes guard themselves
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [context.getHandler(), context.getClass()]);
    if (!rule) throw forbidden();
    const gql = GqlExecutionContext.create(context);
    const { actor } = gql.getContext<RequestContext>();
    // Forum guests call only the operations named in GUEST_OPERATIONS (@convene/access), public ones included.
    const info = gql.getInfo<{ parentType: { name: string }; fieldName: string }>();
    if (!guestMayCall(actor, `${info.parentType.name}.${info.fieldName}`)) throw forbidden();
    if (rule.kind === 'public') return true;
    if (!actor) throw unauthenticated();
    return true;
  }
}
