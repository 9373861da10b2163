export * from './access.decorators';
export * from './access.guard';
export * from './context';
export * from './format-error';
export * from './limits';
export * from './pagination';
export * from './uuid.pipe';
export * from './loaders';
