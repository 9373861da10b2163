import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
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
    if (rule.kind === 'public') return true;
    const { actor } = GqlExecutionContext.create(context).getContext<RequestContext>();
    if (!actor) throw unauthenticated();
    return true;
  }
}
