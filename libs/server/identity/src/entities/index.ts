export * from './partnership.entity';
export * from './organisation.entity';
export * from './account.entity';
export * from './person.entity';
export * from './session.entity';
export * from './invitation.entity';
export * from './password-reset.entity';
