import type { Provider, Type } from '@nestjs/common';
import { GroupMemberResolver, GroupsResolver, TermsOfReferenceResolver } from './groups.resolver';
import { GroupsService } from './groups.service';
import { GroupAdminResolver, GroupMemberGroupResolver, PersonGroupsResolver } from './group-admin.resolver';
import { TermsService } from './terms.service';

export { GroupsService, TermsService };
export const GROUP_PROVIDERS: Provider[] = [GroupsService, TermsService];
export const GROUP_RESOLVERS: Type[] = [GroupsResolver, GroupMemberResolver, TermsOfReferenceResolver, GroupAdminResolver, PersonGroupsResolver, GroupMemberGroupResolver];
