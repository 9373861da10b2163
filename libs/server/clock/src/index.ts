/**
 * The one source of "now" for every time rule (replies before a meeting ends, attendance from its
 * start, approvals not in the future…) and for the worker's tick. Injected, so tests can move
 * time on; production always gets the system clock and nothing outside the process can set it.
 */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/**
 * A clock tests move by hand. It runs on from where it was set (so ordering by time still
 * works within a test), until it is set again.
 */
export class TestClock extends Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** From now on, `now()` reads `at` plus however long has passed since. */
  set(at: Date): void {
    this.offsetMs = at.getTime() - Date.now();
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }

  reset(): void {
    this.offsetMs = 0;
  }
}
