import type { Provider, Type } from '@nestjs/common';
import { GroupMemberResolver, GroupsResolver, TermsOfReferenceResolver } from './groups.resolver';
import { GroupsService } from './groups.service';
import { GroupAdminResolver, GroupMemberGroupResolver, MeGroupsResolver, PersonGroupsResolver } from './group-admin.resolver';
import { TermsService } from './terms.service';

export { GroupsService, TermsService };
export const GROUP_PROVIDERS: Provider[] = [GroupsService, TermsService];
export const GROUP_RESOLVERS: Type[] = [GroupsResolver, GroupMemberResolver, TermsOfReferenceResolver, GroupAdminResolver, PersonGroupsResolver, MeGroupsResolver, GroupMemberGroupResolver];
