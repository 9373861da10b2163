import { createHash } from 'node:crypto';
import { Client, type QueryConfig } from 'pg';

/**
 * Past this many distinct statement texts, new ones run unnamed: a statement built with a
 * varying text would otherwise leave a prepared statement behind on every connection.
 */
const MAX_PREPARED = 1000;
const names = new Map<string, string>();

function nameOf(text: string): string | undefined {
  let name = names.get(text);
  if (!name && names.size < MAX_PREPARED) {
    name = `cv_${createHash('sha1').update(text).digest('base64url').slice(0, 24)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * The pool's client: every statement with parameters is prepared once per connection, by a
 * name derived from its text, and reused after that. PostgreSQL then skips parsing, and
 * planning once it settles on a generic plan; for the short statements this API runs, that was
 * most of the database's time per request. Statements without parameters (migrations, several
 * statements in one text) go as they are. Not for a pooler in transaction mode, which does not
 * keep prepared statements with the connection.
 */
export class PreparedClient extends Client {
  override query(...args: unknown[]): never {
    const [text, values] = args;
    if (typeof text === 'string' && Array.isArray(values) && values.length > 0) {
      const name = nameOf(text);
      if (name) args = [{ name, text, values } satisfies QueryConfig, ...args.slice(2)];
    }
    return (super.query as (...forwarded: unknown[]) => never)(...args);
  }
}
