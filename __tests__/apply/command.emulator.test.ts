// `amlnet apply` end to end against the emulator: usage errors (exit 2), a stale --plan-hash refused
// before any write (exit 1, both hashes and the fresh plan shown), a full apply (exit 0, the planHash
// printed), a second apply that writes nothing, and no token ever printed.
import { runApply } from '../../src/commands/apply.js';
import { armWrites, clearRequestLog, loadSpecAsync, planFor, startWorld, type TestWorld } from './world.js';
import { fakeTerminal } from './fake-terminal.js';

const SPEC = 'examples/aks-internal-lb.yml';

interface Captured {
  stdout: string;
  stderr: string;
}

async function amlnet(world: TestWorld | undefined, argv: string[]): Promise<{ code: number } & Captured> {
  const out: Captured = { stdout: '', stderr: '' };
  const env: Record<string, string | undefined> = world
    ? {
        ACTIONS_ID_TOKEN_REQUEST_URL: world.emu.info.oidcRequestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: world.emu.info.oidcRequestToken,
        AZURE_TENANT_ID: world.emu.info.tenantId,
        AZURE_CLIENT_ID: world.emu.info.clientId,
      }
    : {};
  const azure = world
    ? [
        '--arm-endpoint',
        world.emu.info.armEndpoint,
        '--authority-host',
        world.emu.info.authorityHost,
        '--poll-interval-ms',
        '5',
      ]
    : [];
  const code = await runApply(
    [...argv, ...azure],
    { stdout: (t) => void (out.stdout += t), stderr: (t) => void (out.stderr += t) },
    env,
    // Not a terminal (a script): no question, whatever the terminal jest runs in.
    fakeTerminal({ tty: false }),
  );
  return { code, ...out };
}

test.each([
  [['--plan-hash', 'nothex'], /--plan-hash must be the 64 hex digits/],
  [['--concurrency', '0'], /--concurrency must be an integer from 1 to 64/],
  [['--bogus'], /Unknown option '--bogus'/],
  [['a.yml', 'b.yml'], /at most one spec file/],
  [['--format', 'xml'], /--format must be text or json, got 'xml'/],
  [['--interrupt-grace-seconds', 'soon'], /--interrupt-grace-seconds must be an integer from 0 to 3600/],
  [['--heartbeat-seconds', '0'], /--heartbeat-seconds must be an integer from 1 to 3600/],
  [['--auto-approve=yes'], /--auto-approve/],
])('usage error %j exits 2', async (argv, message) => {
  const r = await amlnet(undefined, argv);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).toMatch(/usage: amlnet apply/);
});

describe('against the emulator', () => {
  let world: TestWorld;
  beforeAll(async () => {
    world = await startWorld(await loadSpecAsync(SPEC));
  });
  afterAll(async () => {
    await world?.close();
  });

  test('a stale --plan-hash is refused before any write, a matching one applies, a re-run writes nothing', async () => {
    const { plan } = await planFor(world, SPEC);
    const stale = 'f'.repeat(64);
    await clearRequestLog(world);
    const refused = await amlnet(world, ['--spec', SPEC, '--plan-hash', stale]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`expected plan-hash: ${stale}`);
    expect(refused.stderr).toContain(`fresh plan-hash:    ${plan.planHash}`);
    expect(refused.stdout).toMatch(/aksClusters\[ilb-aks\]/);
    expect(await armWrites(world)).toEqual([]);

    const applied = await amlnet(world, ['--spec', SPEC, '--plan-hash', plan.planHash]);
    expect(applied.stderr).not.toMatch(/Azure error/);
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain(`planHash: ${plan.planHash}`);
    expect(applied.stdout).toMatch(/^done\s+create\s+aksClusters\[ilb-aks\]\.networkContributor/m);
    expect(applied.stdout).toMatch(/Apply complete\./);

    await clearRequestLog(world);
    const again = await amlnet(world, [SPEC]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/No changes\./);
    expect(await armWrites(world)).toEqual([]);

    // Never a token: no JWT-looking string in anything printed.
    for (const text of [refused.stdout, refused.stderr, applied.stdout, applied.stderr, again.stdout, again.stderr]) {
      expect(text).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/);
      expect(text).not.toContain(world.emu.info.oidcRequestToken);
    }
  });
});
