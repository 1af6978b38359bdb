// Binds the action's Pipeline (pipeline.ts) to the project's libraries. Loaded lazily by main.ts; the
// Azure side (the session of app/session.ts: credential, plan pipeline, appliers) is imported only when a live
// plan is asked for.
import type { AzureSession, Pipeline } from './pipeline.js';
import { validateSpecFile } from '../validate.js';
import { renderDegradedComment, renderPlanComment, renderPlanSummary } from '../render/plan-markdown.js';
import { renderApplyMarkdown } from '../apply/render.js';

export interface PipelineOptions {
  /** LRO poll interval when Azure sends no Retry-After (default: the SDKs' 2 s); the demo and tests shorten it. */
  pollIntervalMs?: number;
  /** Caps a server's Retry-After (seconds); the demo and tests against the emulator shorten it. */
  maxRetryAfterSeconds?: number;
}

export function createPipeline(options: PipelineOptions = {}): Pipeline {
  const clientOptions = {
    ...(options.pollIntervalMs !== undefined ? { pollIntervalMs: options.pollIntervalMs } : {}),
    ...(options.maxRetryAfterSeconds !== undefined ? { maxRetryAfterSeconds: options.maxRetryAfterSeconds } : {}),
  };
  return {
    async validateFile(path, root) {
      const result = await validateSpecFile(path, { root });
      return { findings: result.findings, spec: result.spec };
    },

    async login(target): Promise<AzureSession> {
      const [{ resolveEndpoints }, { openSession }] = await Promise.all([
        import('../azure/endpoints.js'),
        import('../app/session.js'),
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
          const result = await session.plan({ specPath: specFile, ...(root !== undefined ? { root } : {}), mode });
          if (result.status !== 'planned') {
            // validateFile passed a moment ago: only a file changed under our feet gets here.
            throw new Error(`${specFile} changed while amlnet was running and no longer validates`);
          }
          return { plan: result.plan, spec: result.spec };
        },
        apply: (plan, spec, progress) => session.apply(plan, spec, progress !== undefined ? { progress } : {}),
      };
    },

    renderPlanComment: (plan, ctx) => renderPlanComment(plan, ctx),
    renderPlanSummary: (plan, ctx) => renderPlanSummary(plan, ctx),
    renderNoPlanComment: (findings, reason, ctx) =>
      renderDegradedComment({ reason, findings, valid: !findings.some((f) => f.severity === 'error') }, ctx),
    renderApplySummary: (result) => renderApplyMarkdown(result),
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

export const pipeline: Pipeline = createPipeline(pipelineOptionsFromEnv(process.env));
