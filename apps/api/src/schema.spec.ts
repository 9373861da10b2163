import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchemaSdl } from './schema';

describe('schema.gql', () => {
  it('is committed and matches the code (run `npm run schema` after changing the API)', async () => {
    const committed = readFileSync(join(__dirname, '../../../schema.gql'), 'utf8');
    const generated = await buildSchemaSdl();
    expect(generated).toContain('type Query');
    expect(committed).toBe(generated);
  });
});
