export * from './bank.enums';
export * from './resources/resource.models';
export { KnowledgeBankModule, KNOWLEDGE_BANK_RESOLVERS } from './knowledge-bank.module';
export { ResourcesService } from './resources/resources.service';
export { BankSearchService, checkQuery } from './search/bank-search.service';
export { searchStatement, type BankQuery } from './search/search.sql';
export { BankFilesService } from './files/bank-files.service';
export { newMatches, type NewMatch } from './saved-searches/new-matches';
export { finderUrlOf, type SavedQuery } from './saved-searches/saved-query';
