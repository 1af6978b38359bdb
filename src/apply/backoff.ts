// Exponential backoff with full jitter (AWS Architecture Blog, "Exponential Backoff and Jitter"):
// the wait before retry n is uniform in [0, min(cap, base * 2^(n-1))], but never shorter than what
// the server asked for with Retry-After.

export interface BackoffPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Uniform in [0, 1); injectable so that tests are deterministic. */
  random: () => number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = {
  maxAttempts: 8,
  baseDelayMs: 1000,
  maxDelayMs: 60_000,
  random: Math.random,
};

/** The wait before the retry that follows failed attempt `attempt` (1-based). */
export function backoffDelayMs(policy: BackoffPolicy, attempt: number, retryAfterMs?: number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  const jittered = Math.floor(policy.random() * ceiling);
  return retryAfterMs === undefined ? jittered : Math.max(retryAfterMs, jittered);
}
