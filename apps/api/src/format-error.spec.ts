import { GraphQLError } from 'graphql';
import { useTestDataSource } from '@convene/testing';
import { formatGraphQLError } from '@convene/graphql-kit';

describe('formatGraphQLError', () => {
  const db = useTestDataSource();

  it('answers text PostgreSQL cannot store as BAD_USER_INPUT, not as our fault', async () => {
    const unexpected: unknown[] = [];
    const format = formatGraphQLError((error) => unexpected.push(error));
    // What a NUL reaching a text column does: 22021, invalid byte sequence.
    const failure = await db().query(`SELECT convert_from('\\x6100'::bytea, 'UTF8')`).catch((error: unknown) => error);
    expect((failure as { driverError?: { code?: string } }).driverError?.code).toBe('22021');
    const error = new GraphQLError('invalid byte sequence for encoding "UTF8": 0x00', { path: ['createGroup'], originalError: failure as Error });
    const formatted = format({ message: error.message, path: ['createGroup'] }, error);
    expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(formatted.message).not.toMatch(/UTF8|0x00/);
    expect(unexpected).toEqual([]);

    // Any other database failure is still ours, and logged.
    const other = await db().query(`SELECT 1/0`).catch((e: unknown) => e);
    expect(format({ message: 'division by zero', path: ['x'] }, new GraphQLError('division by zero', { path: ['x'], originalError: other as Error })).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(unexpected).toHaveLength(1);
  });
});
