// The action's view of the libraries it drives: validate, plan, apply and their renderers. One file
// (libraries.ts) binds it to those modules, loaded lazily so a validate-only run never loads the Azure SDKs.
import type { Finding } from '../rules/types.js';
import type { Spec } from '../spec/types.js';
import type { Plan } from '../plan/model.js';
import type { ApplyResult } from '../apply/types.js';
import type { ApplyObserver } from '../apply/progress.js';
import type { CloudName } from '../settings.js';

export interface Validation {
  findings: Finding[];
  /** Present when the file parsed and matched the schema. */
  spec?: Spec;
}

export interface AzureTarget {
  environment: CloudName;
  armEndpoint?: string;
  authorityHost?: string;
  tenantId: string;
  clientId: string;
  audience: string;
  /** Overrides the spec's subscriptionId. */
  subscriptionId?: string;
  /** Fetches a GitHub OIDC token for an audience (core.getIDToken in the action). */
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

/** A logged-in session: plan and apply share one credential. */
export interface AzureSession {
  /** Validates again, reads the live state and plans; `mode: 'apply'` makes permission checks errors. */
  plan(specFile: string, mode: 'plan' | 'apply', root: string): Promise<Planned>;
  /** `progress`: told of each change's start, heartbeats and finish (the action groups them in its log). */
  apply(plan: Plan, spec: Spec, progress?: ApplyObserver): Promise<ApplyResult>;
}

export interface Pipeline {
  /** `root`: the folder the spec must stay in (the workspace). */
  validateFile(path: string, root: string): Promise<Validation>;
  login(target: AzureTarget): Promise<AzureSession>;
  renderPlanComment(plan: Plan, ctx: RenderContext): string;
  renderPlanSummary(plan: Plan, ctx: RenderContext): string;
  /** The comment when there is no plan (error findings): replaces a stale plan, carries no plan-hash. */
  renderNoPlanComment(findings: Finding[], reason: string, ctx: RenderContext): string;
  renderApplySummary(result: ApplyResult): string;
}
