import { Module, type DynamicModule, type Type } from '@nestjs/common';
import type Redis from 'ioredis';
import { REDIS } from '@convene/redis';
import { ContactResolver } from './contacts/contact.resolver';
import { ContactService } from './contacts/contact.service';
import { FinderResolver } from './finder/finder.resolver';
import { FinderService } from './finder/finder.service';
import { HsdsExportService } from './open-referral/hsds-export.service';
import { OpenReferralController } from './open-referral/open-referral.controller';
import { PublicApiLimit } from './open-referral/public-api-limit';
import { ProfileResolver } from './organisations/profile.resolver';
import { ProfileService } from './organisations/profile.service';
import { AffiliationResolver, AttendanceSeatResolver, RepresentationResolver } from './people/people.resolver';
import { DirectoryPeopleService } from './people/people.service';
import { ServiceResolver } from './services/service.resolver';
import { ServiceService } from './services/service.service';
import { SuggestionResolver } from './suggestions/suggestion.resolver';
import { SuggestionService } from './suggestions/suggestion.service';

export const DIRECTORY_RESOLVERS: Type[] = [ProfileResolver, ServiceResolver, FinderResolver, ContactResolver, AffiliationResolver, RepresentationResolver, AttendanceSeatResolver, SuggestionResolver];

export const DIRECTORY_SERVICES: Type[] = [ProfileService, ServiceService, ContactService, FinderService, DirectoryPeopleService, SuggestionService, HsdsExportService];

export interface DirectoryOptions {
  redisPrefix: string;
}

/** The partner directory: organisations' entries, services, locations, contacts, affiliations, seats, the finder and the public API. */
@Module({})
export class DirectoryModule {
  static forRoot(options: DirectoryOptions): DynamicModule {
    return {
      module: DirectoryModule,
      providers: [
        ...DIRECTORY_SERVICES,
        ...DIRECTORY_RESOLVERS,
        { provide: PublicApiLimit, useFactory: (redis: Redis) => new PublicApiLimit(redis, options.redisPrefix), inject: [REDIS] },
      ],
      controllers: [OpenReferralController],
      exports: DIRECTORY_SERVICES,
    };
  }
}
