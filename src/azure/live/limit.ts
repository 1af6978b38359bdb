// A bounded-concurrency runner with memoisation by request key: the live-state reader starts every
// read as soon as what it depends on is known, never more than `limit` at once, and never the same
// request twice.

/**
 * Most distinct Azure reads one plan makes. A real spec needs tens; the schema's list caps allow specs that
 * would need ~1,100. Past this bound every further read fails with a message that says why, and the plan is
 * refused (its resources read as unreadable), instead of sending thousands of requests.
 */
export const MAX_PLAN_READS = 2000;

export class ReadBudgetExceeded extends Error {
  override name = 'ReadBudgetExceeded';
}

export class RequestGate {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly memo = new Map<string, Promise<unknown>>();
  /** Number of distinct requests started (memo hits excluded). */
  started = 0;

  constructor(
    private readonly limit: number,
    private readonly maxTotal: number = Number.POSITIVE_INFINITY,
  ) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`concurrency limit must be >= 1, got ${limit}`);
  }

  /** Runs `fn` once per key; later calls with the same key share the first call's promise. */
  run<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const hit = this.memo.get(key);
    if (hit !== undefined) return hit as Promise<T>;
    if (this.memo.size >= this.maxTotal) {
      return Promise.reject(
        new ReadBudgetExceeded(
          `the plan would make more than ${this.maxTotal} Azure reads; split the spec into smaller ones`,
        ),
      );
    }
    const p = this.schedule(fn);
    this.memo.set(key, p);
    return p;
  }

  private async schedule<T>(fn: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) {
      // The finishing request hands its slot over directly, so `active` never exceeds the limit.
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.active++;
    }
    this.started++;
    try {
      return await fn();
    } finally {
      const next = this.waiting.shift();
      if (next !== undefined) next();
      else this.active--;
    }
  }
}
