export * from './follow-sql';
export * from './following.models';
export * from './following.service';
