import { Module, type DynamicModule } from '@nestjs/common';
import { AuditService } from '@convene/audit';
import { AuthService } from './auth/auth.service';
import { SessionService } from './auth/session.service';
import { SignInLinkService } from './auth/sign-in-link.service';
import { ThrottleService } from './auth/throttle.service';
import { AuditResolver } from './graphql/audit.resolver';
import { AuthResolver } from './graphql/auth.resolver';
import { MeFieldsResolver, OrganisationResolver, PeopleResolver } from './graphql/directory.resolver';
import { InvitationResolver } from './graphql/invitation.resolver';
import { MeService } from './graphql/me.service';
import { PartnershipViewerCanResolver } from './graphql/partnership-viewer-can.resolver';
import { IDENTITY_OPTIONS, type IdentityOptions } from './identity.options';
import { EmailConfirmationService } from './invitations/email-confirmation.service';
import { InvitationService } from './invitations/invitation.service';
import { OrganisationService } from './organisations/organisation.service';
import { PeopleService } from './people/people.service';

/** Every GraphQL resolver of the identity feature. */
export const IDENTITY_RESOLVERS = [AuthResolver, PeopleResolver, MeFieldsResolver, OrganisationResolver, InvitationResolver, AuditResolver, PartnershipViewerCanResolver];

const SERVICES = [SessionService, AuthService, SignInLinkService, ThrottleService, EmailConfirmationService, InvitationService, PeopleService, OrganisationService, MeService, AuditService];

/**
 * Accounts, sessions, invitations, people and organisations. `forRoot` without resolvers is
 * what the forum service and the worker use: the same sessions, no GraphQL.
 */
@Module({})
export class IdentityModule {
  static forRoot(options: IdentityOptions, { graphql = true } = {}): DynamicModule {
    return {
      module: IdentityModule,
      global: true,
      providers: [{ provide: IDENTITY_OPTIONS, useValue: options }, ...SERVICES, ...(graphql ? IDENTITY_RESOLVERS : [])],
      exports: [IDENTITY_OPTIONS, ...SERVICES],
    };
  }
}
