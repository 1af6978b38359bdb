// Binds the action's Pipeline (pipeline.ts) to the project's libraries. Loaded lazily by main.ts; the
// Azure side (credential, plan pipeline, appliers) is imported only when a live plan is asked for.
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
      const [{ resolveEndpoints }, { createCredential }, { planSpec }, { createClients }, { applyPlanToAzure }] =
        await Promise.all([
          import('../azure/endpoints.js'),
          import('../azure/credential.js'),
          import('../plan/pipeline.js'),
          import('../azure/clients.js'),
          import('../azure/apply/run.js'),
        ]);
      const endpoints = resolveEndpoints({
        environment: target.environment,
        armEndpoint: target.armEndpoint,
        authorityHost: target.authorityHost,
      });
      const { credential } = await createCredential({
        endpoints,
        tenantId: target.tenantId,
        clientId: target.clientId,
        getIdToken: target.getIdToken,
        audience: target.audience,
      });
      return {
        async plan(specFile, mode, root) {
          const result = await planSpec({
            specPath: specFile,
            root,
            credential,
            endpoints,
            subscriptionId: target.subscriptionId,
            mode,
            clientOptions,
          });
          if (result.status !== 'planned') {
            // validateFile passed a moment ago: only a file changed under our feet gets here.
            throw new Error(`${specFile} changed while amlnet was running and no longer validates`);
          }
          return { plan: result.plan, spec: result.spec };
        },
        async apply(plan, spec) {
          // The apply writes through its own clients (their SDK retries are replaced by the executor's).
          const clients = createClients({
            credential,
            endpoints,
            subscriptionId: target.subscriptionId || spec.subscriptionId,
            ...clientOptions,
          });
          return applyPlanToAzure(plan, spec, { clients });
        },
      };
    },

    renderPlanComment: (plan, ctx) => renderPlanComment(plan, ctx),
    renderPlanSummary: (plan, ctx) => renderPlanSummary(plan, ctx),
    renderNoPlanComment: (findings, reason, ctx) =>
      renderDegradedComment({ reason, findings, valid: !findings.some((f) => f.severity === 'error') }, ctx),
    renderApplySummary: (result) => renderApplyMarkdown(result),
  };
}

export const pipeline: Pipeline = createPipeline();
