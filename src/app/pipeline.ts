// The action's view of the composition root: validate, log in (a Session of session.ts: plan, apply, import)
// and the renderers of the comment and the job summary. main.ts loads this module lazily and drives the run
// through it; the CLI commands use session.ts directly. Every library behind it is loaded on first use, so a
// validate-only run never loads the Azure SDKs, and a run that fails early never loads a renderer.
import type { Finding } from '../findings/finding.js';
import type { Spec } from '../spec/types.js';
import type { Plan } from '../plan/model.js';
import type { ApplyResult } from '../apply/types.js';
import type { ApplyObserver } from '../apply/progress.js';
import type { AzureCloudName } from '../azure/endpoints.js';
import type { ImportResult, ImportTarget } from './import.js';
import { validateSpecFile } from '../validate.js';

export interface Validation {
  findings: Finding[];
  /** Present when the file parsed and matched the schema. */
  spec?: Spec;
}

export interface AzureTarget {
  environment: AzureCloudName;
  armEndpoint?: string;
  authorityHost?: string;
  tenantId: string;
  clientId: string;
  audience: string;
  /** Overrides the spec's subscriptionId. */
  subscriptionId?: string;
  /** Fetches a GitHub OIDC token for an audience (the port's getIDToken in the action). */
  getIdToken: (audience: string) => Promise<string>;
}

/** What the comment and the summary say about where a plan comes from. */
export interface RenderContext {
  specPath: string;
  commit: string;
  runUrl?: string;
  /** The rule catalogue (docs/rules.md) each finding links into. */
  rulesUrl?: string;
  /** The planned spec: the comment and the summary then show a picture of its network. */
  spec?: Spec;
}

export interface Planned {
  plan: Plan;
  spec: Spec;
}

/** A logged-in session: plan, apply and import share one credential. */
export interface AzureSession {
  /** Validates again, reads the live state and plans; `mode: 'apply'` makes permission checks errors. */
  plan(specFile: string, mode: 'plan' | 'apply', root: string): Promise<Planned>;
  /** `progress`: told of each change's start, heartbeats and finish (the action groups them in its log). */
  apply(plan: Plan, spec: Spec, progress?: ApplyObserver): Promise<ApplyResult>;
  /** Reads Azure (reads only) and writes a spec for it; `file` is the name the findings refer to. */
  import(target: ImportTarget, file: string): Promise<ImportResult>;
}

export interface Renderers {
  renderPlanComment(plan: Plan, ctx: RenderContext): string;
  renderPlanSummary(plan: Plan, ctx: RenderContext): string;
  /** The comment when there is no plan (error findings): replaces a stale plan, carries no plan-hash. */
  renderNoPlanComment(findings: Finding[], reason: string, ctx: RenderContext): string;
  renderApplySummary(result: ApplyResult): string;
}

export interface Pipeline {
  /** `root`: the folder the spec must stay in (the workspace). */
  validateFile(path: string, root: string): Promise<Validation>;
  login(target: AzureTarget): Promise<AzureSession>;
  /** The Markdown renderers, loaded when the run first has something to render. */
  renderers(): Promise<Renderers>;
}

export interface PipelineOptions {
  /** LRO poll interval when Azure sends no Retry-After (default: the SDKs' 2 s); the demo and tests shorten it. */
  pollIntervalMs?: number;
  /** Caps a server's Retry-After (seconds); the demo and tests against the emulator shorten it. */
  maxRetryAfterSeconds?: number;
}

async function loadRenderers(): Promise<Renderers> {
  const [{ renderDegradedComment, renderPlanComment, renderPlanSummary }, { renderApplyMarkdown }] = await Promise.all([
    import('../render/plan-markdown.js'),
    import('../apply/render.js'),
  ]);
  return {
    renderPlanComment: (plan, ctx) => renderPlanComment(plan, ctx),
    renderPlanSummary: (plan, ctx) => renderPlanSummary(plan, ctx),
    renderNoPlanComment: (findings, reason, ctx) =>
      renderDegradedComment({ reason, findings, valid: !findings.some((f) => f.severity === 'error') }, ctx),
    renderApplySummary: (result) => renderApplyMarkdown(result),
  };
}

export function createPipeline(options: PipelineOptions = {}): Pipeline {
  const clientOptions = {
    ...(options.pollIntervalMs !== undefined ? { pollIntervalMs: options.pollIntervalMs } : {}),
    ...(options.maxRetryAfterSeconds !== undefined ? { maxRetryAfterSeconds: options.maxRetryAfterSeconds } : {}),
  };
  let renderers: Promise<Renderers> | undefined;
  return {
    async validateFile(path, root) {
      const result = await validateSpecFile(path, { root });
      return { findings: result.findings, spec: result.spec };
    },

    async login(target): Promise<AzureSession> {
      const [{ resolveEndpoints }, { openSession }] = await Promise.all([
        import('../azure/endpoints.js'),
        import('./session.js'),
      ]);
      const endpoints = resolveEndpoints({
        environment: target.environment,
        armEndpoint: target.armEndpoint,
        authorityHost: target.authorityHost,
      });
      const session = await openSession(
        {
          endpoints,
          tenantId: target.tenantId,
          clientId: target.clientId,
          getIdToken: target.getIdToken,
          audience: target.audience,
        },
        { subscriptionId: target.subscriptionId, clientOptions },
      );
      return {
        async plan(specFile, mode, root) {
          const result = await session.plan({ specPath: specFile, root, mode });
          if (result.status !== 'planned') {
            // validateFile passed a moment ago: only a file changed under our feet gets here.
            throw new Error(`${specFile} changed while amlnet was running and no longer validates`);
          }
          return { plan: result.plan, spec: result.spec };
        },
        apply: (plan, spec, progress) => session.apply(plan, spec, progress !== undefined ? { progress } : {}),
        import: (importTarget, file) => session.import(importTarget, file),
      };
    },

    renderers: () => (renderers ??= loadRenderers()),
  };
}

/** The environment variable of the test-only poll-interval knob (README.md, "Development"). */
export const POLL_INTERVAL_VARIABLE = 'AMLNET_POLL_INTERVAL_MS';

/**
 * The action's pipeline options from its environment. Only tests set AMLNET_POLL_INTERVAL_MS (the crash matrix
 * shortens the 2 s LRO poll to run against the emulator in reasonable time); a workflow never needs it. A value
 * that is not a whole number of milliseconds from 0 to 60000 is refused with a message naming it.
 */
export function pipelineOptionsFromEnv(env: Readonly<Record<string, string | undefined>>): PipelineOptions {
  const raw = env[POLL_INTERVAL_VARIABLE];
  if (raw === undefined || raw === '') return {};
  const value = Number(raw);
  if (!/^\d{1,5}$/.test(raw.trim()) || value > 60_000) {
    throw new Error(
      `${POLL_INTERVAL_VARIABLE} must be a whole number of milliseconds from 0 to 60000, got ${JSON.stringify(raw.slice(0, 40))}`,
    );
  }
  return { pollIntervalMs: value };
}
