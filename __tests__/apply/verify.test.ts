// verifyConverged: re-read, wait out Creating/Updating on the injected clock under the deadline, re-plan.
import { verifyConverged, stillInProgress } from '../../src/apply/verify.js';
import type { LiveState } from '../../src/live/types.js';
import { baseSpec, compute, emptyLive, matchingLive } from '../plan/fixtures.js';
import { FakeClock } from './fake-clock.js';

function reads(...states: LiveState[]): { read: () => Promise<LiveState>; count: () => number } {
  let n = 0;
  return {
    read: async () => states[Math.min(n++, states.length - 1)] as LiveState,
    count: () => n,
  };
}

describe('verifyConverged', () => {
  test('live state that matches the spec converges on the first read', async () => {
    const live = matchingLive();
    const r = reads(live);
    const result = await verifyConverged(baseSpec(), {
      read: r.read,
      clock: new FakeClock(),
      deadlineAt: 60_000,
      pollIntervalMs: 1000,
    });
    expect(result).toEqual({ converged: true, reads: 1, live });
  });

  test('a compute still Creating (from this run or an earlier one) is waited for, then judged', async () => {
    const creating = matchingLive({ computes: { myaks: compute({ provisioningState: 'Creating' }) } });
    expect(stillInProgress(creating)).toEqual(['myaks (Creating)']);
    const done = matchingLive();
    const r = reads(creating, creating, done);
    const clock = new FakeClock();
    const result = await verifyConverged(baseSpec(), { read: r.read, clock, deadlineAt: 60_000, pollIntervalMs: 1000 });
    // The live state returned is the last one read, the settled one.
    expect(result).toEqual({ converged: true, reads: 3, live: done });
    expect(clock.sleeps).toEqual([1000, 1000]);
  });

  test('still Creating at the deadline is NotConverged, naming it', async () => {
    const creating = matchingLive({ computes: { myaks: compute({ provisioningState: 'Updating' }) } });
    const result = await verifyConverged(baseSpec(), {
      read: reads(creating).read,
      clock: new FakeClock(),
      deadlineAt: 5000,
      pollIntervalMs: 1000,
    });
    expect(result.converged).toBe(false);
    expect(result.error?.code).toBe('NotConverged');
    expect(result.error?.message).toMatch(/myaks \(Updating\)/);
  });

  test('changes left after the apply are NotConverged, listing each address', async () => {
    const result = await verifyConverged(baseSpec(), {
      read: reads(emptyLive()).read,
      clock: new FakeClock(),
      deadlineAt: 60_000,
      pollIntervalMs: 1000,
    });
    expect(result.converged).toBe(false);
    expect(result.error?.code).toBe('NotConverged');
    expect(result.error?.message).toMatch(/aksClusters\[myaks\] \(create/);
  });
});
