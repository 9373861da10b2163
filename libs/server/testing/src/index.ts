export * from './databases';
export * from './graphql-client';
export * from './fixtures';
export * from './smtp-sink';
export * from './tcp-proxy';
export * from './confirmations';
