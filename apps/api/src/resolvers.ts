import type { Type } from '@nestjs/common';
import { DIRECTORY_RESOLVERS, UPKEEP_RESOLVERS } from '@convene/directory';
import { FOI_ANSWER_RESOLVERS, FOI_RESOLVERS } from '@convene/foi';
import { FORUMS_RESOLVERS } from '@convene/forums';
import { GROUPS_RESOLVERS } from '@convene/groups';
import { IDENTITY_RESOLVERS } from '@convene/identity';
import { BOUNCE_RESOLVERS, INBOUND_RESOLVERS } from '@convene/inbound';
import { KNOWLEDGE_BANK_RESOLVERS } from '@convene/knowledge-bank';
import { PACK_PDF_RESOLVERS } from '@convene/pack-pdf';
import { PAPERS_RESOLVERS } from '@convene/papers';
import { PreferencesResolver } from '@convene/preferences';
import { TasksResolver } from '@convene/tasks';

/** Every resolver the API serves; schema.gql is printed from this list. */
export const API_RESOLVERS: Type[] = [...IDENTITY_RESOLVERS, ...GROUPS_RESOLVERS, ...FORUMS_RESOLVERS, ...PAPERS_RESOLVERS, ...PACK_PDF_RESOLVERS, ...KNOWLEDGE_BANK_RESOLVERS, PreferencesResolver, TasksResolver, ...DIRECTORY_RESOLVERS, ...UPKEEP_RESOLVERS, ...INBOUND_RESOLVERS, ...BOUNCE_RESOLVERS, ...FOI_RESOLVERS, ...FOI_ANSWER_RESOLVERS];
