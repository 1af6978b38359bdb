// Runs the action in this process through the in-memory Actions I/O port (src/github/fake-io.ts): its inputs,
// the job's GITHUB_* variables, an event payload file and a workspace; what it writes (outputs, the job summary,
// the log in the runner's workflow-command syntax) is read back from the port. Nothing patches process.env or
// process.stdout. prepareRun also builds the environment of a real runner for the bundle tests (bundle-runner.ts).
// GitHub REST, GitHub OIDC, Entra and ARM are the project's emulator, reached over HTTPS by the real clients.
import { mkdirSync, mkdtempSync, symlinkSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tls from 'node:tls';
import type { JsonObject, ReadyInfo, RunningEmulator } from '../../emulator/types.js';
import { prerequisitesOf } from '../../emulator/prerequisites.js';
import { parseSpecText } from '../../src/spec/parse.js';
import type { Spec } from '../../src/spec/types.js';
import { FakeIO } from '../../src/github/fake-io.js';

/** What must exist before amlnet runs (a prerequisite, never created by amlnet), for the fixture spec. */
export function prerequisites(): JsonObject[] {
  const text = readFileSync(join(process.cwd(), '__fixtures__', 'specs', 'valid.yml'), 'utf8');
  return prerequisitesOf(parseSpecText(text).value as Spec);
}

export const FIXTURES = join(process.cwd(), '__fixtures__', 'events');

export interface ActionRun {
  outputs: Record<string, string>;
  summary: string;
  /** The log, as the runner's stdout would show it (workflow commands included). */
  stdout: string;
  /** True when the action called setFailed. */
  failed: boolean;
  env: Record<string, string>;
  /** The port itself: annotations, secrets and outputs as the action raised them. */
  io: FakeIO;
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

/** Runs run() in this process with an in-memory port holding the job's inputs and environment. */
export async function runAction(run: (io: FakeIO) => Promise<void>, options: RunOptions): Promise<ActionRun> {
  const { env } = prepareRun(options);
  const jobEnv = Object.fromEntries(Object.entries(env).filter(([k]) => !k.startsWith('INPUT_')));
  const io = new FakeIO({ inputs: options.inputs, env: jobEnv });
  await run(io);
  return { outputs: io.outputs, summary: io.summaryText, stdout: io.log, failed: io.failed, env, io };
}

/** The workflow-command lines of a given kind (error, warning, notice) from the captured stdout. */
export function commands(stdout: string, kind: string): string[] {
  return stdout.split('\n').filter((l) => l.startsWith(`::${kind} `) || l.startsWith(`::${kind}::`));
}
