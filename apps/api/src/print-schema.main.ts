import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchemaSdl } from './schema';

/** `npm run schema`: writes schema.gql at the repository root, for review in every change. */
buildSchemaSdl().then((sdl) => {
  const target = join(process.cwd(), 'schema.gql');
  writeFileSync(target, sdl);
  process.stdout.write(`Wrote ${target}\n`);
});
