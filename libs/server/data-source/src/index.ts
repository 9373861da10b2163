export * from './data-source';
export * from './entities';
export * from './reachable';
export { REMEMBER_FORUM_JOINERS } from './migrations/1765850000000-forum-guests';
