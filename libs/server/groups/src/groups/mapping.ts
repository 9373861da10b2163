// Field resolvers of this lib load people through the identity lib's per-request loader.
export { loadPerson } from '@convene/identity';
