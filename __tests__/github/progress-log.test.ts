// The action's log of an apply (src/github/progress-log.ts): heartbeats as single lines while changes run, and
// each change's whole log as one group written when it finishes, so parallel changes never interleave inside one.
import { executePlan } from '../../src/apply/executor.js';
import type { Applier, ApplierRegistry } from '../../src/apply/types.js';
import { STEP_ORDER } from '../../src/plan/model.js';
import { groupedProgress, type ActionsLog } from '../../src/github/progress-log.js';
import { FakeClock } from '../apply/fake-clock.js';
import { change, plan } from '../apply/helpers.js';

function recordingLog(): ActionsLog & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => void lines.push(m),
    startGroup: (n) => void lines.push(`::group::${n}`),
    endGroup: () => void lines.push('::endgroup::'),
  };
}

test('two parallel changes: live heartbeats, then one uninterrupted group per change, in the order they finish', async () => {
  const clock = new FakeClock();
  const log = recordingLog();
  const applier: Applier = {
    async apply(c, ctx) {
      ctx.countWrite();
      ctx.log('PUT sent');
      ctx.reportStatus?.('InProgress');
      await ctx.sleep(c.address === 'a' ? 25_000 : 12_000);
      return { detail: `made ${c.address}` };
    },
  };
  const appliers: ApplierRegistry = {};
  for (const step of STEP_ORDER) appliers[step] = applier;
  await executePlan(plan([change('a', 'compute'), change('b', 'compute')]), {
    appliers,
    clock,
    progress: groupedProgress(log),
  });
  expect(log.lines).toEqual([
    'a: creating...',
    'b: creating...',
    'a: still creating... [10s elapsed, Azure: InProgress]',
    'b: still creating... [10s elapsed, Azure: InProgress]',
    '::group::b: Creation complete after 12s',
    'b: creating...',
    'b: PUT sent',
    'b: still creating... [10s elapsed, Azure: InProgress]',
    'b: done, create, 1 attempt(s), 1 write(s), 12.0 s',
    'b: made b',
    '::endgroup::',
    'a: still creating... [20s elapsed, Azure: InProgress]',
    '::group::a: Creation complete after 25s',
    'a: creating...',
    'a: PUT sent',
    'a: still creating... [10s elapsed, Azure: InProgress]',
    'a: still creating... [20s elapsed, Azure: InProgress]',
    'a: done, create, 1 attempt(s), 1 write(s), 25.0 s',
    'a: made a',
    '::endgroup::',
  ]);
});

test('a failure and a skip get their group with the error, the advice and the reason', async () => {
  const clock = new FakeClock();
  const log = recordingLog();
  const applier: Applier = {
    apply() {
      throw Object.assign(new Error('denied'), { code: 'AuthorizationFailed', statusCode: 403 });
    },
  };
  const appliers: ApplierRegistry = {};
  for (const step of STEP_ORDER) appliers[step] = applier;
  await executePlan(plan([change('s', 'subnet'), change('c', 'compute', ['s'])]), {
    appliers,
    clock,
    progress: groupedProgress(log),
  });
  const text = log.lines.join('\n');
  expect(text).toMatch(/::group::s: FAILED after 0s \(AuthorizationFailed\)\n/);
  expect(text).toMatch(/s: AuthorizationFailed: denied/);
  expect(text).toMatch(
    /::group::c: not started \(s\)\nc: skipped, create, 0 attempt\(s\), 0 write\(s\)\nc: not started: s\n::endgroup::/,
  );
});
