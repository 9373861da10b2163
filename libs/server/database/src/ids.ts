const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/**
 * Guards lookups by id. TypeORM's `findOneBy({ id: undefined })` drops the condition and
 * returns the first row of the table, so every id must be checked before it reaches a query.
 */
export function assertUuid(value: unknown, what = 'id'): asserts value is string {
  if (!isUuid(value)) throw new InvalidIdError(what);
}

export class InvalidIdError extends Error {
  constructor(readonly field: string) {
    super(`${field} is not a valid id`);
    this.name = 'InvalidIdError';
  }
}
