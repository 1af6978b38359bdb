// Runs the action the way the runner does: INPUT_* variables, GITHUB_* variables, an event payload file,
// GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and the workflow commands (::error ...) on stdout.
// GitHub REST, GitHub OIDC, Entra and ARM are the project's emulator, reached over HTTPS by the real clients.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tls from 'node:tls';
import type { JsonObject, ReadyInfo, RunningEmulator } from '../../emulator/types.js';
import { prerequisitesOf } from '../../emulator/prerequisites.js';
import { parseSpecText } from '../../src/spec/parse.js';
import type { Spec } from '../../src/spec/types.js';

/** What must exist before amlnet runs (a prerequisite, never created by amlnet), for the fixture spec. */
export function prerequisites(): JsonObject[] {
  const text = readFileSync(join(process.cwd(), '__fixtures__', 'specs', 'valid.yml'), 'utf8');
  return prerequisitesOf(parseSpecText(text).value as Spec);
}

export const FIXTURES = join(process.cwd(), '__fixtures__', 'events');

export interface ActionRun {
  outputs: Record<string, string>;
  summary: string;
  stdout: string;
  /** process.exitCode after the run: 1 when core.setFailed was called. */
  failed: boolean;
  env: Record<string, string>;
}

export interface RunOptions {
  /** action inputs by their action.yml name (dashes kept). */
  inputs: Record<string, string>;
  eventName: string;
  /** The payload written to GITHUB_EVENT_PATH. */
  payload: unknown;
  /** Files in the workspace (path -> content), e.g. the spec. */
  files: Record<string, string>;
  /** Symbolic links in the workspace (path -> target), e.g. a spec committed as a link to a runner file. */
  symlinks?: Record<string, string>;
  sha: string;
  ref?: string;
  /** Emulator values for GITHUB_API_URL and the OIDC variables; omit to run without them. */
  emulator?: ReadyInfo;
  /** false: no ACTIONS_ID_TOKEN_REQUEST_URL (a fork pull request, or no id-token permission). */
  oidc?: boolean;
  /** Extra environment. */
  env?: Record<string, string>;
}

/** The runner's input variable name: INPUT_ + upper-cased name, spaces to _, dashes kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** Parses GITHUB_OUTPUT (name<<delimiter\nvalue\ndelimiter). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (m === null) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
    out[m[1]] = value.join('\n');
  }
  return out;
}

export function loadEvent(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8')) as Record<string, unknown>;
}

/** Trusts the emulator's CA in this process (Octokit's undici and the Azure SDKs use the default store). */
export function trustEmulator(emu: RunningEmulator): void {
  tls.setDefaultCACertificates([...tls.getCACertificates('default'), emu.caCertPem]);
}

interface PreparedRun {
  env: Record<string, string>;
  outputPath: string;
  summaryPath: string;
}

/** Writes the workspace, the event payload and the runner files; returns the job's environment. */
export function prepareRun(options: RunOptions): PreparedRun {
  const dir = mkdtempSync(join(tmpdir(), 'amlnet-action-'));
  const workspace = join(dir, 'workspace');
  const runnerTemp = join(dir, 'runner-temp');
  mkdirSync(workspace, { recursive: true });
  mkdirSync(runnerTemp, { recursive: true });
  for (const [path, content] of Object.entries(options.files)) {
    mkdirSync(join(workspace, path, '..'), { recursive: true });
    writeFileSync(join(workspace, path), content);
  }
  for (const [path, target] of Object.entries(options.symlinks ?? {})) {
    mkdirSync(join(workspace, path, '..'), { recursive: true });
    symlinkSync(target, join(workspace, path));
  }
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(options.payload));
  const outputPath = join(dir, 'output.txt');
  const summaryPath = join(dir, 'summary.md');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');

  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_SHA: options.sha,
    GITHUB_REF: options.ref ?? 'refs/heads/main',
    GITHUB_WORKSPACE: workspace,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    RUNNER_TEMP: runnerTemp,
    ...options.env,
  };
  if (options.emulator !== undefined) {
    env['GITHUB_API_URL'] = options.emulator.githubApiUrl;
    if (options.oidc !== false) {
      env['ACTIONS_ID_TOKEN_REQUEST_URL'] = options.emulator.oidcRequestUrl;
      env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'] = options.emulator.oidcRequestToken;
    }
  }
  for (const [name, value] of Object.entries(options.inputs)) env[inputVariable(name)] = value;
  return { env, outputPath, summaryPath };
}

function isRunnerVariable(key: string): boolean {
  return key.startsWith('INPUT_') || key.startsWith('GITHUB_') || key.startsWith('ACTIONS_') || key === 'RUNNER_TEMP';
}

/** Runs run() in this process with the job's environment; restores the environment afterwards. */
export async function runAction(run: () => Promise<void>, options: RunOptions): Promise<ActionRun> {
  const { env, outputPath, summaryPath } = prepareRun(options);
  const saved = { ...process.env };
  for (const key of Object.keys(process.env)) if (isRunnerVariable(key)) delete process.env[key];
  Object.assign(process.env, env);
  const chunks: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array): boolean => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  }) as typeof process.stdout.write;
  process.exitCode = 0;
  try {
    await run();
  } finally {
    process.stdout.write = write;
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
  const failed = process.exitCode === 1;
  process.exitCode = 0;
  return {
    outputs: parseOutputFile(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    stdout: chunks.join(''),
    failed,
    env,
  };
}

/**
 * Runs a bundle (node dist/index.js) as a child process with the job's environment, as the runner does.
 * Asynchronous on purpose: the emulator serves from this process's event loop.
 */
export async function runBundle(
  entry: string,
  options: RunOptions,
  extraEnv: Record<string, string> = {},
): Promise<ActionRun> {
  const { env, outputPath, summaryPath } = prepareRun(options);
  const base: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !isRunnerVariable(k)) base[k] = v;
  const child = spawn(process.execPath, [entry], {
    env: { ...base, ...env, ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out: string[] = [];
  child.stdout.on('data', (d: Buffer) => out.push(d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => out.push(d.toString('utf8')));
  const code = await new Promise<number | null>((resolveExit) => child.on('close', (c) => resolveExit(c)));
  return {
    outputs: parseOutputFile(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    stdout: out.join(''),
    failed: code !== 0,
    env,
  };
}

/** The workflow-command lines of a given kind (error, warning, notice) from the captured stdout. */
export function commands(stdout: string, kind: string): string[] {
  return stdout.split('\n').filter((l) => l.startsWith(`::${kind} `) || l.startsWith(`::${kind}::`));
}
