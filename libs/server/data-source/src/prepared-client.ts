import { createHash } from 'node:crypto';
import { Client, type QueryConfig } from 'pg';

const names = new Map<string, string>();
const MAX_STATEMENTS = 1000;

function nameOf(text: string): string | undefined {
  let name = names.get(text);
  if (!name && names.size < MAX_STATEMENTS) {
    name = `cv_${createHash('sha1').update(text).digest('base64url').slice(0, 20)}`;
    names.set(text, name);
  }
  return name;
}

export class PreparedClient extends Client {
  override query(...args: unknown[]): never {
    const [text, values] = args;
    if (typeof text === 'string' && Array.isArray(values) && values.length > 0) {
      const name = nameOf(text);
      if (name) args = [{ name, text, values } satisfies QueryConfig, ...args.slice(2)];
    }
    return (super.query as (...a: unknown[]) => never)(...args);
  }
}
