import type { Logger } from 'pino';

type Level = 'fatal' | 'error' | 'warn' | 'info';

/**
 * Logs a repeating event (a dependency's error during an outage) at most once per interval and
 * per key; the next line says how many were held back, so an outage is a few lines, not a flood.
 */
export function throttledLog(log: Logger, intervalMs = 10_000) {
  const last = new Map<string, { at: number; suppressed: number }>();
  return (level: Level, key: string, fields: Record<string, unknown>, message: string): void => {
    const now = Date.now();
    const seen = last.get(key);
    if (seen && now - seen.at < intervalMs) {
      seen.suppressed += 1;
      return;
    }
    last.set(key, { at: now, suppressed: 0 });
    log[level]({ ...fields, ...(seen?.suppressed ? { suppressed: seen.suppressed } : {}) }, message);
  };
}

/** A one-line description of an error for outage logs: no stack, no statement values. */
export function errorSummary(error: unknown): { message: string; code?: string } {
  if (!(error instanceof Error)) return { message: String(error) };
  const code = (error as { code?: unknown }).code;
  // Node's connect errors to "localhost" try each address and report an AggregateError without a message.
  const inner = error instanceof AggregateError && error.errors[0] instanceof Error ? error.errors[0] : undefined;
  return { message: error.message || inner?.message || error.name, ...(typeof code === 'string' ? { code } : {}) };
}
