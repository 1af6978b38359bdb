// Runs a bundle the way the GitHub runner does: `node <bundle>` as a child process whose environment is built
// from scratch (nothing inherited from jest), with the runner's variables, the INPUT_* variables, the event
// payload file and the GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files. stdout and stderr are kept apart so tests
// can assert on the workflow commands (stdout) and on what leaked anywhere.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningEmulator } from '../../emulator/types.js';
import { prepareRun, type RunOptions } from './harness.js';
import { parseRunnerFile } from './runner-file.js';

export interface BundleRun {
  /** The child's exit code (null when killed by a signal). */
  code: number | null;
  /** The signal that ended the child (SIGKILL in the crash matrix), else null. */
  signal: NodeJS.Signals | null;
  outputs: Record<string, string>;
  summary: string;
  stdout: string;
  stderr: string;
  /** The environment the child ran with. */
  env: Record<string, string>;
}

/**
 * The CA bundle the child trusts: the machine's own extra CAs (NODE_EXTRA_CA_CERTS of this process, when set:
 * behind a TLS-inspecting proxy the machine needs them) followed by the emulator's CA. Node reads only one
 * NODE_EXTRA_CA_CERTS file, hence the concatenation.
 */
export function caBundle(emu: RunningEmulator): string {
  const parts: string[] = [];
  const machine = process.env['NODE_EXTRA_CA_CERTS'];
  if (machine !== undefined && machine !== '' && existsSync(machine)) parts.push(readFileSync(machine, 'utf8').trim());
  parts.push(emu.caCertPem.trim());
  const file = join(mkdtempSync(join(tmpdir(), 'amlnet-e2e-ca-')), 'ca.pem');
  writeFileSync(file, parts.join('\n') + '\n');
  return file;
}

/** What a test may add to a clean run: test-only environment variables, and the child itself (to kill it). */
export interface CleanRunHooks {
  env?: Record<string, string>;
  onSpawn?: (child: ChildProcess) => void;
}

/**
 * Runs `node <entry>` with a clean environment: PATH, HOME, NODE_EXTRA_CA_CERTS (`caFile`) and the job's
 * variables from prepareRun (GITHUB_*, RUNNER_TEMP, INPUT_*, and the OIDC pair unless options.oidc is false),
 * plus `hooks.env`. Asynchronous on purpose: the emulator serves from this process's event loop.
 */
export async function runCleanBundle(
  entry: string,
  options: RunOptions,
  caFile?: string,
  hooks: CleanRunHooks = {},
): Promise<BundleRun> {
  const { env: job, outputPath, summaryPath } = prepareRun(options);
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: process.env['HOME'] ?? tmpdir(),
    ...(caFile !== undefined ? { NODE_EXTRA_CA_CERTS: caFile } : {}),
    ...job,
    ...hooks.env,
  };
  const child = spawn(process.execPath, [entry], {
    env,
    cwd: job['GITHUB_WORKSPACE'],
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  hooks.onSpawn?.(child);
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (d: Buffer) => out.push(d));
  child.stderr.on('data', (d: Buffer) => err.push(d));
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolveExit, reject) => {
    child.on('error', reject);
    child.on('close', (c, s) => resolveExit([c, s]));
  });
  const outputs = readFileSync(outputPath, 'utf8');
  return {
    code,
    signal,
    // A killed child may have been cut off in the middle of an output: what it wrote is not the runner's business.
    outputs: signal === null ? parseRunnerFile(outputs) : {},
    summary: readFileSync(summaryPath, 'utf8'),
    stdout: Buffer.concat(out).toString('utf8'),
    stderr: Buffer.concat(err).toString('utf8'),
    env,
  };
}

/**
 * Lines of `text` that carry `secret` other than the runner's `::add-mask::` command (which is how a value gets
 * hidden, and which the runner never shows in the log).
 */
export function leaks(text: string, secret: string): string[] {
  if (secret === '') return [];
  return text.split('\n').filter((l) => l.includes(secret) && !l.startsWith('::add-mask::'));
}

/** Anything shaped like a JWT (GitHub ID token, Entra access token), outside ::add-mask:: lines. */
export function jwtLeaks(text: string): string[] {
  return text
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::') && /eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\./.test(l));
}
