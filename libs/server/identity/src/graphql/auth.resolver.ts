import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@convene/access';
import { unauthenticated } from '@convene/errors';
import { CurrentActor, GqlContext, Public, SignedIn, UuidPipe, type RequestContext } from '@convene/graphql-kit';
import { AuthService } from '../auth/auth.service';
import { SessionService, type IssuedSession } from '../auth/session.service';
import { SignInLinkService } from '../auth/sign-in-link.service';
import { IDENTITY_OPTIONS, type IdentityOptions } from '../identity.options';
import { EmailConfirmationService } from '../invitations/email-confirmation.service';
import { InvitationService } from '../invitations/invitation.service';
import { PeopleService } from '../people/people.service';
import { AcceptInvitationInput, ChangePasswordInput, ResetPasswordInput, SignInInput, UpdateProfileInput } from './inputs';
import { MeService } from './me.service';
import { InvitationPreviewModel, MeModel, SessionModel } from './models';
import { clearSessionCookie, setSessionCookie } from './session-cookie';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    private readonly signInLinks: SignInLinkService,
    private readonly invitations: InvitationService,
    private readonly confirmations: EmailConfirmationService,
    private readonly people: PeopleService,
    private readonly meService: MeService,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  private get secureCookie(): boolean {
    return this.options.publicWebUrl.startsWith('https://');
  }

  @SignedIn()
  @Query(() => MeModel, { description: 'The signed-in person.' })
  me(@CurrentActor() actor: Actor): Promise<MeModel> {
    return this.meService.me(actor);
  }

  @Public()
  @Mutation(() => SessionModel, { description: 'Signs in. Returns a token and also sets an httpOnly cookie for browsers.' })
  async signIn(@Args('input') input: SignInInput, @GqlContext() ctx: RequestContext): Promise<SessionModel> {
    const session = await this.auth.signIn({ ...input, ip: ctx.ip });
    return this.started(session, ctx);
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Emails a one-time sign-in link (15 minutes) if the address has an account with an active membership. Always returns true; the same work is done either way. TOO_MANY_REQUESTS past 5 an hour for one address or the per-client limit.',
  })
  async requestSignInLink(@Args('email') email: string, @GqlContext() ctx: RequestContext): Promise<boolean> {
    if (email.length <= 320) await this.signInLinks.request(email, ctx.ip);
    return true;
  }

  @Public()
  @Mutation(() => SessionModel, { description: 'Signs in with the token from an emailed sign-in link, once; sets the session cookie like signIn. Used, expired and unknown tokens all get the same BAD_USER_INPUT.' })
  async signInWithLink(@Args('token') token: string, @GqlContext() ctx: RequestContext): Promise<SessionModel> {
    const session = await this.signInLinks.redeem(token, ctx.ip);
    return this.started(session, ctx);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends this session. Safe to call when already signed out.' })
  async signOut(@GqlContext() ctx: RequestContext): Promise<boolean> {
    if (ctx.sessionToken) await this.sessions.end(ctx.sessionToken);
    clearSessionCookie(ctx.res, this.secureCookie);
    actAs(ctx, null, null);
    return true;
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Ends every session of your account, on every device.' })
  async signOutEverywhere(@CurrentActor() actor: Actor, @GqlContext() ctx: RequestContext): Promise<boolean> {
    await this.sessions.endAllForAccount(actor.accountId);
    clearSessionCookie(ctx.res, this.secureCookie);
    actAs(ctx, null, null);
    return true;
  }

  @SignedIn()
  @Mutation(() => SessionModel, { description: 'Moves to another partnership you belong to; the old token stops working.' })
  async switchPartnership(
    @Args('partnershipId', { type: () => ID }, UuidPipe) partnershipId: string,
    @CurrentActor() actor: Actor,
    @GqlContext() ctx: RequestContext,
  ): Promise<SessionModel> {
    const session = await this.auth.switchPartnership(actor.accountId, partnershipId, ctx.sessionToken);
    return this.started(session, ctx);
  }

  @Public()
  @Query(() => InvitationPreviewModel, { description: 'What an invitation token offers. Invalid tokens all get the same BAD_USER_INPUT error.' })
  invitationPreview(@Args('token') token: string, @GqlContext() ctx: RequestContext): Promise<InvitationPreviewModel> {
    return this.invitations.preview(token, ctx.ip);
  }

  @Public()
  @Mutation(() => SessionModel, {
    nullable: true,
    description:
      'Accepts an invitation. An email invitation creates your account (or adds the partnership to it) and signs you in. A shareable link answers null, whatever the address: a confirmation email goes to it, and confirmEmail with its token joins and signs in.',
  })
  async acceptInvitation(@Args('input') input: AcceptInvitationInput, @GqlContext() ctx: RequestContext): Promise<SessionModel | null> {
    const session = await this.invitations.accept({ ...input, ip: ctx.ip });
    return session ? this.started(session, ctx) : null;
  }

  @Public()
  @Mutation(() => SessionModel, { description: 'Confirms an address typed into a shareable invitation link (the token from the emailed link), joins the partnership and signs in.' })
  async confirmEmail(@Args('token') token: string, @GqlContext() ctx: RequestContext): Promise<SessionModel> {
    const session = await this.confirmations.confirm(token, ctx.ip);
    return this.started(session, ctx);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Emails a one-time reset link if the address has an account. Always returns true.' })
  async requestPasswordReset(@Args('email') email: string, @GqlContext() ctx: RequestContext): Promise<boolean> {
    if (email.length <= 320) await this.auth.requestPasswordReset(email, ctx.ip);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Sets a new password from an emailed link, and signs out every session.' })
  async resetPassword(@Args('input') input: ResetPasswordInput, @GqlContext() ctx: RequestContext): Promise<boolean> {
    await this.auth.resetPassword(input.token, input.password, ctx.ip);
    // Every session of that account ended; if this request rode on one of them, it is signed out.
    if (ctx.actor && !(await this.sessions.resolve(ctx.sessionToken))) actAs(ctx, null, null);
    return true;
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Sets a new password. Every other session and any outstanding reset link stop working; this session stays.' })
  async changePassword(@Args('input') input: ChangePasswordInput, @CurrentActor() actor: Actor, @GqlContext() ctx: RequestContext): Promise<boolean> {
    await this.auth.changePassword(actor, input.currentPassword, input.newPassword, ctx.ip);
    return true;
  }

  @SignedIn()
  @Mutation(() => MeModel)
  async updateMyProfile(@Args('input') input: UpdateProfileInput, @CurrentActor() actor: Actor): Promise<MeModel> {
    await this.people.updateProfile(actor, input);
    return this.meService.me(actor);
  }

  private async started(session: IssuedSession, ctx: RequestContext): Promise<SessionModel> {
    const actor = await this.sessions.resolve(session.token);
    if (!actor) throw unauthenticated();
    setSessionCookie(ctx.res, session.token, session.expiresAt, this.secureCookie);
    actAs(ctx, actor, session.token);
    return { token: session.token, expiresAt: session.expiresAt, me: await this.meService.me(actor) };
  }
}

/**
 * The rest of this request acts as whoever signed in or out just now: the fields below
 * `signIn { me }` as the new person, fields after `signOut` as nobody. Loaders made for the
 * previous actor go with it.
 */
function actAs(ctx: RequestContext, actor: Actor | null, sessionToken: string | null): void {
  ctx.actor = actor;
  ctx.sessionToken = sessionToken;
  ctx.loaders = {};
  ctx.primed = undefined;
}
