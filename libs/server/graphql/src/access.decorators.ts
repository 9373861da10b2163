import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Actor } from '@convene/access';
import { unauthenticated } from '@convene/errors';
import type { RequestContext } from './context';

export const ACCESS_RULE = 'convene:access-rule';
export type AccessRule = { kind: 'public' } | { kind: 'signed-in' };

/** Open to anyone, signed in or not (sign-in, invitation preview, public pages). */
export const Public = () => SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);

/**
 * Needs a session. Finer checks (which rows, which role) happen below the resolver, in the
 * policy layer, because they depend on the ids involved.
 */
export const SignedIn = () => SetMetadata(ACCESS_RULE, { kind: 'signed-in' } satisfies AccessRule);

/** The acting person of a request; UNAUTHENTICATED without one. */
export function actorOf(ctx: RequestContext): Actor {
  if (!ctx.actor) throw unauthenticated();
  return ctx.actor;
}

/** The acting person; only valid under @SignedIn. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => actorOf(GqlExecutionContext.create(context).getContext<RequestContext>()));

export const GqlContext = createParamDecorator(
  (_: unknown, context: ExecutionContext): RequestContext => GqlExecutionContext.create(context).getContext<RequestContext>(),
);
