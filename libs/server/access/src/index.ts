export * from './actor';
export * from './permissions';
export * from './access.service';
export * from './access.module';
export { FORUM_GRADES } from './policies/forums.policy';
export { bankReaderOf, readerParams, resourceAddableSql, resourceGradeSql, resourceReadableSql, RESOURCE_MANAGE, RESOURCE_READ, type BankReader } from './policies/resources.policy';
export { DirectoryVisibility, directoryLevels, fieldVisible } from './policies/directory.policy';
export { isGuest } from './policies/guests.policy';
export { GUEST_OPERATIONS, guestMayCall } from './guest-operations';
