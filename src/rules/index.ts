// The rule registry. Offline rules are filled in by the rules work (rules/offline/*); live rules by the plan work.
import type { OfflineContext, Rule } from './types.js';

export const offlineRules: Rule<OfflineContext>[] = [];
