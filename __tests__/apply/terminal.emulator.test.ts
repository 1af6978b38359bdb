// `amlnet apply` on a terminal, in scripts and in CI, against the emulator: on a TTY it shows the plan and asks
// (only `yes` applies), --auto-approve, CI=true, a non-TTY stdin and a matching --plan-hash do not ask; progress lines go to stderr, in
// colour only on a TTY (NO_COLOR, FORCE_COLOR); --format json gives each change's durationMs; a signal received while
// applying stops new changes and reports (the real process: interrupt.e2e.test.ts).
import { rmSync } from 'node:fs';
import { runApply } from '../../src/commands/apply.js';
import { runPlan } from '../../src/commands/plan.js';
import { applyFor, armWrites, clearRequestLog, loadSpecAsync, planFor, startWorld, type TestWorld } from './world.js';
import { fakeTerminal, type FakeTerminal } from './fake-terminal.js';

const SPEC = 'examples/aks-internal-lb.yml';
const ESC = '\u001b[';

async function amlnet(
  world: TestWorld,
  argv: string[],
  terminal: FakeTerminal,
  extraEnv: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = { stdout: '', stderr: '' };
  const env = {
    ACTIONS_ID_TOKEN_REQUEST_URL: world.emu.info.oidcRequestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: world.emu.info.oidcRequestToken,
    AZURE_TENANT_ID: world.emu.info.tenantId,
    AZURE_CLIENT_ID: world.emu.info.clientId,
    ...extraEnv,
  };
  const azure = ['--arm-endpoint', world.emu.info.armEndpoint, '--authority-host', world.emu.info.authorityHost];
  const code = await runApply(
    [...argv, ...azure, '--poll-interval-ms', '5'],
    { stdout: (t) => void (out.stdout += t), stderr: (t) => void (out.stderr += t) },
    env,
    terminal,
  );
  return { code, ...out };
}

/** `amlnet plan --detailed-exitcode`: 0 nothing to change, 2 changes pending. */
async function detailedPlan(world: TestWorld): Promise<number> {
  return runPlan(
    [
      SPEC,
      '--detailed-exitcode',
      '--arm-endpoint',
      world.emu.info.armEndpoint,
      '--authority-host',
      world.emu.info.authorityHost,
    ],
    { stdout: () => undefined, stderr: () => undefined },
    {
      ACTIONS_ID_TOKEN_REQUEST_URL: world.emu.info.oidcRequestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: world.emu.info.oidcRequestToken,
      AZURE_TENANT_ID: world.emu.info.tenantId,
      AZURE_CLIENT_ID: world.emu.info.clientId,
    },
  );
}

describe('the confirmation question', () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await startWorld(await loadSpecAsync(SPEC));
  });
  afterEach(async () => {
    await world?.close();
  });

  test.each(['no', '', 'y', 'YES '])(
    'on a TTY the plan is shown and %j cancels: exit 1, nothing written',
    async (answer) => {
      await clearRequestLog(world);
      const r = await amlnet(world, [SPEC], fakeTerminal({ tty: true, answer }));
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/aksClusters\[ilb-aks\]/);
      expect(r.stdout).toContain("Only 'yes' will be accepted to approve.");
      expect(r.stdout).toContain('Enter a value:');
      expect(r.stderr).toContain('Apply cancelled: nothing was written.');
      expect(await armWrites(world)).toEqual([]);
    },
  );

  test('stdin closed before an answer cancels too', async () => {
    const r = await amlnet(world, [SPEC], fakeTerminal({ tty: true }));
    expect(r.code).toBe(1);
    expect(await armWrites(world)).toEqual([]);
  });

  test("'yes' applies, with progress lines on stderr, coloured on a TTY", async () => {
    expect(await detailedPlan(world)).toBe(2);
    const r = await amlnet(world, [SPEC], fakeTerminal({ tty: true, answer: 'yes' }));
    expect(await detailedPlan(world)).toBe(0);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Enter a value:');
    expect(r.stdout).toMatch(/Apply complete\./);
    expect(r.stderr).toContain(`${ESC}1maksClusters[ilb-aks]: creating...${ESC}22m`);
    expect(r.stderr).toMatch(/aksClusters\[ilb-aks\]: Creation complete after \d+s/);
    expect(r.stdout).toMatch(/^done\s+create\s+aksClusters\[ilb-aks\] \(\d+\.\d s\)/m);
  });

  test('a reviewed plan (--plan-hash of the fresh plan) is not asked again on a TTY, as terraform apply PLANFILE', async () => {
    const { plan } = await planFor(world, SPEC);
    expect(plan.hasChanges).toBe(true);
    const r = await amlnet(world, [SPEC, '--plan-hash', plan.planHash], fakeTerminal({ tty: true }));
    expect(r.stdout).not.toContain('Enter a value:');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Apply complete\./);
    expect(await detailedPlan(world)).toBe(0);
  });

  test('a --plan-hash that does not match is refused before any question, nothing written', async () => {
    await clearRequestLog(world);
    const r = await amlnet(world, [SPEC, '--plan-hash', 'f'.repeat(64)], fakeTerminal({ tty: true, answer: 'yes' }));
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('Enter a value:');
    expect(r.stderr).toContain('the plan changed since it was reviewed');
    expect(await armWrites(world)).toEqual([]);
  });

  test.each<[string, string[], Record<string, string>]>([
    ['--auto-approve', ['--auto-approve'], {}],
    ['CI=true', [], { CI: 'true' }],
  ])('%s on a TTY applies without asking', async (_name, flags, env) => {
    const r = await amlnet(world, [SPEC, ...flags], fakeTerminal({ tty: true }), env);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('Enter a value:');
    expect(r.stdout).toMatch(/Apply complete\./);
  });

  test('a non-TTY stdin does not ask; no colour there, NO_COLOR beats a TTY, FORCE_COLOR colours a pipe', async () => {
    const piped = await amlnet(world, [SPEC], fakeTerminal({ tty: false }));
    expect(piped.code).toBe(0);
    expect(piped.stdout).not.toContain('Enter a value:');
    expect(piped.stderr).toContain('aksClusters[ilb-aks]: creating...');
    expect(piped.stderr).not.toContain(ESC);

    const forced = await amlnet(world, [SPEC], fakeTerminal({ tty: false }), { FORCE_COLOR: '1' });
    // Nothing left to do: no change ran, so no progress line; the question is not asked either.
    expect(forced.stdout).toMatch(/No changes\./);
    expect(forced.stdout).not.toContain('Enter a value:');

    const noColour = await amlnet(world, [SPEC, '--auto-approve'], fakeTerminal({ tty: true }), { NO_COLOR: '1' });
    expect(noColour.code).toBe(0);
    expect(noColour.stdout + noColour.stderr).not.toContain(ESC);
  });

  test('--format json: the result with durationMs per change; progress on stderr; stdout is only the JSON', async () => {
    const r = await amlnet(world, [SPEC, '--format', 'json'], fakeTerminal({ tty: false }));
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as {
      status: string;
      durationMs: number;
      outcomes: Array<{ address: string; status: string; durationMs: number | null }>;
    };
    expect(json.status).toBe('applied');
    expect(json.outcomes.length).toBeGreaterThan(3);
    for (const o of json.outcomes) {
      expect(o.status).toBe('done');
      expect(typeof o.durationMs).toBe('number');
      expect(o.durationMs).toBeLessThanOrEqual(json.durationMs);
    }
    expect(r.stderr).toMatch(/Creation complete after/);
  });

  test('FORCE_COLOR colours progress on a pipe', async () => {
    const r = await amlnet(world, [SPEC], fakeTerminal({ tty: false }), { FORCE_COLOR: '1' });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`${ESC}32m`);
  });
});

describe('a signal while applying (in process; the real process is interrupt.e2e.test.ts)', () => {
  test('SIGTERM: no new change starts, the running one is waited for, the report names the resume command, 143', async () => {
    const world = await startWorld(await loadSpecAsync(SPEC), {
      lroMs: { 'Microsoft.MachineLearningServices/workspaces/computes': 400 },
    });
    try {
      const terminal = fakeTerminal({ tty: false });
      // Fire when the compute is being created (its progress line), i.e. while the apply listens.
      const out = { stdout: '', stderr: '' };
      const env = {
        ACTIONS_ID_TOKEN_REQUEST_URL: world.emu.info.oidcRequestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: world.emu.info.oidcRequestToken,
        AZURE_TENANT_ID: world.emu.info.tenantId,
        AZURE_CLIENT_ID: world.emu.info.clientId,
      };
      const argv = [
        SPEC,
        '--arm-endpoint',
        world.emu.info.armEndpoint,
        '--authority-host',
        world.emu.info.authorityHost,
        '--poll-interval-ms',
        '5',
      ];
      const code = await runApply(
        argv,
        {
          stdout: (t) => void (out.stdout += t),
          stderr: (t) => {
            out.stderr += t;
            if (t.startsWith('aksClusters[ilb-aks]: creating...')) terminal.send('SIGTERM');
          },
        },
        env,
        terminal,
      );
      expect(code).toBe(143);
      expect(out.stderr).toContain('SIGTERM: no new change will start');
      expect(out.stderr).toMatch(/amlnet apply: interrupted \(SIGTERM\)/);
      expect(out.stderr).toMatch(/Not started \(\d+\):\n {2}- aksClusters\[ilb-aks\]\.networkContributor/);
      expect(out.stderr).toMatch(
        /To resume[^\n]*:\n {2}amlnet apply examples\/aks-internal-lb\.yml .*--plan-file amlnet-interrupted-[0-9a-f]{12}\.plan\.json --plan-hash [0-9a-f]{64}\n/,
      );
      // The compute finished within the grace period: done, and nothing after it started.
      expect(out.stdout).toMatch(/^done\s+create\s+aksClusters\[ilb-aks\] /m);
      expect(terminal.listening('SIGTERM')).toBe(0);
      const planFile = /--plan-file (amlnet-interrupted-[0-9a-f]{12}\.plan\.json)/.exec(out.stderr)?.[1];
      expect(planFile).toBeDefined();
      rmSync(planFile as string);
    } finally {
      await world.close();
    }
  });
});

describe('a stop during the post-apply verification', () => {
  test('ends its wait for a compute still Creating: the apply returns, marked interrupted, instead of waiting', async () => {
    const spec = await loadSpecAsync(SPEC);
    const world = await startWorld(spec, { lroMs: { 'Microsoft.MachineLearningServices/workspaces/computes': 5_000 } });
    try {
      const { plan } = await planFor(world, SPEC);
      // Leave the compute Creating in Azure: abandon the first apply once its create has been sent.
      const abandon = new AbortController();
      const first = await applyFor(world, spec, plan, {
        heartbeatMs: 1_000,
        abandon: abandon.signal,
        progress: {
          onStart: () => undefined,
          onFinish: () => undefined,
          onHeartbeat: (b) => {
            if (b.address === 'aksClusters[ilb-aks]') abandon.abort();
          },
        },
      });
      expect(first.outcomes.find((o) => o.address === 'aksClusters[ilb-aks]')?.error?.code).toBe('Interrupted');
      // Nothing to write now; the verification waits for the compute, until the stop.
      const stop = new AbortController();
      const idle = { ...plan, hasChanges: false, changes: [] };
      setTimeout(() => stop.abort(), 300);
      const second = await applyFor(world, spec, idle, { stop: stop.signal });
      expect(second.status).toBe('nothing-to-do');
      expect(second.interrupted).toBe(true);
      expect(second.notConverged).toBeUndefined();
    } finally {
      await world.close();
    }
  });
});
