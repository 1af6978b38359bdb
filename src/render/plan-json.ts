// The plan as the JSON object of `amlnet plan --format json`, plus optional context fields.
import type { Plan } from '../plan/model.js';

export interface JsonOptions {
  specPath?: string;
  commit?: string;
}

export function planToJson(plan: Plan, options: JsonOptions = {}): Record<string, unknown> {
  return {
    planHash: plan.planHash,
    hasChanges: plan.hasChanges,
    refused: plan.refused,
    ...(options.specPath !== undefined ? { spec: options.specPath } : {}),
    ...(options.commit !== undefined ? { commit: options.commit } : {}),
    findings: plan.findings,
    changes: plan.changes,
  };
}

export function renderPlanJson(plan: Plan, options: JsonOptions = {}): string {
  return JSON.stringify(planToJson(plan, options), null, 2) + '\n';
}
