// Progress of an apply on the executor's virtual clock: the observer's start, heartbeat (every 10 s, with Azure's
// last status) and finish events, their text, and the stop/abandon signals an interrupted CLI uses.
import { executePlan } from '../../src/apply/executor.js';
import {
  formatElapsed,
  formatFinish,
  formatHeartbeat,
  formatStart,
  type ApplyObserver,
} from '../../src/apply/progress.js';
import type { Applier, ApplierRegistry, ApplyContext } from '../../src/apply/types.js';
import type { Change } from '../../src/plan/model.js';
import { STEP_ORDER } from '../../src/plan/model.js';
import { FakeClock } from './fake-clock.js';
import { change, plan } from './helpers.js';

/** Every step runs `work`; the default writes once and waits 45 s (a slow compute creation), reporting InProgress. */
function appliers(work?: (c: Change, ctx: ApplyContext) => Promise<void>): ApplierRegistry {
  const applier: Applier = {
    async apply(c, ctx) {
      if (work) await work(c, ctx);
      else {
        ctx.countWrite();
        ctx.reportStatus?.('InProgress');
        await ctx.sleep(45_000);
        ctx.reportStatus?.('Succeeded');
      }
      return {};
    },
  };
  const registry: ApplierRegistry = {};
  for (const step of STEP_ORDER) registry[step] = applier;
  return registry;
}

/** An observer that writes each event as a line, stamped with the clock's time. */
function recording(clock: FakeClock): ApplyObserver & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    onStart: (s) => lines.push(`${clock.now()} ${formatStart(s)}`),
    onHeartbeat: (b) => lines.push(`${clock.now()} ${formatHeartbeat(b)}`),
    onFinish: (o) => lines.push(`${clock.now()} ${formatFinish(o)}`),
    onLog: (a, m) => lines.push(`${clock.now()} log ${a}: ${m}`),
  };
}

test.each([
  [0, '0s'],
  [9_999, '9s'],
  [10_000, '10s'],
  [59_999, '59s'],
  [60_000, '1m0s'],
  [125_500, '2m5s'],
  [3_723_000, '1h2m3s'],
])('formatElapsed(%d) is %s (Terraform style)', (ms, text) => {
  expect(formatElapsed(ms)).toBe(text);
});

test('a 45 s wait logs a heartbeat every 10 s with the elapsed time and Azure status, then its duration', async () => {
  const clock = new FakeClock();
  const observer = recording(clock);
  const result = await executePlan(plan([change('aksClusters[myaks]', 'compute')]), {
    appliers: appliers(),
    clock,
    progress: observer,
  });
  expect(result.status).toBe('applied');
  expect(observer.lines).toEqual([
    '0 aksClusters[myaks]: creating...',
    '10000 aksClusters[myaks]: still creating... [10s elapsed, Azure: InProgress]',
    '20000 aksClusters[myaks]: still creating... [20s elapsed, Azure: InProgress]',
    '30000 aksClusters[myaks]: still creating... [30s elapsed, Azure: InProgress]',
    '40000 aksClusters[myaks]: still creating... [40s elapsed, Azure: InProgress]',
    '45000 aksClusters[myaks]: Creation complete after 45s',
  ]);
  expect(result.outcomes[0].finishedAt! - result.outcomes[0].startedAt!).toBe(45_000);
});

test('a change shorter than the interval has no heartbeat; the status shown is the last one reported', async () => {
  const clock = new FakeClock();
  const observer = recording(clock);
  await executePlan(plan([change('subnets[a]', 'subnet', [], 'update'), change('computes[c]', 'compute')]), {
    appliers: appliers(async (c, ctx) => {
      if (c.step === 'subnet') return clock.sleep(3_000).then(() => undefined);
      ctx.reportStatus?.('Accepted');
      await ctx.sleep(12_000);
      ctx.reportStatus?.('Creating');
      await ctx.sleep(10_000);
    }),
    clock,
    progress: observer,
  });
  expect(observer.lines).toEqual([
    '0 subnets[a]: modifying...',
    '3000 subnets[a]: Modifications complete after 3s',
    '3000 computes[c]: creating...',
    '13000 computes[c]: still creating... [10s elapsed, Azure: Accepted]',
    '23000 computes[c]: still creating... [20s elapsed, Azure: Creating]',
    '25000 computes[c]: Creation complete after 22s',
  ]);
});

test('no status reported yet: the heartbeat says only the elapsed time; the interval is an option', async () => {
  const clock = new FakeClock();
  const observer = recording(clock);
  await executePlan(plan([change('r', 'role')]), {
    appliers: appliers((_c, ctx) => ctx.sleep(7_000)),
    clock,
    progress: observer,
    heartbeatMs: 5_000,
  });
  expect(observer.lines).toContain('5000 r: still creating... [5s elapsed]');
  expect(observer.lines.filter((l) => l.includes('still'))).toHaveLength(1);
});

test('without an observer the executor sets no heartbeat timer', async () => {
  const clock = new FakeClock();
  await executePlan(plan([change('c', 'compute')]), { appliers: appliers(), clock });
  // The deadline timer, then the applier's one 45 s wait: nothing at 10 s.
  expect(clock.sleeps).toEqual([60 * 60 * 1000, 45_000]);
});

test('failures and skips finish with their reason; retries are logged to the observer', async () => {
  const clock = new FakeClock();
  const observer = recording(clock);
  const result = await executePlan(plan([change('s', 'subnet'), change('c', 'compute', ['s'])]), {
    appliers: appliers(async () => {
      await clock.sleep(2_000);
      throw Object.assign(new Error('no'), { code: 'AuthorizationFailed', statusCode: 403 });
    }),
    clock,
    progress: observer,
  });
  expect(result.status).toBe('failed');
  expect(observer.lines).toContain('2000 s: FAILED after 2s (AuthorizationFailed)');
  expect(observer.lines).toContain('2000 c: not started (s)');
});

describe('interrupts', () => {
  test('stop: no new change starts (skipped as interrupted); the running one finishes', async () => {
    const clock = new FakeClock();
    const stop = new AbortController();
    const observer = recording(clock);
    const result = await executePlan(plan([change('s', 'subnet'), change('c', 'compute'), change('r', 'role')]), {
      appliers: appliers(async (c, ctx) => {
        ctx.countWrite();
        if (c.address === 's') stop.abort();
        await ctx.sleep(20_000);
      }),
      clock,
      progress: observer,
      stop: stop.signal,
    });
    expect(result.interrupted).toBe(true);
    expect(result.status).toBe('failed');
    expect(result.outcomes.map((o) => [o.address, o.status, o.skippedBecause?.join()])).toEqual([
      ['s', 'done', undefined],
      ['c', 'skipped', 'interrupted'],
      ['r', 'skipped', 'interrupted'],
    ]);
    expect(observer.lines).toEqual([
      '0 s: creating...',
      '10000 s: still creating... [10s elapsed]',
      '20000 s: Creation complete after 20s',
      '20000 c: not started (interrupted)',
      '20000 r: not started (interrupted)',
    ]);
  });

  test('abandon: a running change stops waiting and fails Interrupted, saying whether its write was sent', async () => {
    const clock = new FakeClock();
    const abandon = new AbortController();
    const observer = recording(clock);
    const result = await executePlan(plan([change('a', 'compute'), change('b', 'compute')]), {
      appliers: appliers(async (c, ctx) => {
        if (c.address === 'a') ctx.countWrite();
        if (c.address === 'b') void clock.sleep(15_000).then(() => abandon.abort());
        await ctx.sleep(600_000);
      }),
      clock,
      progress: observer,
      abandon: abandon.signal,
    });
    expect(result.interrupted).toBe(true);
    const [a, b] = result.outcomes;
    expect([a.status, a.error?.code, b.status, b.error?.code]).toEqual([
      'failed',
      'Interrupted',
      'failed',
      'Interrupted',
    ]);
    expect(a.error?.message).toMatch(/the request was sent and the operation goes on in Azure/);
    expect(b.error?.message).toMatch(/before anything was written/);
    expect(a.finishedAt).toBe(15_000);
    // Heartbeats at 10 s only: they stop with the change.
    expect(observer.lines.filter((l) => l.includes('still'))).toEqual([
      '10000 a: still creating... [10s elapsed]',
      '10000 b: still creating... [10s elapsed]',
    ]);
  });
});
