// The ONE plan pipeline, shared by `amlnet plan`, `amlnet apply` and the action:
// validate offline -> (stop on errors) -> read live state -> live rules -> diff -> plan.
// Azure SDKs are loaded only when a plan is actually computed.
import type { TokenCredential } from '@azure/core-auth';
import { validateSpecFile, validateSpecText, type ValidateResult } from '../validate.js';
import type { SpecSourceMap } from '../spec/source-map.js';
import type { Spec } from '../spec/types.js';
import type { Finding } from '../rules/types.js';
import { liveRules } from '../rules/live/index.js';
import { createClients, type AzureClients, type ClientFactoryOptions } from '../azure/clients.js';
import { resolveEndpoints, type AzureEndpoints } from '../azure/endpoints.js';
import { readLiveState } from '../azure/live/read.js';
import type { LiveState } from '../azure/live/types.js';
import { buildPlan } from './build.js';
import { ATTACH_SUBSCRIPTION_RULE_ID, attachSubscriptionFindings } from '../rules/offline/attach-subscription.js';
import { runLiveRules, sortFindings, type SourcePositionResolver } from './findings.js';
import type { Plan } from './model.js';

export interface PlanSpecInput {
  /** Path of the spec (read when specText is absent; always used in messages). */
  specPath: string;
  specText?: string;
  /** The folder the spec file must stay in (see validateSpecFile); absent: not checked. */
  root?: string;
  /** Either a credential (clients are built here) or ready clients (tests, apply reusing its own). */
  credential?: TokenCredential;
  clients?: AzureClients;
  endpoints?: AzureEndpoints;
  /** Overrides the spec's subscriptionId (action input `subscription-id`, CLI `--subscription`). */
  subscriptionId?: string | null;
  /** 'apply' makes checks about the running identity's write permissions errors. */
  mode?: 'plan' | 'apply';
  concurrency?: number;
  /** Passed to the clients factory when clients are built here (poll interval, Retry-After cap, request hook). */
  clientOptions?: Pick<ClientFactoryOptions, 'pollIntervalMs' | 'maxRetryAfterSeconds' | 'onRequest'>;
}

export type PlanSpecResult =
  | { status: 'invalid'; validation: ValidateResult }
  | {
      status: 'planned';
      validation: ValidateResult;
      spec: Spec;
      plan: Plan;
      live: LiveState;
      clients: AzureClients;
      /** Distinct Azure reads made for the live state. */
      reads: number;
    };

export type DegradedPlanResult = { status: 'degraded'; reason: string; validation: ValidateResult };

async function validate(input: { specPath: string; specText?: string; root?: string }): Promise<ValidateResult> {
  return input.specText !== undefined
    ? validateSpecText(input.specText, input.specPath)
    : await validateSpecFile(input.specPath, input.root !== undefined ? { root: input.root } : {});
}

/** Positions for live findings, from the source map of the same parse that validated the spec. */
export function positionResolver(sourceMap: SpecSourceMap | undefined): SourcePositionResolver {
  if (sourceMap === undefined) return () => ({ line: 1, column: 1 });
  return (path) => sourceMap.valuePosition(path);
}

export async function planSpec(input: PlanSpecInput): Promise<PlanSpecResult> {
  const validation = await validate(input);
  if (!validation.valid || validation.spec === undefined) return { status: 'invalid', validation };
  const spec = validation.spec;
  const subscriptionId = input.subscriptionId || spec.subscriptionId;
  if (subscriptionId.toLowerCase() !== spec.subscriptionId.toLowerCase()) {
    // The override moves amlnet to another subscription: attach ids must be in that one (before any Azure call).
    const resolve = positionResolver(validation.sourceMap);
    const moved: Finding[] = attachSubscriptionFindings(spec, subscriptionId).map((f) => ({
      ...f,
      ruleId: ATTACH_SUBSCRIPTION_RULE_ID,
      severity: 'error',
      ...resolve(f.path),
    }));
    if (moved.length > 0) {
      const findings = sortFindings([...validation.findings, ...moved]);
      return { status: 'invalid', validation: { ...validation, findings, valid: false } };
    }
  }
  let clients = input.clients;
  if (clients === undefined) {
    if (input.credential === undefined) throw new Error('planSpec needs a credential or clients');
    clients = createClients({
      credential: input.credential,
      endpoints: input.endpoints ?? resolveEndpoints(),
      subscriptionId,
      ...input.clientOptions,
    });
  }
  const { live, reads } = await readLiveState(spec, clients, { concurrency: input.concurrency });
  const liveFindings = runLiveRules(
    liveRules,
    { spec, live, mode: input.mode ?? 'plan' },
    positionResolver(validation.sourceMap),
  );
  const findings: Finding[] = sortFindings([...validation.findings, ...liveFindings]);
  const plan = buildPlan(spec, live, findings);
  return { status: 'planned', validation, spec, plan, live, clients, reads };
}

/**
 * Degraded mode (no Azure access: a fork's pull request, no id-token permission): validate offline only and
 * return a plan-less result carrying the reason, for the comment and the job summary.
 */
export async function planOffline(input: {
  specPath: string;
  specText?: string;
  reason: string;
}): Promise<DegradedPlanResult> {
  const validation = await validate(input);
  return { status: 'degraded', reason: input.reason, validation };
}
