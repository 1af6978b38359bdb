// Live rules see the spec AND the live state read from Azure. Same Rule shape as offline rules.
import type { Spec } from '../../spec/types.js';
import type { LiveState } from '../../live/types.js';
import type { Rule } from '../types.js';

export interface LiveContext {
  spec: Spec;
  live: LiveState;
  /**
   * 'plan' (default) or 'apply'. Some checks are about the identity that runs: a plan on a pull request runs
   * as a read-only identity, so a missing write permission is a warning there and an error at apply.
   */
  mode?: 'plan' | 'apply';
}

export function liveRule(rule: Omit<Rule<LiveContext>, 'kind'>): Rule<LiveContext> {
  return { ...rule, kind: 'live' };
}
