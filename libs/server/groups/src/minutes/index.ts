import type { Provider, Type } from '@nestjs/common';
import { ActionsService } from './actions.service';
import { ActionResolver, MeetingMinutesResolver, MinutesCommentResolver, MinutesResolver, MinutesRevisionResolver } from './minutes.resolver';
import { MinutesService } from './minutes.service';

export { ActionsService, MinutesService };
export const MINUTES_PROVIDERS: Provider[] = [MinutesService, ActionsService];
export const MINUTES_RESOLVERS: Type[] = [MinutesResolver, MinutesCommentResolver, MinutesRevisionResolver, MeetingMinutesResolver, ActionResolver];
