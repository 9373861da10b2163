export * from './enums';
export * from './models';
export * from './groups.module';
export { occurrences, parseCadence, HORIZON_MONTHS } from './meetings';
