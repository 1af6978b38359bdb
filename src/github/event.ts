// The workflow run's event, read from the runner's environment when asked (never at import time, unlike
// @actions/github's `context`), and the pure mapping from (command input, event) to what amlnet does.
import { readFileSync } from 'node:fs';
import type { ModeCommand } from '../settings.js';
import { rulesDocUrl } from '../render/rule-link.js';
import { isRecord } from '../util/records.js';
import { errorMessage } from '../util/errors.js';

export interface PullRequestRef {
  number: number;
  headSha: string;
  /** owner/name of the head repository; null when the fork was deleted. */
  headRepo: string | null;
  baseRepo: string;
}

export interface RunEvent {
  name: string;
  /** owner/name from GITHUB_REPOSITORY. */
  repository: string;
  owner: string;
  repo: string;
  sha: string;
  ref: string;
  /** From the payload's repository.default_branch; undefined when the payload does not say. */
  defaultBranch?: string;
  pullRequest?: PullRequestRef;
  /** True when the job can ask GitHub for an OIDC token (permissions: id-token: write). */
  oidcAvailable: boolean;
  /** Link to this run, for the comment and the summary. */
  runUrl?: string;
  /** Where the running amlnet's rule catalogue is (docs/rules.md): findings link to their rule's entry. */
  rulesUrl?: string;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return isRecord(value) ? value : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function repoName(value: unknown): string | null {
  return str(record(value)?.['full_name']) ?? null;
}

/** Reads the event from GITHUB_* variables and the payload file. Errors name the variable. */
export function readRunEvent(env: NodeJS.ProcessEnv = process.env): RunEvent {
  const name = env['GITHUB_EVENT_NAME'] ?? '';
  const repository = env['GITHUB_REPOSITORY'] ?? '';
  const [owner = '', repo = ''] = repository.split('/');
  let payload: Record<string, unknown> = {};
  const eventPath = env['GITHUB_EVENT_PATH'];
  if (eventPath !== undefined && eventPath !== '') {
    try {
      payload = record(JSON.parse(readFileSync(eventPath, 'utf8'))) ?? {};
    } catch (err) {
      const why = errorMessage(err);
      throw new Error(`cannot read the event payload GITHUB_EVENT_PATH=${eventPath}: ${why}`, { cause: err });
    }
  }
  const pr = record(payload['pull_request']);
  let pullRequest: PullRequestRef | undefined;
  if (pr !== undefined && typeof pr['number'] === 'number') {
    const head = record(pr['head']);
    const base = record(pr['base']);
    pullRequest = {
      number: pr['number'],
      headSha: str(head?.['sha']) ?? env['GITHUB_SHA'] ?? '',
      headRepo: repoName(head?.['repo']),
      baseRepo: repoName(base?.['repo']) ?? repository,
    };
  }
  const server = env['GITHUB_SERVER_URL'] ?? 'https://github.com';
  const runId = env['GITHUB_RUN_ID'];
  return {
    name,
    repository,
    owner,
    repo,
    sha: env['GITHUB_SHA'] ?? '',
    ref: env['GITHUB_REF'] ?? '',
    defaultBranch: str(record(payload['repository'])?.['default_branch']),
    pullRequest,
    oidcAvailable: (env['ACTIONS_ID_TOKEN_REQUEST_URL'] ?? '') !== '',
    runUrl: runId !== undefined && repository !== '' ? `${server}/${repository}/actions/runs/${runId}` : undefined,
    rulesUrl: rulesDocUrl(env),
  };
}

/**
 * What a run does:
 * - validate: offline checks only (no Azure call); `reason` says why when the user asked for more;
 * - plan: read live state, show the plan; `comment` on the pull request when there is one;
 * - drift: a scheduled plan; changes mean the live state drifted from the spec;
 * - apply: plan, compare with the reviewed plan, carry it out.
 */
export type Mode =
  | { kind: 'validate'; reason?: string }
  | { kind: 'plan'; pullRequest?: PullRequestRef }
  | { kind: 'drift' }
  | { kind: 'apply' };

export function isForkPullRequest(pr: PullRequestRef): boolean {
  return pr.headRepo === null || pr.headRepo.toLowerCase() !== pr.baseRepo.toLowerCase();
}

/** Why a pull request gets no live plan, or undefined when it can have one. */
function noLivePlanReason(event: RunEvent): string | undefined {
  if (event.pullRequest !== undefined && isForkPullRequest(event.pullRequest)) {
    return (
      `pull request #${event.pullRequest.number} comes from a fork (${event.pullRequest.headRepo ?? 'deleted repository'}); ` +
      'forks get no Azure credentials, so amlnet validated the spec offline only'
    );
  }
  if (!event.oidcAvailable) {
    return (
      'this job cannot request a GitHub OIDC token (it needs `permissions: id-token: write`), ' +
      'so amlnet validated the spec offline only'
    );
  }
  return undefined;
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

/** Maps the command input and the event to a mode. Pure; tested with a table. */
/** The mode of a command that plans or validates (`import` runs on its own: src/github/import-step.ts). */
export function resolveMode(command: ModeCommand, event: RunEvent): Mode {
  const isPr = PULL_REQUEST_EVENTS.has(event.name) && event.pullRequest !== undefined;
  switch (command) {
    case 'validate':
      return { kind: 'validate' };
    case 'plan': {
      const reason = noLivePlanReason(event);
      if (reason !== undefined) return { kind: 'validate', reason };
      if (isPr) return { kind: 'plan', pullRequest: event.pullRequest };
      // A plan on a schedule is a drift check: same plan, reported as drift.
      return event.name === 'schedule' ? { kind: 'drift' } : { kind: 'plan' };
    }
    case 'apply':
      // An explicit apply without credentials is the user's mistake: main reports it as a failure.
      return { kind: 'apply' };
    case 'auto':
      return autoMode(event, isPr);
    default: {
      const never: never = command;
      throw new Error(`unknown command ${String(never)}`);
    }
  }
}

/** True when the run's ref is the repository's default branch (unknown default branch: false). */
export function onDefaultBranch(event: RunEvent): boolean {
  const branch = event.ref.startsWith('refs/heads/') ? event.ref.slice('refs/heads/'.length) : undefined;
  return branch !== undefined && event.defaultBranch !== undefined && branch === event.defaultBranch;
}

function autoMode(event: RunEvent, isPr: boolean): Mode {
  if (isPr) {
    const reason = noLivePlanReason(event);
    return reason === undefined ? { kind: 'plan', pullRequest: event.pullRequest } : { kind: 'validate', reason };
  }
  if (event.name === 'schedule') {
    return event.oidcAvailable ? { kind: 'drift' } : { kind: 'validate', reason: noLivePlanReason(event) };
  }
  if (event.name === 'push' || event.name === 'workflow_dispatch') {
    // Only the default branch applies, whether pushed to (a merge) or dispatched by hand: a dispatch from
    // another branch would apply a spec nobody reviewed for the protected branch.
    if (onDefaultBranch(event)) return { kind: 'apply' };
    // Elsewhere: show the plan when credentials exist, else validate.
    const reason = noLivePlanReason(event);
    return reason === undefined ? { kind: 'plan' } : { kind: 'validate', reason };
  }
  return {
    kind: 'validate',
    reason: `event '${event.name || '(none)'}' has no automatic mode; set the command input to plan or apply`,
  };
}
