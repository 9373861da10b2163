import { Module, type DynamicModule, type Provider, type Type } from '@nestjs/common';
import { AGENDA_PROVIDERS, AGENDA_RESOLVERS } from './agendas';
import { ASSESSMENT_PROVIDERS, ASSESSMENT_RESOLVERS } from './assessment';
import { CALENDAR_CONTROLLERS, CALENDAR_PROVIDERS, CALENDAR_RESOLVERS } from './calendar';
import { GROUP_PROVIDERS, GROUP_RESOLVERS } from './groups';
import { MEETING_PROVIDERS, MEETING_RESOLVERS } from './meetings';
import { MINUTES_PROVIDERS, MINUTES_RESOLVERS } from './minutes';

/** Every GraphQL resolver of the groups feature (the API also prints schema.gql from these). */
export const GROUPS_RESOLVERS: Type[] = [...GROUP_RESOLVERS, ...MEETING_RESOLVERS, ...AGENDA_RESOLVERS, ...ASSESSMENT_RESOLVERS, ...MINUTES_RESOLVERS, ...CALENDAR_RESOLVERS];
const PROVIDERS: Provider[] = [...GROUP_PROVIDERS, ...MEETING_PROVIDERS, ...AGENDA_PROVIDERS, ...ASSESSMENT_PROVIDERS, ...MINUTES_PROVIDERS, ...CALENDAR_PROVIDERS];

/** Steering groups: terms of reference, meetings, agendas, sector assessment, minutes, actions. */
@Module({})
export class GroupsModule {
  static forRoot({ graphql = true } = {}): DynamicModule {
    return {
      module: GroupsModule,
      global: true,
      providers: [...PROVIDERS, ...(graphql ? GROUPS_RESOLVERS : [])],
      controllers: graphql ? CALENDAR_CONTROLLERS : [],
      exports: PROVIDERS,
    };
  }
}
