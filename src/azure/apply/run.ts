// Apply a plan against Azure: the appliers over apply-mode clients (SDK retries off), the executor, and
// the ACI values. The one entry point for the CLI (`amlnet apply`) and the action's apply mode.
import { withAciValues } from '../../apply/aci.js';
import { withKubernetesValues } from '../../apply/kubernetes.js';
import { DEFAULT_DEADLINE_MS, executePlan, type ExecutorOptions } from '../../apply/executor.js';
import { systemClock } from '../../apply/clock.js';
import { verifyConverged } from '../../apply/verify.js';
import { azureLiveReader } from '../live/read.js';
import type { ApplyResult } from '../../apply/types.js';
import type { Plan } from '../../plan/model.js';
import type { Spec } from '../../spec/types.js';
import type { AzureClients } from '../clients.js';
import type { ApplierDeps } from './common.js';
import { createAppliers, withoutSdkRetries } from './index.js';

export interface AzureApplyOptions extends Omit<ExecutorOptions, 'appliers'> {
  /**
   * Clients for the writes. Give this apply its OWN factory (not the one the plan read with): their SDK
   * retry policies are removed here, because the executor retries (src/apply/executor.ts).
   */
  clients: AzureClients;
  /** LRO poll interval when Azure sends no Retry-After (default: the factory's). */
  pollIntervalMs?: number;
  resolveServicePrincipal?: ApplierDeps['resolveServicePrincipal'];
  /**
   * After the writes, re-read the live state and re-plan: exit 0 only when converged (default true; unit tests
   * of the appliers alone turn it off). See src/apply/verify.ts.
   */
  verify?: boolean;
}

export async function applyPlanToAzure(plan: Plan, spec: Spec, options: AzureApplyOptions): Promise<ApplyResult> {
  const { clients, pollIntervalMs, resolveServicePrincipal, verify, ...executor } = options;
  const deps: ApplierDeps = {
    clients: withoutSdkRetries(clients),
    pollIntervalMs: pollIntervalMs ?? clients.pollIntervalMs,
  };
  if (resolveServicePrincipal !== undefined) deps.resolveServicePrincipal = resolveServicePrincipal;
  const result = await executePlan(plan, { ...executor, appliers: createAppliers(deps) });
  // An interrupted apply ends now: the next one resumes (and verifies) from the live state.
  if (
    verify !== false &&
    result.interrupted !== true &&
    (result.status === 'applied' || result.status === 'nothing-to-do')
  ) {
    const reader = azureLiveReader(clients);
    const clock = executor.clock ?? systemClock;
    // A stop (SIGINT/SIGTERM) during verification ends its wait: every change is done; the next run verifies.
    const verdict = await verifyConverged(spec, {
      read: async (s) => (await reader.read(s)).live,
      clock: { now: () => clock.now(), sleep: (ms) => clock.sleep(ms, executor.stop) },
      deadlineAt: result.startedAt + (executor.deadlineMs ?? DEFAULT_DEADLINE_MS),
      pollIntervalMs: deps.pollIntervalMs,
    }).catch((err: unknown) => {
      if (executor.stop?.aborted === true) return undefined;
      throw err;
    });
    if (verdict === undefined) return withAciValues({ ...result, interrupted: true }, spec);
    if (!verdict.converged) {
      const failed = { ...result, status: 'failed' as const };
      if (verdict.error !== undefined) failed.notConverged = verdict.error;
      return withKubernetesValues(withAciValues(failed, spec), spec, verdict.live);
    }
    return withKubernetesValues(withAciValues(result, spec), spec, verdict.live);
  }
  return withKubernetesValues(withAciValues(result, spec), spec);
}

/**
 * The exit code of an apply (README.md, "Command-line reference"): 0 all done or nothing to do, 1 anything failed or
 * refused.
 */
export function applyExitCode(result: ApplyResult): 0 | 1 {
  return result.status === 'applied' || result.status === 'nothing-to-do' ? 0 : 1;
}
