// Exit 0 means converged: after an apply, read the live state again and plan again. Computes and managed
// clusters still Creating/Updating (this run's or an earlier run's) are waited for, on the injected clock and
// under the apply's deadline; then every change must be a no-op, else the apply failed with NotConverged.
import type { Spec } from '../spec/types.js';
import type { LiveState } from '../live/types.js';
import { buildPlan } from '../plan/build.js';
import type { Clock } from './clock.js';
import type { ApplyError } from './types.js';

const IN_PROGRESS = new Set(['creating', 'updating', 'deleting', 'accepted', 'running', 'migrating']);

export interface VerifyOptions {
  /** Reads the live state again (the same reader the plan used). */
  read(spec: Spec): Promise<LiveState>;
  clock: Clock;
  /** Absolute time (clock.now()) after which verification stops waiting. */
  deadlineAt: number;
  /** Wait between re-reads while something is still in progress. */
  pollIntervalMs: number;
}

export interface VerifyResult {
  converged: boolean;
  /** Live reads made. */
  reads: number;
  /** Present when not converged: code NotConverged, naming what is missing. */
  error?: ApplyError;
  /** The live state last read (what the apply summary reports from, e.g. the inference router's address). */
  live: LiveState;
}

function state(value: unknown): string | null {
  if (value === null || typeof value !== 'object') return null;
  const s = (value as { provisioningState?: unknown }).provisioningState;
  return typeof s === 'string' ? s : null;
}

/** Keys (compute names, managed cluster ids) of computes and managed clusters still in a transitional provisioning state. */
export function stillInProgress(live: LiveState): string[] {
  const out: string[] = [];
  for (const [id, value] of [...Object.entries(live.computes), ...Object.entries(live.managedClusters)]) {
    const s = state(value);
    if (s !== null && IN_PROGRESS.has(s.toLowerCase())) out.push(`${id} (${s})`);
  }
  return out.sort();
}

export async function verifyConverged(spec: Spec, options: VerifyOptions): Promise<VerifyResult> {
  let reads = 0;
  for (;;) {
    const live = await options.read(spec);
    reads += 1;
    const busy = stillInProgress(live);
    if (busy.length > 0) {
      if (options.clock.now() + options.pollIntervalMs < options.deadlineAt) {
        await options.clock.sleep(options.pollIntervalMs);
        continue;
      }
      return {
        converged: false,
        reads,
        live,
        error: {
          code: 'NotConverged',
          message: `the apply deadline passed while still in progress: ${busy.join(', ')}`,
        },
      };
    }
    const pending = buildPlan(spec, live, []).changes.filter((c) => c.action !== 'no-op');
    if (pending.length === 0) return { converged: true, reads, live };
    return {
      converged: false,
      reads,
      live,
      error: {
        code: 'NotConverged',
        message:
          'after the apply, live state still differs from the spec: ' +
          pending.map((c) => `${c.address} (${c.action}: ${c.reason})`).join('; '),
      },
    };
  }
}
