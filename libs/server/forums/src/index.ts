export * from './forums.module';
export * from './forums.options';
export * from './forums.service';
export * from './posts.service';
export * from './threads.service';
export * from './search.service';
export * from './rows';
export * from './following';
