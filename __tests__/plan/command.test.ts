// `amlnet plan` end to end against the emulator: argument parsing, GitHub OIDC login from the job's
// environment variables, formats, --out, exit codes, and login advice that never prints a token.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningEmulator } from '../../emulator/types.js';
import { runPlan } from '../../src/commands/plan.js';
import { prerequisites, specOf, startTrusted } from './emulator-support.js';
import { expectValidSarif } from '../render/sarif-schema.js';
import type { SarifLog } from '../../src/render/sarif.js';

const text = readFileSync(join(process.cwd(), 'examples', 'aks-default.yml'), 'utf8');
const spec = specOf(text);
const dir = mkdtempSync(join(tmpdir(), 'amlnet-plan-cmd-'));
const specFile = join(dir, 'amlnet.yml');
writeFileSync(specFile, text);

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startTrusted({
    subscriptions: [spec.subscriptionId],
    resources: prerequisites(spec),
    timings: { lroMs: { default: 0 } },
  });
});
afterAll(async () => emu.close());

async function cli(args: string[], envOver: Record<string, string | undefined> = {}) {
  let stdout = '';
  let stderr = '';
  const env = {
    ACTIONS_ID_TOKEN_REQUEST_URL: emu.info.oidcRequestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: emu.info.oidcRequestToken,
    AZURE_TENANT_ID: emu.info.tenantId,
    AZURE_CLIENT_ID: emu.info.clientId,
    ...envOver,
  };
  const code = await runPlan(
    [
      '--workspace',
      tmpdir(),
      '--arm-endpoint',
      emu.info.armEndpoint,
      '--authority-host',
      emu.info.authorityHost,
      ...args,
    ],
    { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) },
    env,
  );
  return { code, stdout, stderr };
}

async function armRequests(): Promise<{ service: string; method: string; path: string }[]> {
  const res = await fetch(`${emu.info.armEndpoint}/_emulator/requests`);
  return ((await res.json()) as { requests: { service: string; method: string; path: string }[] }).requests;
}

test('text plan: exit 0, Terraform-like lines and the hash', async () => {
  const r = await cli(['--spec', specFile]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/\+ create aksClusters\[myaks\]/);
  expect(r.stdout).toMatch(/^Plan: \d+ to create, \d+ to update, 0 unchanged, 0 refused\.$/m);
  expect(r.stdout).toMatch(/^plan-hash: [0-9a-f]{64}$/m);
});

test('json and markdown formats, and --out', async () => {
  const json = await cli(['--spec', specFile, '--format', 'json']);
  const plan = JSON.parse(json.stdout) as { planHash: string; hasChanges: boolean; changes: unknown[] };
  expect(plan.hasChanges).toBe(true);
  const markdown = await cli(['--spec', specFile, '--format', 'markdown', '--commit', 'abc123']);
  expect(markdown.stdout).toContain(`plan-hash: ${plan.planHash}`);
  expect(markdown.stdout).toContain('`abc123`');
  const out = join(dir, 'plan.json');
  const written = await cli(['--spec', specFile, '--format', 'json', '--out', out]);
  expect(written.stdout).toBe('');
  expect(written.stderr).toContain(plan.planHash);
  expect((JSON.parse(readFileSync(out, 'utf8')) as { planHash: string }).planHash).toBe(plan.planHash);
});

test('--subscription overrides the spec', async () => {
  const r = await cli(['--spec', specFile, '--subscription', '99999999-9999-4999-8999-999999999999']);
  // That subscription does not exist in the emulator: reads fail, and the VNet rule says why.
  expect(r.code).toBe(1);
  expect(r.stdout).toMatch(/LIVE-VNET-EXISTS/);
});

test('sarif format: live findings as SARIF results at the spec line the JSON plan gives', async () => {
  const other = ['--subscription', '99999999-9999-4999-8999-999999999999'];
  const json = await cli(['--spec', specFile, '--format', 'json', ...other]);
  const live = (JSON.parse(json.stdout) as { findings: { ruleId: string; line: number; column: number }[] }).findings;
  const sarif = await cli(['--spec', specFile, '--format', 'sarif', ...other]);
  expect(sarif.code).toBe(1);
  const log = JSON.parse(sarif.stdout) as SarifLog;
  expectValidSarif(log);
  const run = log.runs[0]!;
  const vnet = live.find((f) => f.ruleId === 'LIVE-VNET-EXISTS')!;
  const result = run.results.find((r) => r.ruleId === 'LIVE-VNET-EXISTS')!;
  expect(result.level).toBe('error');
  expect(result.locations[0]!.physicalLocation.region).toEqual({ startLine: vnet.line, startColumn: vnet.column });
  // The live rule's own title, not the fallback for an unknown id.
  expect(run.tool.driver.rules[result.ruleIndex]!.shortDescription.text).not.toBe('LIVE-VNET-EXISTS');
  expect(run.results.map((r) => r.ruleId)).toEqual(live.map((f) => f.ruleId));
});

test('usage errors exit 2', async () => {
  expect((await cli(['--format', 'yaml'])).code).toBe(2);
  expect((await cli(['--nope'])).code).toBe(2);
  expect((await cli(['a.yml', 'b.yml'])).code).toBe(2);
  expect((await cli(['--environment', 'Mars', '--spec', specFile])).code).toBe(2);
});

test('an invalid spec exits 1 with findings and makes no ARM call; an unreadable one exits 2', async () => {
  await fetch(`${emu.info.armEndpoint}/_emulator/requests`, { method: 'DELETE' });
  const bad = join(dir, 'bad.yml');
  writeFileSync(bad, text.replace('dnsServiceIp: 10.0.0.10', 'dnsServiceIp: 10.2.0.10'));
  const r = await cli(['--spec', bad]);
  expect(r.code).toBe(1);
  expect(r.stdout).toMatch(/AKS-DNS-IN-SERVICE-CIDR/);
  // Only the login may have started (the token exchange runs alongside validation and is aborted): no ARM call.
  const seen = await armRequests();
  expect(seen.filter((q) => q.service === 'arm')).toEqual([]);
  expect(seen.every((q) => q.service === 'oidc' || q.service === 'entra')).toBe(true);
  expect((await cli(['--spec', join(dir, 'missing.yml')])).code).toBe(2);
});

test('a login rejected by Entra gives advice and the token claims, never the token', async () => {
  await fetch(`${emu.info.armEndpoint}/_emulator/oidc`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ subject: 'repo:octo-org/octo-repo:ref:refs/heads/feature' }),
  });
  try {
    const r = await cli(['--spec', specFile]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/AADSTS700213/);
    expect(r.stderr).toContain('sub: repo:octo-org/octo-repo:ref:refs/heads/feature');
    expect(r.stderr).toMatch(/repo:ORG\/REPO:environment:production/);
    expect(r.stderr).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}/);
  } finally {
    await fetch(`${emu.info.armEndpoint}/_emulator/oidc`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ subject: 'repo:octo-org/octo-repo:pull_request' }),
    });
  }
});

test('an unknown application is explained', async () => {
  const r = await cli(['--spec', specFile, '--client-id', '44444444-4444-4444-8444-444444444444']);
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/AADSTS700016/);
  expect(r.stderr).toMatch(/client-id/);
});

test('a job without id-token: write is told how to fix it', async () => {
  const r = await cli(['--spec', specFile], {
    ACTIONS_ID_TOKEN_REQUEST_URL: undefined,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined,
    GITHUB_ACTIONS: 'true',
  });
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/id-token: write/);
});

describe('--detailed-exitcode (Terraform): 0 no changes, 2 changes pending, 1 anything else', () => {
  test('changes pending: 2 (0 without the flag)', async () => {
    expect((await cli(['--spec', specFile])).code).toBe(0);
    const r = await cli(['--spec', specFile, '--detailed-exitcode']);
    expect(r.stdout).toMatch(/\+ create aksClusters\[myaks\]/);
    expect(r.code).toBe(2);
  });

  test('bad usage: 1 with the flag (2 without), so 2 always means "changes pending"', async () => {
    expect((await cli(['--spec', specFile, '--format', 'xml'])).code).toBe(2);
    const r = await cli(['--spec', specFile, '--format', 'xml', '--detailed-exitcode']);
    expect(r.stderr).toMatch(/--format must be/);
    expect(r.code).toBe(1);
  });

  test('a spec with errors: 1', async () => {
    const bad = join(dir, 'bad.yml');
    writeFileSync(bad, text.replace(/addressPrefix: \S+/, 'addressPrefix: 10.1.0.0/33'));
    const r = await cli(['--spec', bad, '--detailed-exitcode']);
    expect(r.code).toBe(1);
  });
});

test('a plan with GitHub OIDC, as its own process, loads neither @azure/identity (MSAL) nor @azure/arm-network', async () => {
  const record = join(dir, 'loaded-modules.txt');
  const ca = join(dir, 'ca.pem');
  writeFileSync(ca, emu.caCertPem);
  const child = spawn(
    process.execPath,
    [
      '--no-warnings',
      '--experimental-transform-types',
      '--import',
      './scripts/ts-hooks.mjs',
      'src/bin.ts',
      'plan',
      '--spec',
      specFile,
      '--workspace',
      dir,
      '--arm-endpoint',
      emu.info.armEndpoint,
      '--authority-host',
      emu.info.authorityHost,
    ],
    {
      env: {
        ...process.env,
        NODE_OPTIONS: '',
        NODE_EXTRA_CA_CERTS: ca,
        AMLNET_LOADED_MODULES: record,
        ACTIONS_ID_TOKEN_REQUEST_URL: emu.info.oidcRequestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: emu.info.oidcRequestToken,
        AZURE_TENANT_ID: emu.info.tenantId,
        AZURE_CLIENT_ID: emu.info.clientId,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(stderr).toBe('');
  expect(code).toBe(0);
  expect(stdout).toMatch(/^plan-hash: [0-9a-f]{64}$/m);
  const loaded = readFileSync(record, 'utf8').split('\n');
  // The plan did read Azure (the SDKs it needs were loaded)...
  expect(loaded).toEqual(expect.arrayContaining([expect.stringMatching(/@azure\/arm-authorization/)]));
  // ...but the login is one federated token request, and the network reads are generic GETs.
  expect(loaded.filter((u) => /@azure\/identity|@azure\/msal|@azure\/arm-network/.test(u))).toEqual([]);
});
