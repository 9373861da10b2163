export * from './campaigns/units';
export * from './campaigns/foi.rows';
