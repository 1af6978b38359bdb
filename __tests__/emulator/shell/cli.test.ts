// `amlnet emulator`: the one ready line (emulator/README.md), usage errors, a bad state file, and a clean exit
// on SIGTERM when run as a real process.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import tls from 'node:tls';
import { runEmulator } from '../../../src/commands/emulator.js';

const READY_KEYS = [
  'armEndpoint',
  'authorityHost',
  'githubApiUrl',
  'githubToken',
  'oidcRequestUrl',
  'oidcRequestToken',
  'caCertPath',
  'tenantId',
  'clientId',
  'subscriptionId',
];

function io(): {
  out: string[];
  err: string[];
  stop: () => void;
  io: Parameters<typeof runEmulator>[1];
  ready: Promise<void>;
} {
  const out: string[] = [];
  const err: string[] = [];
  let stop = (): void => undefined;
  let ready = (): void => undefined;
  const readyP = new Promise<void>((r) => (ready = r));
  return {
    out,
    err,
    stop: () => stop(),
    ready: readyP,
    io: {
      stdout: (t) => {
        out.push(t);
        ready();
      },
      stderr: (t) => err.push(t),
      stopSignal: () => new Promise<void>((r) => (stop = r)),
    },
  };
}

test('prints exactly one line of JSON with every contract key, serves, and stops with exit code 0', async () => {
  const h = io();
  const done = runEmulator(['--port', '0'], h.io);
  await h.ready;
  expect(h.out).toHaveLength(1);
  expect(h.out[0].endsWith('\n')).toBe(true);
  expect(h.out[0].trim().split('\n')).toHaveLength(1);
  const info = JSON.parse(h.out[0]) as Record<string, string>;
  expect(Object.keys(info).sort()).toEqual([...READY_KEYS].sort());
  expect(info.armEndpoint).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
  expect(info.authorityHost).toBe(info.armEndpoint);
  expect(info.githubApiUrl).toBe(`${info.armEndpoint}/github`);
  expect(info.oidcRequestUrl).toMatch(new RegExp(`^${info.armEndpoint}/.+\\?api-version=2\\.0$`));
  expect(existsSync(info.caCertPath)).toBe(true);

  tls.setDefaultCACertificates([...tls.getCACertificates('default'), readFileSync(info.caCertPath, 'utf8')]);
  const state = await fetch(`${info.armEndpoint}/_emulator/state`);
  expect(state.status).toBe(200);
  const body = JSON.stringify(await state.json());
  // Introspection never returns a secret.
  expect(body).not.toContain(info.githubToken);
  expect(body).not.toContain(info.oidcRequestToken);

  h.stop();
  await expect(done).resolves.toBe(0);
  expect(h.out).toHaveLength(1);
  expect(h.err).toEqual([]);
  // The temporary data dir is removed, and the port no longer answers.
  expect(existsSync(info.caCertPath)).toBe(false);
  await expect(fetch(`${info.armEndpoint}/_emulator/state`)).rejects.toThrow();
});

test.each([
  [['--port', 'abc'], '--port needs a port number'],
  [['--bogus'], "unknown option '--bogus'"],
  [['--state'], '--state needs a file path'],
])('%j is a usage error (exit 2, nothing on stdout)', async (argv, message) => {
  const h = io();
  await expect(runEmulator(argv, h.io)).resolves.toBe(2);
  expect(h.out).toEqual([]);
  expect(h.err.join('')).toContain(message);
  expect(h.err.join('')).toContain('usage: amlnet emulator');
});

test('--for SPEC seeds what the spec presupposes: its resource groups, the VNet (no subnets) and the workspace', async () => {
  const h = io();
  const done = runEmulator(['--port', '0', '--for', 'examples/aks-default.yml'], h.io);
  await h.ready;
  const info = JSON.parse(h.out[0]) as Record<string, string>;
  tls.setDefaultCACertificates([...tls.getCACertificates('default'), readFileSync(info.caCertPath, 'utf8')]);
  const state = (await (await fetch(`${info.armEndpoint}/_emulator/state`)).json()) as {
    resources: Array<{ id: string; type: string; properties?: { subnets?: unknown[]; addressSpace?: unknown } }>;
  };
  const byType = (t: string) => state.resources.filter((r) => r.type.toLowerCase() === t.toLowerCase());
  const vnets = byType('Microsoft.Network/virtualNetworks');
  expect(vnets.map((r) => r.id)).toEqual([
    '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/ml-rg/providers/Microsoft.Network/virtualNetworks/ml-vnet',
  ]);
  expect(vnets[0].properties?.subnets).toEqual([]);
  expect(byType('Microsoft.MachineLearningServices/workspaces').map((r) => r.id.split('/').pop())).toEqual(['ml-ws']);
  expect(byType('Microsoft.Resources/resourceGroups').map((r) => r.id.split('/').pop())).toContain('ml-rg');
  h.stop();
  await expect(done).resolves.toBe(0);
});

test('--for a spec with errors exits 2 naming the first error and its position', async () => {
  const h = io();
  const bad = `${process.cwd()}/__tests__/emulator/shell/bad-spec.tmp.yml`;
  const { writeFileSync, rmSync } = await import('node:fs');
  writeFileSync(bad, 'version: 1\nsubscriptionId: 00000000-0000-0000-0000-000000000000\nlocation: eastus2\n');
  try {
    await expect(runEmulator(['--for', bad], h.io)).resolves.toBe(2);
  } finally {
    rmSync(bad, { force: true });
  }
  expect(h.out).toEqual([]);
  expect(h.err.join('')).toMatch(/--for .*bad-spec\.tmp\.yml: the spec has errors .*:\d+:\d+: SPEC-REQUIRED/);
});

test('--help prints the usage and exits 0', async () => {
  const h = io();
  await expect(runEmulator(['--help'], h.io)).resolves.toBe(0);
  expect(h.out.join('')).toContain('--state FILE');
});

test('a bad state file exits 2 with the file, line and problem', async () => {
  const h = io();
  const file = new URL('./fixtures/bad-state.yml', import.meta.url).pathname;
  await expect(runEmulator(['--state', file], h.io)).resolves.toBe(2);
  expect(h.out).toEqual([]);
  expect(h.err.join('')).toContain(`${file}:4:19: state github.tokens[0].permission: expected one of "write", "read"`);
});

test('as a real process: one ready line on stdout, exit code 0 on SIGTERM', async () => {
  const root = new URL('../../../', import.meta.url).pathname;
  const child = spawn(
    process.execPath,
    [
      '--no-warnings',
      '--experimental-transform-types',
      '--import',
      './scripts/ts-hooks.mjs',
      'src/bin.ts',
      'emulator',
      '--port',
      '0',
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_OPTIONS: '' } },
  );
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (stdout.includes('\n')) resolve();
    });
    child.on('exit', () => reject(new Error(`exited before ready: ${stderr}`)));
  });
  const info = JSON.parse(stdout) as Record<string, string>;
  expect(Object.keys(info).sort()).toEqual([...READY_KEYS].sort());
  child.kill('SIGTERM');
  await expect(exited).resolves.toBe(0);
  expect(stdout.trim().split('\n')).toHaveLength(1);
  expect(stderr).toBe('');
});

test('a port in use is a clear error (exit 2)', async () => {
  const first = io();
  const running = runEmulator(['--port', '0'], first.io);
  await first.ready;
  const port = new URL((JSON.parse(first.out[0]) as { armEndpoint: string }).armEndpoint).port;
  const second = io();
  await expect(runEmulator(['--port', port], second.io)).resolves.toBe(2);
  expect(second.out).toEqual([]);
  expect(second.err.join('')).toContain('EADDRINUSE');
  first.stop();
  await expect(running).resolves.toBe(0);
});

test('--verbose logs each request on stderr, never on stdout', async () => {
  const h = io();
  const done = runEmulator(['--verbose'], h.io);
  await h.ready;
  const info = JSON.parse(h.out[0]) as { githubApiUrl: string; caCertPath: string };
  tls.setDefaultCACertificates([...tls.getCACertificates('default'), readFileSync(info.caCertPath, 'utf8')]);
  expect((await fetch(`${info.githubApiUrl}/user`)).status).toBe(401);
  h.stop();
  await expect(done).resolves.toBe(0);
  expect(h.out).toHaveLength(1);
  expect(h.err.join('')).toMatch(/GET \/github\/user 401 [\d.]+ms/);
});
