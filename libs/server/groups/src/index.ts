export * from './enums';
export * from './models';
export * from './groups.module';
