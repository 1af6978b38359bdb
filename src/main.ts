// Action orchestration, the one place that calls setFailed. Data flows one way:
// settings -> event/mode -> validate (annotations) -> stop on errors -> login -> plan -> plan file ->
// comment (pull request) | drift (schedule) | reviewed-plan check + apply (merge) -> job summary -> outputs.
// Everything it reads from or writes to the runner goes through the ActionsIO port (github/io.ts): the action's
// entry passes the @actions/core adapter, the demo and the tests an in-memory one. The libraries it drives
// (validate, login, plan, apply, import, renderers) are the composition root's (app/pipeline.ts), loaded lazily.
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Plan } from './plan/model.js';
import { escapeMarkdown } from './render/markdown.js';
import { compareWithReviewed } from './plan/resume.js';
import { specRoot } from './validate.js';
import type { Finding } from './rules/types.js';
import { getSettings, missingAzureInputs, Outputs, type Settings } from './settings.js';
import { readRunEvent, resolveMode, type Mode, type RunEvent } from './github/event.js';
import { annotate } from './github/annotations.js';
import { details, findingsTable, summaryMarkdown, type SummaryPart } from './github/summary.js';
import { CommentForbiddenError, commentMarker, ownLogin, upsertComment } from './github/comment.js';
import { findReviewedPlan, type ReviewedPlan } from './github/reviewed-plan.js';
import { groupedProgress } from './github/progress-log.js';
import { createOctokit, errorMessage, type Octokit } from './github/client.js';
import type { ActionsIO } from './github/io.js';
import type { AzureSession, Pipeline, RenderContext } from './app/pipeline.js';

/** A failure already explained to the user: main reports its message, nothing else. */
class ActionFailure extends Error {
  override name = 'ActionFailure';
}

/** Below GitHub's 1 MiB limit on a step summary, with room for the truncation note. */
const MAX_SUMMARY_CHARS = 1_000_000;

/** Collects the job summary as the run goes; written once at the end, whatever happens. */
class Summary {
  readonly parts: SummaryPart[] = [];
  constructor(
    private readonly io: ActionsIO,
    public title: string,
  ) {}
  /** Adds a part under `heading`, unless the markdown brings its own heading (the plan and apply renderers do). */
  add(heading: string, markdown: string): void {
    this.parts.push({ heading: /^#{1,6} /.test(markdown) ? '' : heading, markdown });
  }
  async write(): Promise<void> {
    let md = summaryMarkdown(this.title, this.parts);
    // GitHub refuses a step summary over 1 MiB; the plan file always has the whole plan.
    if (md.length > MAX_SUMMARY_CHARS) {
      md = md.slice(0, MAX_SUMMARY_CHARS) + '\n\n… (truncated: the full plan is in the plan file, output plan-file)\n';
    }
    this.io.summary.append(md);
    await this.io.summary.write();
  }
}

const MODE_TITLE: Record<Mode['kind'], string> = {
  validate: 'validate',
  plan: 'plan',
  drift: 'drift check',
  apply: 'apply',
};

/** The folder of the run's files under RUNNER_TEMP. */
function runnerTemp(state: RunState): string {
  const dir = join(state.io.env['RUNNER_TEMP'] || tmpdir(), 'amlnet');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Writes the plan JSON (the same object as `amlnet plan --format json`) under RUNNER_TEMP and returns its path. */
async function writePlanFile(state: RunState, plan: Plan, commit: string): Promise<string> {
  const { renderPlanJson } = await import('./render/plan-json.js');
  const specPath = state.settings.specPath;
  const dir = runnerTemp(state);
  mkdirSync(dir, { recursive: true });
  const slug = specPath.replace(/[^A-Za-z0-9._-]+/g, '_');
  const file = join(dir, `plan-${slug}${commit ? `-${commit.slice(0, 12)}` : ''}.json`);
  writeFileSync(file, renderPlanJson(plan, { specPath, ...(commit ? { commit } : {}) }));
  return file;
}

/** Writes the findings as SARIF under RUNNER_TEMP (one file per spec, rewritten when the plan adds live findings). */
async function writeSarifFile(state: RunState, findings: readonly Finding[]): Promise<string> {
  const [{ renderFindingsSarif }, { amlnetSarifOptions }] = await Promise.all([
    import('./render/sarif.js'),
    import('./render/sarif-catalogue.js'),
  ]);
  const specPath = state.settings.specPath;
  const file = join(runnerTemp(state), `findings-${specPath.replace(/[^A-Za-z0-9._-]+/g, '_')}.sarif`);
  writeFileSync(file, renderFindingsSarif(findings, amlnetSarifOptions(specPath)));
  return file;
}

function errorCount(findings: readonly Finding[]): number {
  return findings.filter((f) => f.severity === 'error').length;
}

async function loadPipeline(env: Readonly<Record<string, string | undefined>>): Promise<Pipeline> {
  const mod = await import('./app/pipeline.js');
  return mod.createPipeline(mod.pipelineOptionsFromEnv(env));
}

interface RunState {
  io: ActionsIO;
  settings: Settings;
  /** Absolute path of the spec in the workspace. */
  specFile: string;
  /** The workspace: the spec must stay inside it. */
  root: string;
  event: RunEvent;
  mode: Mode;
  summary: Summary;
  pipeline: Pipeline;
  octokit?: Octokit;
  /** The GitHub OIDC token for the audience input, fetched while the spec is validated (a live mode only). */
  idToken?: Promise<string>;
}

/**
 * Starts fetching the GitHub OIDC token now, so that it arrives while the spec is validated and the Azure
 * modules load. A GitHub request, not an Azure call: an invalid spec still makes no Azure call.
 */
function prefetchIdToken(state: RunState): void {
  const { settings, event, mode } = state;
  if (mode.kind === 'validate' || !event.oidcAvailable || missingAzureInputs(settings).length > 0) return;
  state.idToken = state.io.getIDToken(settings.audience);
  state.idToken.catch(() => undefined); // reported by the login that takes it
}

/** The prefetched token for the first request of the audience input; a fresh one for every later request. */
function idTokenFor(state: RunState, audience: string): Promise<string> {
  const prefetched = state.idToken;
  state.idToken = undefined;
  return prefetched !== undefined && audience === state.settings.audience ? prefetched : state.io.getIDToken(audience);
}

async function github(state: RunState): Promise<Octokit> {
  if (state.octokit === undefined) {
    if (state.settings.githubToken === '') {
      throw new ActionFailure("the github-token input is empty; leave it at its default '${{ github.token }}'");
    }
    state.octokit = await createOctokit(state.settings.githubToken, state.io.env);
  }
  return state.octokit;
}

/** Posts or edits the sticky comment. A token that cannot comment is a warning, not a failure. */
async function postComment(state: RunState, issueNumber: number, body: string): Promise<void> {
  const marker = commentMarker(state.settings.specPath);
  try {
    const octokit = await github(state);
    const result = await upsertComment(
      octokit,
      { owner: state.event.owner, repo: state.event.repo, issueNumber },
      marker,
      body,
    );
    state.io.setOutput(Outputs.CommentUrl, result.url);
    state.io.info(`amlnet: pull request comment ${result.action}: ${result.url}`);
  } catch (err) {
    if (err instanceof CommentForbiddenError) {
      state.io.warning(`${err.message}. The job summary has the same content.`);
      state.summary.add('Pull request comment', `Not posted: ${err.message}.`);
      return;
    }
    throw err;
  }
}

async function login(state: RunState): Promise<AzureSession> {
  const { settings, event } = state;
  if (!event.oidcAvailable) {
    throw new ActionFailure(
      'this job cannot request a GitHub OIDC token; give it `permissions: id-token: write` (and contents: read)',
    );
  }
  const missing = missingAzureInputs(settings);
  if (missing.length > 0) {
    throw new ActionFailure(
      `a live ${MODE_TITLE[state.mode.kind]} needs the input(s) ${missing.join(', ')} ` +
        '(the Entra app registration that holds the federated credential)',
    );
  }
  return state.pipeline.login({
    environment: settings.environment,
    armEndpoint: settings.armEndpoint,
    authorityHost: settings.authorityHost,
    tenantId: settings.tenantId as string,
    clientId: settings.clientId as string,
    audience: settings.audience,
    subscriptionId: settings.subscriptionId,
    getIdToken: (aud) => idTokenFor(state, aud),
  });
}

async function setPlanOutputs(state: RunState, plan: Plan): Promise<void> {
  const { io } = state;
  io.setOutput(Outputs.HasChanges, String(plan.hasChanges));
  io.setOutput(Outputs.PlanHash, plan.planHash);
  const file = await writePlanFile(state, plan, renderContext(state).commit);
  io.setOutput(Outputs.PlanFile, file);
  io.setOutput(Outputs.SarifFile, await writeSarifFile(state, plan.findings));
  io.info(`amlnet: plan-hash ${plan.planHash}; plan file ${file}`);
}

function renderContext(state: RunState): RenderContext {
  const pr = state.mode.kind === 'plan' ? state.mode.pullRequest : undefined;
  return {
    specPath: state.settings.specPath,
    commit: pr?.headSha ?? state.event.sha,
    runUrl: state.event.runUrl,
    rulesUrl: state.event.rulesUrl,
  };
}

async function planStep(state: RunState): Promise<void> {
  const mode = state.mode;
  const session = await login(state);
  const { plan, spec } = await session.plan(state.specFile, 'plan', state.root);
  await setPlanOutputs(state, plan);
  const render = await state.pipeline.renderers();
  const ctx = { ...renderContext(state), spec };
  state.summary.add('Plan', render.renderPlanSummary(plan, ctx));
  if (mode.kind === 'plan' && mode.pullRequest !== undefined && state.settings.comment) {
    await postComment(state, mode.pullRequest.number, render.renderPlanComment(plan, ctx));
  }
  if (mode.kind === 'drift' && plan.hasChanges) {
    state.io.warning(`drift: the live state of ${state.settings.specPath} differs from the spec (see the job summary)`);
  }
  if (plan.refused) {
    throw new ActionFailure('the plan has refusals or errors and cannot be applied (see the job summary)');
  }
}

/** Why a reviewed plan cannot be used, or undefined when it can (kind found). */
function distrust(reviewed: ReviewedPlan, sha: string): string | undefined {
  switch (reviewed.kind) {
    case 'found':
      return undefined;
    case 'no-pull-request':
      return `no merged pull request contains commit ${sha.slice(0, 12)}, so there is no reviewed plan`;
    case 'no-comment':
      return `merged pull request #${reviewed.pullRequest} has no amlnet plan comment`;
    case 'no-hash':
      return `the amlnet comment on merged pull request #${reviewed.pullRequest} shows no plan (it had errors)`;
    case 'stale':
      return (
        `the plan on pull request #${reviewed.pullRequest} was computed for commit ${reviewed.commit.slice(0, 12)}, ` +
        `not for its final head commit ${reviewed.headSha.slice(0, 12)} (the last push was never planned)`
      );
    case 'edited':
      return (
        `the amlnet comment on pull request #${reviewed.pullRequest} was edited by ${reviewed.editors.join(', ')}, ` +
        'so it is no longer the plan amlnet showed'
      );
    case 'unverifiable':
      return `the edit history of the amlnet comment on pull request #${reviewed.pullRequest} cannot be checked: ${reviewed.why}`;
    default: {
      const never: never = reviewed;
      return String(never);
    }
  }
}

/**
 * Compares the fresh plan with the one people approved, BEFORE any write. Throws (nothing applied) unless
 * they match or on-plan-change: apply says to go on; a refusal names the check that failed and the summary
 * shows both plans.
 */
async function checkReviewedPlan(state: RunState, plan: Plan, freshPlan: string): Promise<void> {
  const { settings, event } = state;
  const octokit = await github(state);
  const marker = commentMarker(settings.specPath);
  const reviewed = await findReviewedPlan(octokit, event, event.sha, marker, await ownLogin(octokit));
  const reviewedBody = 'commentBody' in reviewed ? reviewed.commentBody : undefined;
  const showBoth = (title: string, what: string): void => {
    const shown =
      reviewedBody === undefined ? 'none' : details('The reviewed plan (as the comment shows it)', reviewedBody);
    state.summary.add(title, `${escapeMarkdown(what)}.\n\n${shown}`);
    state.summary.add('The fresh plan', freshPlan);
  };
  if (reviewed.kind === 'found') {
    const verdict = compareWithReviewed(plan, reviewed);
    if (verdict.kind === 'same') {
      state.io.info(`amlnet: the fresh plan matches the plan reviewed on pull request #${reviewed.pullRequest}`);
      return;
    }
    if (verdict.kind === 'resume') {
      // An earlier run did part of the reviewed plan: what is left is all reviewed, with the same values.
      const line = `resuming: ${verdict.done} of ${verdict.total} reviewed changes already applied`;
      state.io.info(`amlnet: ${line} (pull request #${reviewed.pullRequest})`);
      state.summary.add(
        'Resuming the reviewed plan',
        `${line}; every remaining change was reviewed on pull request #${reviewed.pullRequest}.`,
      );
      return;
    }
    const unreviewed = verdict.unreviewed.map((c) => `${c.action} ${c.address}`).join(', ');
    const what =
      `the plan changed since it was reviewed on pull request #${reviewed.pullRequest}: ` +
      `reviewed plan-hash ${reviewed.planHash}, fresh plan-hash ${plan.planHash}` +
      (unreviewed === '' ? '' : `; not reviewed: ${unreviewed}`);
    showBoth('Plan changed after review', what);
    if (settings.onPlanChange === 'fail') {
      throw new ActionFailure(
        `${what}. Nothing was applied. Re-run the plan on a pull request and review it, ` +
          'or set on-plan-change: apply to apply the fresh plan.',
      );
    }
    state.io.warning(`${what}; applying the fresh plan (on-plan-change: apply)`);
    return;
  }
  const why = distrust(reviewed, event.sha) ?? reviewed.kind;
  // A manual dispatch on the default branch is an explicit human decision (behind the environment's protection
  // rules) when there is simply no reviewed plan; a stale, edited or unverifiable one is refused all the same.
  const noPlanAtAll =
    reviewed.kind === 'no-pull-request' || reviewed.kind === 'no-comment' || reviewed.kind === 'no-hash';
  if (settings.onPlanChange === 'fail' && !(noPlanAtAll && event.name === 'workflow_dispatch')) {
    showBoth('No trusted reviewed plan', why);
    throw new ActionFailure(
      `${why}. Nothing was applied. ${
        noPlanAtAll ? 'Merge the change through a pull request' : 'Push to the pull request again so amlnet re-plans it'
      }, or set on-plan-change: apply to apply the fresh plan without a reviewed one.`,
    );
  }
  state.io.warning(`${why}; applying the fresh plan`);
}

async function applyStep(state: RunState): Promise<void> {
  const session = await login(state);
  const { plan, spec } = await session.plan(state.specFile, 'apply', state.root);
  await setPlanOutputs(state, plan);
  const render = await state.pipeline.renderers();
  const freshPlan = render.renderPlanSummary(plan, renderContext(state));
  await checkReviewedPlan(state, plan, freshPlan);

  if (plan.refused) {
    state.summary.add('Plan', freshPlan);
    throw new ActionFailure('the plan has refusals or errors; nothing was applied (see the job summary)');
  }
  const result = await session.apply(plan, spec, groupedProgress(state.io));
  state.summary.add('Apply', render.renderApplySummary(result));
  if (result.aci !== undefined) state.io.setOutput(Outputs.AciSubnet, result.aci.subnetId);
  if (result.status === 'failed' || result.status === 'refused') {
    const reasons = result.refusal?.length ? `: ${result.refusal.join('; ')}` : '';
    throw new ActionFailure(`apply ${result.status}${reasons} (see the job summary)`);
  }
  state.io.info(`amlnet: apply ${result.status}, plan-hash ${result.planHash}, ${result.writes} write(s)`);
}

async function orchestrate(state: RunState): Promise<void> {
  const { settings, mode } = state;
  if (mode.kind === 'validate' && mode.reason !== undefined) {
    state.io.notice(`amlnet: ${mode.reason}`);
    state.summary.add('No live plan', `${mode.reason}.`);
  }
  prefetchIdToken(state);
  const validation = await state.pipeline.validateFile(state.specFile, state.root);
  annotate(state.io, validation.findings, settings.specPath, state.event.rulesUrl);
  state.io.setOutput(Outputs.SarifFile, await writeSarifFile(state, validation.findings));
  state.summary.add('Findings', findingsTable(validation.findings, settings.specPath, state.event.rulesUrl));
  const errors = errorCount(validation.findings);
  const valid = errors === 0 && validation.spec !== undefined;
  state.io.setOutput(Outputs.Valid, String(valid));
  if (!valid || validation.spec === undefined) {
    if (mode.kind === 'plan' && mode.pullRequest !== undefined && settings.comment) {
      const reason = `the spec has ${errors} error finding(s); fix them and push again`;
      await postComment(
        state,
        mode.pullRequest.number,
        (await state.pipeline.renderers()).renderNoPlanComment(validation.findings, reason, renderContext(state)),
      );
    }
    throw new ActionFailure(`${settings.specPath}: ${errors} error finding(s); nothing was planned or applied`);
  }
  switch (mode.kind) {
    case 'validate':
      return;
    case 'plan':
    case 'drift':
      return planStep(state);
    case 'apply':
      return applyStep(state);
    default: {
      const never: never = mode;
      throw new Error(`unknown mode ${String(never)}`);
    }
  }
}

/** One line for the log, never a stack trace: Azure errors carry their code, message and correlation id. */
async function describe(err: unknown): Promise<string> {
  if (err instanceof ActionFailure) return err.message;
  const { toAzureError, formatAzureError } = await import('./azure/errors.js');
  const name = err instanceof Error ? err.name : '';
  if (name === 'RestError') return `Azure: ${formatAzureError(toAzureError(err))}`;
  return errorMessage(err);
}

/** Runs the action once through `io`; `pipeline` defaults to the composition root's (tests shorten its polls). */
export async function run(io: ActionsIO, pipeline?: Pipeline): Promise<void> {
  const summary = new Summary(io, 'amlnet');
  try {
    const settings = getSettings(io);
    const event = readRunEvent(io.env);
    if (settings.command === 'import') {
      summary.title = `amlnet import: \`${settings.import?.workspace ?? ''}\``;
      const { importStep } = await import('./github/import-step.js');
      return await importStep(io, pipeline ?? (await loadPipeline(io.env)), settings, summary, event.rulesUrl);
    }
    const mode = resolveMode(settings.command, event);
    summary.title = `amlnet ${MODE_TITLE[mode.kind]}: \`${settings.specPath}\``;
    io.info(`amlnet: ${MODE_TITLE[mode.kind]} of ${settings.specPath} (event ${event.name || 'none'})`);
    const root = specRoot(io.env);
    const specFile = resolve(root, settings.specPath);
    await orchestrate({
      io,
      settings,
      specFile,
      root,
      event,
      mode,
      summary,
      pipeline: pipeline ?? (await loadPipeline(io.env)),
    });
  } catch (err) {
    const message = await describe(err);
    // Error texts can quote values from the spec or Azure: escaped like everything else rendered.
    summary.add('Failed', escapeMarkdown(message));
    io.setFailed(message);
  } finally {
    try {
      await summary.write();
    } catch (err) {
      io.warning(`could not write the job summary: ${errorMessage(err)}`);
    }
  }
}
