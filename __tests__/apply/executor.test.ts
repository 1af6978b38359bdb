// The executor with fake appliers and a virtual clock: order, parallelism, retries, deadline, skips, refusals.
import { executePlan, type ExecutorOptions } from '../../src/apply/executor.js';
import type { Applier, ApplierRegistry, ApplyContext } from '../../src/apply/types.js';
import type { Change, Step } from '../../src/plan/model.js';
import { STEP_ORDER } from '../../src/plan/model.js';
import { FakeClock } from './fake-clock.js';
import { azureError, change, droppedConnection, plan } from './helpers.js';

interface Recorder {
  appliers: ApplierRegistry;
  events: string[];
  calls: Map<string, number>;
  maxActive: number;
  maxInProgress: number;
}

type Behaviour = (c: Change, ctx: ApplyContext, attempt: number, clock: FakeClock) => Promise<void>;

/** Every step gets an applier that runs `behaviour` (default: 100 ms of work, one write). */
function recorder(clock: FakeClock, behaviour?: Behaviour): Recorder {
  const rec: Recorder = { appliers: {}, events: [], calls: new Map(), maxActive: 0, maxInProgress: 0 };
  let active = 0;
  let inProgress = 0;
  const applier: Applier = {
    async apply(c, ctx) {
      const attempt = (rec.calls.get(c.address) ?? 0) + 1;
      rec.calls.set(c.address, attempt);
      rec.events.push(`start ${c.address}@${clock.now()}`);
      active += 1;
      inProgress += 1;
      rec.maxActive = Math.max(rec.maxActive, active);
      rec.maxInProgress = Math.max(rec.maxInProgress, inProgress);
      // whileWaiting gives the slot back: count only the time holding it as "active".
      const wrapped: ApplyContext = {
        ...ctx,
        whileWaiting: async (work) => {
          active -= 1;
          try {
            return await ctx.whileWaiting(work);
          } finally {
            active += 1;
            rec.maxActive = Math.max(rec.maxActive, active);
          }
        },
      };
      try {
        if (behaviour) await behaviour(c, wrapped, attempt, clock);
        else {
          ctx.countWrite();
          await clock.sleep(100, ctx.signal);
        }
      } finally {
        active -= 1;
        inProgress -= 1;
        rec.events.push(`end ${c.address}@${clock.now()}`);
      }
      return { detail: `applied ${c.address}` };
    },
  };
  for (const step of STEP_ORDER) rec.appliers[step] = applier;
  return rec;
}

function opts(rec: Recorder, clock: FakeClock, extra: Partial<ExecutorOptions> = {}): ExecutorOptions {
  return { appliers: rec.appliers, clock, backoff: { random: () => 0.5, baseDelayMs: 1000 }, ...extra };
}

const endOf = (rec: Recorder, a: string): number =>
  Number(rec.events.find((e) => e.startsWith(`end ${a}@`))?.split('@')[1]);
const startOf = (rec: Recorder, a: string): number =>
  Number(rec.events.find((e) => e.startsWith(`start ${a}@`))?.split('@')[1]);

describe('ordering', () => {
  test('steps run in STEP_ORDER even when the plan forgot dependsOn (subnet before cluster, role before LB)', async () => {
    const clock = new FakeClock();
    const rec = recorder(clock);
    // Listed backwards on purpose.
    const p = plan([
      change('lb', 'load-balancer'),
      change('role', 'role'),
      change('compute', 'compute'),
      change('rule', 'security-rule'),
      change('subnet', 'subnet'),
    ]);
    const result = await executePlan(p, opts(rec, clock));
    expect(result.status).toBe('applied');
    expect(result.outcomes.map((o) => o.address)).toEqual(['subnet', 'rule', 'compute', 'role', 'lb']);
    expect(startOf(rec, 'compute')).toBeGreaterThanOrEqual(endOf(rec, 'subnet'));
    expect(startOf(rec, 'lb')).toBeGreaterThanOrEqual(endOf(rec, 'role'));
    expect(result.writes).toBe(5);
  });

  test('the step barrier holds within a cluster and behind the network, not across clusters', async () => {
    const clock = new FakeClock();
    const slowCompute: Behaviour = async (c, ctx) => {
      ctx.countWrite();
      await clock.sleep(c.address === 'aksClusters[v1]' ? 10_000 : 100, ctx.signal);
    };
    const rec = recorder(clock, slowCompute);
    // No dependsOn at all: only the barriers order these.
    const p = plan([
      change('network.subnets[s]', 'subnet'),
      change('aksClusters[v1]', 'compute'),
      change('aksClusters[v1].networkContributor', 'role'),
      change('aksClusters[v1].loadBalancer', 'load-balancer'),
      change('kubernetesClusters[v2].managedCluster', 'managed-cluster'),
      change('kubernetesClusters[v2].networkContributor', 'role'),
      change('kubernetesClusters[v2].extension', 'kubernetes-extension'),
      change('kubernetesClusters[v2]', 'kubernetes-compute'),
    ]);
    const result = await executePlan(p, opts(rec, clock));
    expect(result.status).toBe('applied');
    // Every cluster change waits for the network...
    for (const a of ['aksClusters[v1]', 'kubernetesClusters[v2].managedCluster'])
      expect(startOf(rec, a)).toBeGreaterThanOrEqual(endOf(rec, 'network.subnets[s]'));
    // ...and for its own cluster's earlier steps...
    expect(startOf(rec, 'aksClusters[v1].networkContributor')).toBeGreaterThanOrEqual(endOf(rec, 'aksClusters[v1]'));
    expect(startOf(rec, 'kubernetesClusters[v2]')).toBeGreaterThanOrEqual(
      endOf(rec, 'kubernetesClusters[v2].extension'),
    );
    // ...but the v2 cluster does not wait for the v1 cluster's 10 s compute: it is done before that ends.
    expect(startOf(rec, 'aksClusters[v1]')).toBe(startOf(rec, 'kubernetesClusters[v2].managedCluster'));
    expect(endOf(rec, 'kubernetesClusters[v2]')).toBeLessThan(endOf(rec, 'aksClusters[v1]'));
  });

  test('explicit dependsOn within one step is honoured', async () => {
    const clock = new FakeClock();
    const rec = recorder(clock);
    const p = plan([change('b', 'security-rule', ['a']), change('a', 'security-rule')]);
    await executePlan(p, opts(rec, clock));
    expect(startOf(rec, 'b')).toBeGreaterThanOrEqual(endOf(rec, 'a'));
  });

  test('no-op changes are never run and are listed as unchanged', async () => {
    const clock = new FakeClock();
    const rec = recorder(clock);
    const p = plan([change('subnet', 'subnet', [], 'no-op'), change('compute', 'compute', ['subnet'])]);
    const result = await executePlan(p, opts(rec, clock));
    expect(result.status).toBe('applied');
    expect(rec.calls.has('subnet')).toBe(false);
    expect(result.unchanged).toEqual(['subnet']);
    expect(result.outcomes.map((o) => o.address)).toEqual(['compute']);
  });

  test('an all no-op plan writes nothing', async () => {
    const clock = new FakeClock();
    const rec = recorder(clock);
    const result = await executePlan(plan([change('s', 'subnet', [], 'no-op')]), opts(rec, clock));
    expect(result.status).toBe('nothing-to-do');
    expect(rec.calls.size).toBe(0);
    expect(result.writes).toBe(0);
  });
});

describe('parallelism', () => {
  const tenComputes = (): Change[] => Array.from({ length: 10 }, (_, i) => change(`c${i}`, 'compute'));

  test.each([1, 2, 4, 10])('at most %i changes hold a slot at once', async (concurrency) => {
    const clock = new FakeClock();
    const rec = recorder(clock);
    const result = await executePlan(plan(tenComputes()), opts(rec, clock, { concurrency }));
    expect(result.status).toBe('applied');
    expect(rec.maxActive).toBe(Math.min(concurrency, 10));
    // 10 x 100 ms of slot-holding work in batches of `concurrency`.
    expect(result.finishedAt - result.startedAt).toBe(Math.ceil(10 / concurrency) * 100);
  });

  test('LRO waits do not hold a slot: ten 3 s creations finish near the critical path with 4 slots', async () => {
    const clock = new FakeClock();
    const rec = recorder(clock, async (_c, ctx) => {
      ctx.countWrite();
      await clock.sleep(10, ctx.signal); // the initial PUT
      await ctx.whileWaiting(() => clock.sleep(3000, ctx.signal)); // polling the LRO
    });
    const result = await executePlan(plan(tenComputes()), opts(rec, clock, { concurrency: 4 }));
    expect(rec.maxActive).toBeLessThanOrEqual(4);
    expect(rec.maxInProgress).toBe(10);
    // 3 rounds of 10 ms PUTs, then the 3 s waits overlap; the final re-acquire may queue behind others.
    expect(result.finishedAt - result.startedAt).toBeLessThan(3100);
  });

  test("an applier's ctx.sleep waits on the executor's clock and gives its slot back", async () => {
    const clock = new FakeClock();
    const rec = recorder(clock, async (_c, ctx) => {
      ctx.countWrite();
      await clock.sleep(10, ctx.signal); // the PUT
      await ctx.sleep(3000); // waiting for a provisioning state (azure/apply/common.ts)
    });
    const result = await executePlan(plan(tenComputes()), opts(rec, clock, { concurrency: 4 }));
    expect(result.status).toBe('applied');
    expect(clock.sleeps.filter((ms) => ms === 3000)).toHaveLength(10);
    // Virtual time: the ten 3 s waits overlap because none holds a slot.
    expect(result.finishedAt - result.startedAt).toBeLessThan(3100);
  });

  test('maxInFlight bounds changes in progress, waits included', async () => {
    const clock = new FakeClock();
    const rec = recorder(clock, async (_c, ctx) => {
      await ctx.whileWaiting(() => clock.sleep(3000, ctx.signal));
    });
    const result = await executePlan(plan(tenComputes()), opts(rec, clock, { concurrency: 2, maxInFlight: 5 }));
    expect(result.status).toBe('applied');
    expect(rec.maxInProgress).toBe(5);
    expect(result.finishedAt - result.startedAt).toBe(6000);
  });
});

describe('retries', () => {
  test.each([
    ['429 throttling', () => azureError(429, 'TooManyRequests')],
    ['503', () => azureError(503, 'ServiceUnavailable')],
    ['500', () => azureError(500, 'InternalServerError')],
    ['dropped connection', () => droppedConnection()],
  ])('%s is retried with backoff until it succeeds', async (_name, make) => {
    const clock = new FakeClock();
    const rec = recorder(clock, async (_c, _ctx, attempt) => {
      if (attempt <= 2) throw make();
    });
    const result = await executePlan(plan([change('s', 'subnet')]), opts(rec, clock));
    expect(result.status).toBe('applied');
    expect(result.outcomes[0].attempts).toBe(3);
    // Full jitter with random 0.5: 0.5 * 1000, then 0.5 * 2000 (the deadline timer is the first sleep).
    expect(clock.sleeps.slice(1)).toEqual([500, 1000]);
  });

  test('Retry-After is honoured as a minimum wait (seconds and HTTP-date)', async () => {
    const clock = new FakeClock();
    const rec = recorder(clock, async (_c, _ctx, attempt) => {
      if (attempt === 1) throw azureError(429, 'TooManyRequests', { 'retry-after': '7' });
      if (attempt === 2)
        throw azureError(429, 'TooManyRequests', { 'retry-after': new Date(clock.now() + 12_000).toUTCString() });
    });
    const result = await executePlan(plan([change('s', 'subnet')]), opts(rec, clock));
    expect(result.status).toBe('applied');
    expect(clock.sleeps[1]).toBe(7000);
    // HTTP dates have a 1 s resolution.
    expect(clock.sleeps[2]).toBeGreaterThanOrEqual(11_000);
    expect(clock.sleeps[2]).toBeLessThanOrEqual(12_000);
  });

  test.each([
    [400, 'InvalidParameter'],
    [403, 'AuthorizationFailed'],
    [404, 'ResourceNotFound'],
    [409, 'Conflict'],
    [501, 'NotImplemented'],
  ])('%i %s is not retried and keeps code, message and correlation id', async (status, code) => {
    const clock = new FakeClock();
    const rec = recorder(clock, async () => {
      throw azureError(status, code);
    });
    const result = await executePlan(plan([change('s', 'subnet')]), opts(rec, clock));
    expect(result.status).toBe('failed');
    expect(result.outcomes[0]).toMatchObject({
      status: 'failed',
      attempts: 1,
      error: { code, status, message: `${code} happened`, correlationId: 'corr-1234', requestId: 'req-5678' },
    });
  });

  test('gives up after maxAttempts', async () => {
    const clock = new FakeClock();
    const rec = recorder(clock, async () => {
      throw azureError(503, 'ServiceUnavailable');
    });
    const result = await executePlan(
      plan([change('s', 'subnet')]),
      opts(rec, clock, { backoff: { maxAttempts: 3, random: () => 0 } }),
    );
    expect(result.outcomes[0].attempts).toBe(3);
    expect(result.outcomes[0].error?.code).toBe('ServiceUnavailable');
    expect(result.outcomes[0].error?.message).toMatch(/gave up after 3 attempts/);
  });

  test.each([
    [409, 'AnotherOperationInProgress'],
    [429, 'RetryableErrorDueToAnotherOperation'],
  ])('%i %s is waited out past maxAttempts, re-running the whole attempt', async (status, code) => {
    const clock = new FakeClock();
    const rec = recorder(clock, async (_c, _ctx, attempt) => {
      if (attempt < 6) throw azureError(status, code);
    });
    const result = await executePlan(
      plan([change('s', 'subnet')]),
      opts(rec, clock, { backoff: { maxAttempts: 3, random: () => 0.5 } }),
    );
    expect(result.status).toBe('applied');
    expect(result.outcomes[0]).toMatchObject({ status: 'done', attempts: 6 });
    expect(rec.calls.get('s')).toBe(6);
  });

  test('another operation in progress that outlasts the deadline fails with DeadlineExceeded', async () => {
    const clock = new FakeClock();
    const rec = recorder(clock, async () => {
      throw azureError(409, 'AnotherOperationInProgress');
    });
    const result = await executePlan(
      plan([change('s', 'subnet')]),
      opts(rec, clock, { deadlineMs: 30_000, backoff: { maxAttempts: 2, random: () => 0.5 } }),
    );
    expect(result.status).toBe('failed');
    expect(result.outcomes[0].error?.code).toBe('DeadlineExceeded');
    expect(result.outcomes[0].error?.message).toMatch(/AnotherOperationInProgress/);
    expect(result.outcomes[0].attempts).toBeGreaterThan(2);
  });

  test('the backoff ceiling doubles up to maxDelayMs', async () => {
    const clock = new FakeClock();
    const rec = recorder(clock, async (_c, _ctx, attempt) => {
      if (attempt < 6) throw azureError(503, 'ServiceUnavailable');
    });
    await executePlan(
      plan([change('s', 'subnet')]),
      opts(rec, clock, { backoff: { random: () => 0.999999, baseDelayMs: 100, maxDelayMs: 500 } }),
    );
    expect(clock.sleeps.slice(1)).toEqual([99, 199, 399, 499, 499]);
  });
});

describe('deadline', () => {
  test('a retry that would end past the deadline fails with DeadlineExceeded and the last error', async () => {
    const clock = new FakeClock();
    const rec = recorder(clock, async () => {
      throw azureError(429, 'TooManyRequests', { 'retry-after': '30' });
    });
    const p = plan([change('s', 'subnet'), change('c', 'compute', ['s'])]);
    const result = await executePlan(p, opts(rec, clock, { deadlineMs: 20_000 }));
    expect(result.status).toBe('failed');
    const [s, c] = result.outcomes;
    expect(s.error?.code).toBe('DeadlineExceeded');
    expect(s.error?.message).toMatch(/TooManyRequests/);
    expect(s.error?.correlationId).toBe('corr-1234');
    expect(c).toMatchObject({ status: 'skipped', skippedBecause: ['s'] });
    expect(rec.calls.get('c')).toBeUndefined();
  });

  test('the deadline aborts work in flight through ctx.signal', async () => {
    const clock = new FakeClock();
    const rec = recorder(clock, async (_c, ctx) => {
      await ctx.whileWaiting(() => clock.sleep(10_000, ctx.signal));
    });
    const result = await executePlan(plan([change('s', 'subnet')]), opts(rec, clock, { deadlineMs: 1000 }));
    expect(result.outcomes[0].error?.code).toBe('DeadlineExceeded');
    expect(result.finishedAt).toBe(1000);
  });

  test('changes not started when the deadline passes are skipped with reason "deadline"', async () => {
    const clock = new FakeClock();
    const rec = recorder(clock, async (_c, ctx) => {
      await clock.sleep(600, ctx.signal);
    });
    const p = plan([change('s', 'subnet'), change('c', 'compute')]);
    const result = await executePlan(p, opts(rec, clock, { deadlineMs: 1000 }));
    expect(result.outcomes.find((o) => o.address === 'c')).toMatchObject({ status: 'failed' });
    const p2 = plan([change('s', 'subnet'), change('c', 'compute')]);
    const clock2 = new FakeClock();
    const rec2 = recorder(clock2, async (_c, ctx) => {
      await clock2.sleep(1500, ctx.signal);
    });
    const r2 = await executePlan(p2, opts(rec2, clock2, { deadlineMs: 1000 }));
    expect(r2.outcomes.find((o) => o.address === 'c')).toMatchObject({
      status: 'skipped',
      skippedBecause: ['deadline'],
    });
  });
});

describe('failures', () => {
  test('a failed dependency skips its dependants (transitively); independent changes still run', async () => {
    const clock = new FakeClock();
    const rec = recorder(clock, async (c) => {
      if (c.address === 'subnet-a') throw azureError(400, 'InvalidSubnet');
    });
    const p = plan([
      change('subnet-a', 'subnet'),
      change('subnet-b', 'subnet'),
      change('rule', 'security-rule'),
      change('cluster-a', 'compute', ['subnet-a']),
      change('cluster-b', 'compute', ['subnet-b']),
      change('role-a', 'role', ['cluster-a']),
      change('lb-a', 'load-balancer', ['role-a']),
      change('role-b', 'role', ['cluster-b']),
    ]);
    const result = await executePlan(p, opts(rec, clock));
    const by = new Map(result.outcomes.map((o) => [o.address, o]));
    expect(by.get('subnet-a')?.status).toBe('failed');
    expect(by.get('cluster-a')).toMatchObject({ status: 'skipped', skippedBecause: ['subnet-a'] });
    expect(by.get('role-a')).toMatchObject({ status: 'skipped', skippedBecause: ['cluster-a'] });
    expect(by.get('lb-a')).toMatchObject({ status: 'skipped', skippedBecause: ['role-a'] });
    for (const a of ['subnet-b', 'rule', 'cluster-b', 'role-b']) expect(by.get(a)?.status).toBe('done');
    expect(result.status).toBe('failed');
    expect(rec.calls.has('cluster-a')).toBe(false);
  });

  test('outputs of a done change are visible to its dependants (KNOWN_AFTER_APPLY resolution)', async () => {
    const clock = new FakeClock();
    const seen: unknown[] = [];
    const appliers: ApplierRegistry = {
      compute: { apply: async () => ({ outputs: { principalId: 'p-123' } }) },
      role: {
        apply: async (_c, ctx) => {
          seen.push(ctx.outputsOf('cluster')?.principalId);
          return {};
        },
      },
    };
    const p = plan([change('cluster', 'compute'), change('role', 'role', ['cluster'])]);
    const result = await executePlan(p, { appliers, clock });
    expect(result.status).toBe('applied');
    expect(seen).toEqual(['p-123']);
  });
});

describe('refusal before any write', () => {
  const refusals: Array<[string, () => ReturnType<typeof plan>, RegExp]> = [
    ['refused plan', () => plan([change('s', 'subnet')], { refused: true }), /plan is refused/],
    ['refuse change', () => plan([change('s', 'subnet'), change('x', 'compute', [], 'refuse')]), /x: refused/],
    [
      'error finding',
      () =>
        plan([change('s', 'subnet')], {
          findings: [
            { ruleId: 'AKS-X', severity: 'error', message: 'bad', path: 'aksClusters[0]', line: 1, column: 1 },
          ],
        }),
      /error finding AKS-X/,
    ],
    ['unknown dependency', () => plan([change('s', 'subnet', ['nope'])]), /depends on 'nope'/],
    ['cycle', () => plan([change('a', 'subnet', ['b']), change('b', 'subnet', ['a'])]), /dependency cycle/],
    [
      'backwards step dependency',
      () => plan([change('s', 'subnet', ['c']), change('c', 'compute')]),
      /dependency cycle/,
    ],
    ['duplicate address', () => plan([change('s', 'subnet'), change('s', 'compute')]), /share this address/],
  ];
  test.each(refusals)('%s: nothing runs', async (_name, make, reason) => {
    const clock = new FakeClock();
    const rec = recorder(clock);
    const result = await executePlan(make(), opts(rec, clock));
    expect(result.status).toBe('refused');
    expect(result.refusal?.join('\n')).toMatch(reason);
    expect(rec.calls.size).toBe(0);
    expect(result.writes).toBe(0);
  });

  test('a step without an applier refuses the whole plan', async () => {
    const clock = new FakeClock();
    const calls: string[] = [];
    const appliers: Partial<Record<Step, Applier>> = {
      subnet: { apply: async (c) => (calls.push(c.address), {}) },
    };
    const result = await executePlan(plan([change('s', 'subnet'), change('c', 'compute')]), { appliers, clock });
    expect(result.status).toBe('refused');
    expect(result.refusal).toEqual(["c: no applier for step 'compute'"]);
    expect(calls).toEqual([]);
  });

  test('warnings do not refuse', async () => {
    const clock = new FakeClock();
    const rec = recorder(clock);
    const p = plan([change('s', 'subnet')], {
      findings: [{ ruleId: 'W', severity: 'warning', message: 'meh', path: '', line: 1, column: 1 }],
    });
    expect((await executePlan(p, opts(rec, clock))).status).toBe('applied');
  });
});
