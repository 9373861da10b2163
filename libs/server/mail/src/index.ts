export * from './mailer';
export * from './layout';
export * from './templates/invitation';
export * from './templates/password-reset';
