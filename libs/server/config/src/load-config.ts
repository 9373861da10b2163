import { z } from 'zod';
import { StartupError } from '@convene/errors';

/** Thrown at boot when the environment is unusable; the message names each bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates the environment once, at boot, into a typed and frozen object. */
export function loadConfig<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv = process.env): Readonly<z.output<S>> {
  const result = schema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`),
    );
  }
  return Object.freeze(result.data) as Readonly<z.output<S>>;
}

/** Prints a config error without a stack trace and stops the process. */
export function exitOnConfigError(error: unknown): never {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(78); // EX_CONFIG
  }
  if (error instanceof StartupError) {
    // A dependency that cannot be reached at boot: one line, and the orchestrator restarts us.
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
