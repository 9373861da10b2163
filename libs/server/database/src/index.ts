export * from './columns';
export * from './ids';
export * from './advisory-lock';
export * from './naming';
export * from './rows';
