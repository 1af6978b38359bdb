// A tiny helper so every offline rule module reads the same way.
import type { OfflineContext, Rule } from './types.js';

export function offlineRule(rule: Omit<Rule<OfflineContext>, 'kind'>): Rule<OfflineContext> {
  return { ...rule, kind: 'offline' };
}
