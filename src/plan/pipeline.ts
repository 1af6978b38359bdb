// The ONE plan pipeline, shared by `amlnet plan`, `amlnet apply` and the action:
// validate offline -> (stop on errors) -> read live state -> live rules -> diff -> plan.
// Pure: the live state comes through a LiveStateReader (src/live/reader.ts); app/plan.ts binds it to Azure.
import { validateSpecFile, validateSpecText, type ValidateResult } from '../validate.js';
import type { SpecSourceMap } from '../spec/source-map.js';
import type { Spec } from '../spec/types.js';
import type { Finding } from '../findings/finding.js';
import { liveRules } from '../rules/live/index.js';
import type { LiveStateReader } from '../live/reader.js';
import type { LiveState } from '../live/types.js';
import { buildPlan } from './build.js';
import { ATTACH_SUBSCRIPTION_RULE_ID, attachSubscriptionFindings } from '../rules/offline/attach-subscription.js';
import { runLiveRules, sortFindings, type SourcePositionResolver } from '../findings/run.js';
import type { Plan } from './model.js';
import { applySeverityPolicy } from '../spec/policy.js';
import { KNOWN_RULES } from '../rules/known.js';

export interface PlanWithReaderInput {
  /** Path of the spec (read when specText is absent; always used in messages). */
  specPath: string;
  specText?: string;
  /** The folder the spec file must stay in (see validateSpecFile); absent: not checked. */
  root?: string;
  /** Overrides the spec's subscriptionId (action input `subscription-id`, CLI `--subscription`). */
  subscriptionId?: string | null;
  reader: LiveStateReader;
  /** 'apply' makes checks about the running identity's write permissions errors. */
  mode?: 'plan' | 'apply';
}

export type PlanWithReaderResult =
  | { status: 'invalid'; validation: ValidateResult }
  | {
      status: 'planned';
      validation: ValidateResult;
      spec: Spec;
      plan: Plan;
      live: LiveState;
      /** Distinct Azure reads made for the live state. */
      reads: number;
    };

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

export async function planWithReader(input: PlanWithReaderInput): Promise<PlanWithReaderResult> {
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
  const { live, reads } = await input.reader.read(spec);
  const liveFindings = runLiveRules(
    liveRules,
    { spec, live, mode: input.mode ?? 'plan' },
    positionResolver(validation.sourceMap),
  );
  // policy.severity applies to live findings as it did to the offline ones (validate reported its own findings).
  const findings: Finding[] = sortFindings([
    ...validation.findings,
    ...applySeverityPolicy(liveFindings, spec, KNOWN_RULES),
  ]);
  const plan = buildPlan(spec, live, findings);
  return { status: 'planned', validation, spec, plan, live, reads };
}
