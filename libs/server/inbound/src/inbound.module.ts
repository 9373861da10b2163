import { Module, type DynamicModule, type Provider, type Type } from '@nestjs/common';
import { AuditService } from '@convene/audit';
import { ForumsModule } from '@convene/forums';
import { GroupsModule } from '@convene/groups';
import { BouncesModule } from './bounces/bounces.module';
import { EmailRepliesResolver } from './comments/email-replies.resolver';
import { EmailRepliesService } from './comments/email-replies.service';
import { INBOUND_OPTIONS, type InboundOptions } from './inbound.options';
import { InboundMailService } from './receiving/inbound-mail.service';
import { InboundSmtpService } from './receiving/inbound-smtp.service';
import { ReplyActions } from './replies/reply-actions';
import { REPLY_ADDRESS_OPTIONS, ReplyAddresses } from './reply-addresses/reply-addresses';

/** What the API serves: the coordinators' email comments and a person's own replies. */
export const INBOUND_RESOLVERS: Type[] = [EmailRepliesResolver];

/**
 * Email replies. `forRoot` is the worker's: the SMTP service (when a port is set), the reply
 * actions and the services they go through. `forApi` is the GraphQL side only.
 */
@Module({})
export class InboundModule {
  static forRoot(options: InboundOptions, forums: { redisPrefix: string; postsPerMinute: number }): DynamicModule {
    const providers: Provider[] = [
      { provide: INBOUND_OPTIONS, useValue: options },
      { provide: REPLY_ADDRESS_OPTIONS, useValue: { domain: options.domain } },
      ReplyAddresses,
      ReplyActions,
      InboundMailService,
      InboundSmtpService,
      AuditService,
    ];
    return {
      module: InboundModule,
      // Global so the forum and groups services (which expect the audit log) resolve here.
      global: true,
      imports: [GroupsModule.forRoot({ graphql: false }), ForumsModule.forRoot(forums, { graphql: false }), BouncesModule.forRoot()],
      providers,
      exports: [ReplyAddresses, InboundMailService, InboundSmtpService, AuditService, INBOUND_OPTIONS],
    };
  }

  static forApi({ graphql = true } = {}): DynamicModule {
    return { module: InboundModule, providers: [EmailRepliesService, ...(graphql ? INBOUND_RESOLVERS : [])], exports: [EmailRepliesService] };
  }
}
