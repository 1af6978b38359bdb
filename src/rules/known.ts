// Every rule id amlnet can report, with its default severity: what `policy.severity` may name (spec/policy.ts).
import type { KnownRule } from '../spec/policy.js';
import { SpecRuleId } from '../spec/rule-ids.js';
import { offlineRules } from './index.js';
import { liveRules } from './live/index.js';

/** Offline and live rules, and the spec reader's own ids (all errors: a broken spec cannot be waved through). */
export const KNOWN_RULES: readonly KnownRule[] = [
  ...offlineRules.map(({ id, severity }) => ({ id, severity })),
  ...liveRules.map(({ id, severity }) => ({ id, severity })),
  ...Object.values(SpecRuleId).map((id) => ({ id, severity: 'error' as const })),
];
