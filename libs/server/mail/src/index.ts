export * from './mailer';
export * from './layout';
export * from './templates/invitation';
export * from './templates/password-reset';
export * from './templates/agenda';
export * from './templates/meeting-changes';
export * from './templates/minutes';
export * from './templates/forums';
