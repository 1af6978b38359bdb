// Ctrl-C on a real `amlnet apply` process (bin/amlnet.js, the bundle) against the emulator, with the compute's creation
// slowed: while Azure creates it, SIGINT. The process must start nothing new, wait the grace period, then report what
// was done, what Azure is still working on and what never started, print the exact command that resumes, and exit
// 130. That command, run as printed, must be accepted as a resumption of the same plan, wait for the compute, finish
// the rest, and leave nothing to change (`amlnet plan --detailed-exitcode` exits 0).
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { startEmulator, type RequestLogEntry } from '../../emulator/index.js';
import { prerequisitesOf } from '../../emulator/prerequisites.js';
import type { RunningEmulator } from '../../emulator/types.js';
import type { Spec } from '../../src/spec/types.js';
import { caBundle } from '../action/bundle-runner.js';

const BIN = join(process.cwd(), 'bin', 'amlnet.js');
const EXAMPLE = join(process.cwd(), 'examples', 'aks-internal-lb.yml');
/** The spec, copied into the working directory of the runs (a spec must stay inside the workspace). */
const SPEC = 'amlnet.yml';
const COMPUTE_MS = 6_000;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

let emu: RunningEmulator;
let ca: string;
let onComputePut: (() => void) | undefined;
const cwd = mkdtempSync(join(tmpdir(), 'amlnet-interrupt-'));

beforeAll(async () => {
  if (!existsSync(join(process.cwd(), 'dist', 'index.js'))) throw new Error('dist/index.js is missing: npm run bundle');
  copyFileSync(EXAMPLE, join(cwd, SPEC));
  const spec = parse(readFileSync(EXAMPLE, 'utf8')) as Spec;
  emu = await startEmulator({
    state: {
      resources: prerequisitesOf(spec),
      timings: {
        lroMs: {
          default: 30,
          'Microsoft.MachineLearningServices/workspaces/computes': COMPUTE_MS,
          'retry-after': 0,
        },
      },
    },
    onRequest: (e: RequestLogEntry) => {
      if (e.service === 'arm' && e.method.toUpperCase() === 'PUT' && /\/computes\//i.test(e.path) && e.status < 400)
        onComputePut?.();
    },
  });
  ca = caBundle(emu);
});
afterAll(async () => emu?.close());

function amlnet(args: string[], whenComputePut?: (child: ReturnType<typeof spawn>) => void): Promise<Run> {
  const info = emu.info;
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd,
    env: {
      PATH: process.env['PATH'] ?? '/usr/bin:/bin',
      HOME: process.env['HOME'] ?? tmpdir(),
      NODE_EXTRA_CA_CERTS: ca,
      ACTIONS_ID_TOKEN_REQUEST_URL: info.oidcRequestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: info.oidcRequestToken,
      AZURE_TENANT_ID: info.tenantId,
      AZURE_CLIENT_ID: info.clientId,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  onComputePut = whenComputePut && (() => whenComputePut(child));
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (d: Buffer) => out.push(d));
  child.stderr.on('data', (d: Buffer) => err.push(d));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      onComputePut = undefined;
      resolve({ code, signal, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() });
    });
  });
}

test('SIGINT while Azure creates the compute: report, exit 130, and the printed command resumes to convergence', async () => {
  const azure = ['--arm-endpoint', emu.info.armEndpoint, '--authority-host', emu.info.authorityHost];
  const started = Date.now();
  const interrupted = await amlnet(
    [
      'apply',
      SPEC,
      ...azure,
      '--poll-interval-ms',
      '100',
      '--heartbeat-seconds',
      '1',
      '--interrupt-grace-seconds',
      '1',
    ],
    // Let a heartbeat or two pass first, then Ctrl-C.
    (child) => void setTimeout(() => child.kill('SIGINT'), 2_500),
  );
  const interruptedAfterMs = Date.now() - started;
  expect(interrupted.signal).toBeNull();
  expect(interrupted.code).toBe(130);
  const err = interrupted.stderr;
  expect(err).toMatch(/^aksClusters\[ilb-aks\]: creating\.\.\.$/m);
  expect(err).toMatch(/^aksClusters\[ilb-aks\]: still creating\.\.\. \[[12]s elapsed, Azure: \w+\]$/m);
  expect(err).toContain('SIGINT: no new change will start; waiting up to 1 s for the running ones');
  expect(err).toContain('amlnet apply: interrupted (SIGINT).');
  expect(err).toMatch(/^Done \((\d+)\):\n( {2}- network\.\S+\n)+/m);
  expect(err).toMatch(
    /^Still running in Azure \(the request was sent; Azure carries on without amlnet\) \(1\):\n {2}- aksClusters\[ilb-aks\]\n/m,
  );
  expect(err).toMatch(
    /^Not started \(2\):\n {2}- aksClusters\[ilb-aks\]\.networkContributor\n {2}- aksClusters\[ilb-aks\]\.loadBalancer\n/m,
  );
  expect(err).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n/);
  expect(interrupted.stdout).toMatch(/^FAILED\s+create\s+aksClusters\[ilb-aks\] .*Interrupted/m);
  const resume = /^ {2}(amlnet apply .*)$/m.exec(err.slice(err.indexOf('To resume')))?.[1];
  expect(resume).toBeDefined();
  const resumeArgs = (resume as string).split(' ').slice(2);
  expect(resumeArgs).toEqual([
    SPEC,
    ...azure,
    '--poll-interval-ms',
    '100',
    '--heartbeat-seconds',
    '1',
    '--interrupt-grace-seconds',
    '1',
    '--plan-file',
    expect.stringMatching(/^amlnet-interrupted-[0-9a-f]{12}\.plan\.json$/),
    '--plan-hash',
    expect.stringMatching(/^[0-9a-f]{64}$/),
  ]);

  // The command as printed: accepted as a resumption of the reviewed plan, it waits for the compute and finishes.
  const resumed = await amlnet(['apply', ...resumeArgs]);
  expect(resumed.stderr).toMatch(/resuming: \d+ of \d+ reviewed changes already applied/);
  expect(resumed.code).toBe(0);
  expect(resumed.stdout).toMatch(/Apply complete\./);
  const check = await amlnet(['plan', SPEC, ...azure, '--detailed-exitcode']);
  expect(check.code).toBe(0);
  process.stdout.write(
    `interrupt e2e: SIGINT at 2.5 s after the compute PUT; the interrupted process exited after ${interruptedAfterMs} ms ` +
      `(grace 1 s, compute creation ${COMPUTE_MS} ms)\n`,
  );
});
