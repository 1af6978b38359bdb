// `amlnet apply [--spec FILE] [--plan-hash HASH] [azure options]`: plans afresh through the one plan
// pipeline, refuses before any write when --plan-hash differs from the fresh plan's hash (both hashes and
// the fresh plan are shown) or when the plan is refused, then carries the plan out and prints each change's
// outcome and the applied planHash. Exit codes (README.md, "Command-line reference"): 0 all done (or nothing
// to do), 1 any change failed or the apply was refused, 2 usage or an unreadable spec. Never prints a token.
import { specRoot } from '../validate.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { errorMessage } from '../util/errors.js';
import { planHash } from '../plan/canonical.js';
import type { Change } from '../plan/model.js';
import { compareWithReviewed, writeDigests } from '../plan/resume.js';
import { renderFindingsText } from '../render/findings.js';
import { renderPlanText } from '../render/plan-text.js';
import { LoginError } from '../azure/credential.js';
import { formatAzureError, toAzureError } from '../azure/errors.js';
import { LiveReadError } from '../azure/live/read.js';
import { sessionFor } from '../app/session.js';
import { applyExitCode } from '../azure/apply/run.js';
import { renderApplyJson, renderApplyText } from '../apply/render.js';
import { DEFAULT_CONCURRENCY } from '../apply/executor.js';
import type { ApplyResult } from '../apply/types.js';
import type { Plan } from '../plan/model.js';
import { renderPlanJson } from '../render/plan-json.js';
import { formatOption, parseCommandArgs, parseOrAnswer, processOutput, WORKSPACE_USAGE, type Output } from './args.js';
import { confirmQuestion, progressPrinter, renderInterruptReport, resumeCommand } from './apply-report.js';
import {
  colourWanted,
  isCi,
  paint,
  processTerminal,
  SIGNAL_EXIT_CODE,
  type StopSignal,
  type Terminal,
} from './terminal.js';
import {
  AZURE_OPTION_SPECS,
  AZURE_OPTIONS_USAGE,
  azureOptionsFrom,
  loginOrReport,
  type AzureCliOptions,
} from './azure-options.js';

export const usage = `usage: amlnet apply [--spec FILE] [--plan-hash HASH] [--plan-file FILE] [options] [azure options]

Plans against the live Azure state, then carries the plan out: subnets and delegations, the NSG and the
rules amlnet owns, clusters, the Network Contributor role for each cluster identity, the internal load
balancer. Never deletes or replaces anything; safe to run again (a run that changes nothing writes nothing).

options:
  --spec FILE              the spec (default amlnet.yml; may also be given as the only argument)
${WORKSPACE_USAGE}
  --plan-hash HASH         refuse (before any write) unless the fresh plan has this hash (the reviewed plan),
                           or nothing is left to do
  --plan-file FILE         the reviewed plan itself (amlnet plan --format json --out FILE): a run that an earlier,
                           interrupted apply left half done resumes when every remaining change was reviewed
  --concurrency N          changes talking to Azure at once (default ${DEFAULT_CONCURRENCY})
  --deadline-minutes N     give up on what is not done after N minutes (default 60)
  --poll-interval-ms N     wait between polls of long-running operations when Azure does not say (default 2000)
  --auto-approve           do not show the plan and ask for 'yes' first (asked only when stdin is a terminal,
                           CI is not true and no --plan-hash names the reviewed plan)
  --format FORMAT          text (default) or json (the outcome of each change with its durationMs); progress
                           lines go to stderr either way
  --heartbeat-seconds N    print a "still creating... [20s elapsed, Azure: InProgress]" line for a change every N
                           seconds while it runs (default 10)
  --interrupt-grace-seconds N
                           on SIGINT/SIGTERM no new change starts; wait up to N seconds for the running ones
                           (default 30; a second signal stops waiting), then report and print the resume command
${AZURE_OPTIONS_USAGE}

exit codes: 0 everything done or nothing to do, 1 a change failed, the apply was refused or not approved, 2 bad
usage or unreadable spec, 130 interrupted by SIGINT, 143 interrupted by SIGTERM`;

const FORMATS = ['text', 'json'] as const;
const DEFAULT_GRACE_SECONDS = 30;

interface Options extends AzureCliOptions {
  spec: string;
  workspace?: string;
  planHash?: string;
  planFile?: string;
  concurrency?: number;
  deadlineMs?: number;
  pollIntervalMs?: number;
  autoApprove: boolean;
  format: (typeof FORMATS)[number];
  heartbeatMs?: number;
  graceMs: number;
  help: boolean;
}

function positiveInt(name: string, value: string | undefined, max: number): number | undefined | string {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max)
    return `--${name} must be an integer from 1 to ${max}, got '${value}'`;
  return Number(value);
}

function parse(argv: string[]): Options | string {
  const parsed = parseCommandArgs(argv, {
    'plan-hash': { type: 'string' },
    'plan-file': { type: 'string' },
    concurrency: { type: 'string' },
    'deadline-minutes': { type: 'string' },
    'poll-interval-ms': { type: 'string' },
    'auto-approve': { type: 'boolean' },
    format: { type: 'string' },
    'heartbeat-seconds': { type: 'string' },
    'interrupt-grace-seconds': { type: 'string' },
    ...AZURE_OPTION_SPECS,
  });
  if (typeof parsed === 'string') return parsed;
  const { values, spec, workspace, help } = parsed;
  const planHash = values['plan-hash']?.trim().toLowerCase();
  if (planHash !== undefined && !/^[0-9a-f]{64}$/.test(planHash)) {
    return `--plan-hash must be the 64 hex digits of a plan's planHash, got '${values['plan-hash']}'`;
  }
  const concurrency = positiveInt('concurrency', values.concurrency, 64);
  if (typeof concurrency === 'string') return concurrency;
  const deadline = positiveInt('deadline-minutes', values['deadline-minutes'], 24 * 60);
  if (typeof deadline === 'string') return deadline;
  const poll =
    values['poll-interval-ms'] === '0' ? 0 : positiveInt('poll-interval-ms', values['poll-interval-ms'], 60_000);
  if (typeof poll === 'string') return poll;
  const format = formatOption(values.format, FORMATS);
  if (typeof format === 'object') return format.error;
  const heartbeat = positiveInt('heartbeat-seconds', values['heartbeat-seconds'], 3600);
  if (typeof heartbeat === 'string') return heartbeat;
  const grace =
    values['interrupt-grace-seconds'] === '0'
      ? 0
      : positiveInt('interrupt-grace-seconds', values['interrupt-grace-seconds'], 3600);
  if (typeof grace === 'string') return grace.replace('from 1', 'from 0');
  const o: Options = {
    ...azureOptionsFrom(values),
    spec,
    autoApprove: values['auto-approve'] === true,
    format,
    graceMs: (grace ?? DEFAULT_GRACE_SECONDS) * 1000,
    help,
  };
  if (heartbeat !== undefined) o.heartbeatMs = heartbeat * 1000;
  if (workspace !== undefined) o.workspace = workspace;
  if (planHash !== undefined) o.planHash = planHash;
  if (values['plan-file'] !== undefined) o.planFile = values['plan-file'];
  if (concurrency !== undefined) o.concurrency = concurrency;
  if (deadline !== undefined) o.deadlineMs = deadline * 60_000;
  if (poll !== undefined) o.pollIntervalMs = poll;
  return o;
}

/** The command with output and environment injectable (tests). */
export async function runApply(
  argv: string[],
  out: Output,
  env: Record<string, string | undefined> = process.env,
  terminal: Terminal = processTerminal(),
): Promise<number> {
  const o = parseOrAnswer('apply', argv, parse, usage, out);
  if (typeof o === 'number') return o;
  const loggedIn = await loginOrReport('apply', o, env, out);
  if (typeof loggedIn === 'number') return loggedIn;
  const session = sessionFor(loggedIn.login.credential, loggedIn.endpoints, {
    subscriptionId: o.subscription ?? null,
    ...(o.pollIntervalMs !== undefined ? { clientOptions: { pollIntervalMs: o.pollIntervalMs } } : {}),
  });
  try {
    const planned = await session.plan({ specPath: o.spec, root: o.workspace ?? specRoot(env), mode: 'apply' });
    if (planned.status === 'invalid') {
      const v = planned.validation;
      out.stderr('amlnet apply: the spec has errors; nothing was planned or written.\n');
      out.stdout(renderFindingsText(v.file, v.findings));
      return v.unparseable ? 2 : 1;
    }
    const { plan, spec } = planned;
    const reviewed = reviewedPlan(o);
    if (typeof reviewed === 'string') {
      out.stderr(`amlnet apply: ${reviewed}; nothing was written.\n`);
      return 2;
    }
    if (reviewed !== undefined) {
      const verdict = compareWithReviewed(plan, reviewed);
      if (verdict.kind === 'differs') {
        const unreviewed = verdict.unreviewed.map((c) => `  ${c.action} ${c.address}\n`).join('');
        out.stderr(
          `amlnet apply: refused: the plan changed since it was reviewed; nothing was written.\n` +
            `  expected plan-hash: ${reviewed.planHash}\n` +
            `  fresh plan-hash:    ${plan.planHash}\n` +
            (unreviewed === '' ? '' : `changes the reviewed plan did not contain:\n${unreviewed}`) +
            `Review the fresh plan below, then apply with --plan-hash ${plan.planHash}.\n`,
        );
        out.stdout(renderPlanText(plan, { specPath: o.spec }));
        return 1;
      }
      if (verdict.kind === 'resume') {
        out.stderr(`amlnet apply: resuming: ${verdict.done} of ${verdict.total} reviewed changes already applied\n`);
      }
    }
    if (plan.refused) (o.format === 'json' ? out.stderr : out.stdout)(renderPlanText(plan, { specPath: o.spec }));
    // On a terminal, show the plan and ask (unless --auto-approve, CI=true, nothing would be written, or the plan
    // is one already reviewed: a matching --plan-hash is the approval, as `terraform apply PLANFILE` does not ask).
    const ask =
      terminal.stdinIsTTY && !o.autoApprove && reviewed === undefined && !isCi(env) && !plan.refused && plan.hasChanges;
    if (ask && !(await approved(plan, o, out, env, terminal))) {
      out.stderr('amlnet apply: Apply cancelled: nothing was written.\n');
      return 1;
    }
    return await applyWatched(plan, argv, o, reviewed, out, env, terminal, (options) =>
      // The session gives the apply its own clients: the executor owns retries (their SDK retry policies are
      // removed), which must not affect the planning clients.
      session.apply(plan, spec, {
        ...(o.concurrency !== undefined ? { concurrency: o.concurrency } : {}),
        ...(o.deadlineMs !== undefined ? { deadlineMs: o.deadlineMs } : {}),
        ...(o.heartbeatMs !== undefined ? { heartbeatMs: o.heartbeatMs } : {}),
        ...options,
      }),
    );
  } catch (err) {
    if (err instanceof LoginError || err instanceof LiveReadError) {
      out.stderr(`amlnet apply: ${err.message}\n`);
      return 1;
    }
    out.stderr(`amlnet apply: Azure error ${formatAzureError(toAzureError(err))}\n`);
    return 1;
  }
}

/**
 * The reviewed plan to hold the fresh one to: --plan-hash alone (exact match, or nothing left to do), or
 * --plan-file (the JSON of `amlnet plan --format json --out FILE`), whose writes let a partly applied plan resume.
 * A message when the file cannot be used.
 */
function reviewedPlan(o: Options): { planHash: string; writes: string[] | undefined } | string | undefined {
  if (o.planFile === undefined)
    return o.planHash === undefined ? undefined : { planHash: o.planHash, writes: undefined };
  let file: { planHash?: unknown; changes?: unknown };
  try {
    file = JSON.parse(readFileSync(o.planFile, 'utf8')) as { planHash?: unknown; changes?: unknown };
  } catch (err) {
    return `cannot read --plan-file ${o.planFile}: ${errorMessage(err)}`;
  }
  if (typeof file.planHash !== 'string' || !Array.isArray(file.changes)) {
    return `--plan-file ${o.planFile} is not a plan (amlnet plan --format json --out FILE writes one)`;
  }
  const changes = file.changes as Change[];
  // The file must be the plan it says it is: its changes hash to its planHash, and that is the reviewed hash.
  const refused = (file as { refused?: unknown }).refused === true;
  if (planHash(changes, refused) !== file.planHash)
    return `--plan-file ${o.planFile} was edited: its changes do not hash to its planHash`;
  if (o.planHash !== undefined && o.planHash !== file.planHash) {
    return `--plan-hash ${o.planHash} is not the planHash of --plan-file (${file.planHash})`;
  }
  return { planHash: file.planHash, writes: writeDigests({ changes }) };
}

/** Shows the plan and asks; true only for the answer `yes`. */
async function approved(
  plan: Plan,
  o: Options,
  out: Output,
  env: Record<string, string | undefined>,
  terminal: Terminal,
): Promise<boolean> {
  // With --format json, stdout carries only the JSON: the plan and the question go to stderr.
  const say = o.format === 'json' ? out.stderr : out.stdout;
  const p = paint(colourWanted(env, o.format === 'json' ? terminal.stderrIsTTY : terminal.stdoutIsTTY));
  say(renderPlanText(plan, { specPath: o.spec }));
  say(confirmQuestion(p));
  const answer = await terminal.readLine();
  say('\n');
  return answer?.trim() === 'yes';
}

type StartApply = (options: {
  progress: ReturnType<typeof progressPrinter>;
  stop: AbortSignal;
  abandon: AbortSignal;
}) => Promise<ApplyResult>;

/**
 * Runs the apply with progress lines on stderr, and winds it down on SIGINT/SIGTERM: no new change starts, the
 * running ones get `graceMs` (a second signal ends the wait), then the report and the command that resumes.
 */
async function applyWatched(
  plan: Plan,
  argv: string[],
  o: Options,
  reviewed: { planHash: string } | undefined,
  out: Output,
  env: Record<string, string | undefined>,
  terminal: Terminal,
  start: StartApply,
): Promise<number> {
  const p = paint(colourWanted(env, terminal.stderrIsTTY));
  const stop = new AbortController();
  const abandon = new AbortController();
  let interrupted: StopSignal | undefined;
  let grace: NodeJS.Timeout | undefined;
  const off = terminal.onSignal((signal) => {
    if (interrupted !== undefined) {
      abandon.abort();
      return;
    }
    interrupted = signal;
    stop.abort();
    out.stderr(
      `\namlnet apply: ${signal}: no new change will start; waiting up to ${o.graceMs / 1000} s for the running ` +
        `ones (${signal === 'SIGINT' ? 'Ctrl-C' : 'the signal'} again to stop waiting)\n`,
    );
    grace = setTimeout(() => abandon.abort(), o.graceMs);
  });
  let result: ApplyResult;
  try {
    result = await start({
      progress: progressPrinter((line) => out.stderr(line), p),
      stop: stop.signal,
      abandon: abandon.signal,
    });
  } finally {
    off();
    clearTimeout(grace);
  }
  out.stdout(o.format === 'json' ? renderApplyJson(result) : renderApplyText(result));
  if (interrupted === undefined) return applyExitCode(result);
  out.stderr(renderInterruptReport({ signal: interrupted, result, resume: resumeWith(plan, argv, o, reviewed) }, p));
  return SIGNAL_EXIT_CODE[interrupted];
}

/**
 * The resume command: bound to the reviewed plan file when there is one, else to this plan, written next to the
 * working directory as amlnet-interrupted-<hash>.plan.json (the --plan-file a resumption checks its changes against).
 */
function resumeWith(
  plan: Plan,
  argv: string[],
  o: Options,
  reviewed: { planHash: string } | undefined,
): { command: string } | { error: string } {
  if (o.planFile !== undefined && reviewed !== undefined)
    return { command: resumeCommand(argv, o.planFile, reviewed.planHash) };
  const file = `amlnet-interrupted-${plan.planHash.slice(0, 12)}.plan.json`;
  try {
    writeFileSync(resolve(file), renderPlanJson(plan, { specPath: o.spec }));
  } catch (err) {
    return { error: `the plan could not be written to ${file}: ${err instanceof Error ? err.message : String(err)}` };
  }
  return { command: resumeCommand(argv, file, plan.planHash) };
}

export async function run(argv: string[]): Promise<number> {
  return runApply(argv, processOutput);
}
