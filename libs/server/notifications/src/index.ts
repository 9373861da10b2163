export * from './notifications.module';
export * from './job-handler';
export * from './handlers';
export * from './tick.handler';
export * from './invitation-email.handler';
export * from './password-reset-email.handler';
