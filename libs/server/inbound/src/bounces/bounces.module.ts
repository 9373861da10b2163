import { Module, type DynamicModule } from '@nestjs/common';
import { AuditService } from '@convene/audit';
import { BOUNCE_HANDLER } from '../inbound.options';
import { BouncesService } from './bounces.service';
import { EmailHealthResolver } from './email-health.resolver';
import { EmailHealthService } from './email-health.service';

/**
 * Bounces and complaints. The inbound SMTP service uses `BouncesService`; the API serves the
 * person page's email health (`graphql: true`).
 */
/** What the API serves: a person's email health, for coordinators. */
export const BOUNCE_RESOLVERS = [EmailHealthResolver];

@Module({})
export class BouncesModule {
  static forRoot({ graphql = false } = {}): DynamicModule {
    return {
      module: BouncesModule,
      providers: [BouncesService, { provide: BOUNCE_HANDLER, useExisting: BouncesService }, EmailHealthService, AuditService, ...(graphql ? BOUNCE_RESOLVERS : [])],
      exports: [BouncesService, BOUNCE_HANDLER, EmailHealthService],
    };
  }
}
