// Helpers every applier uses: 404 as "absent", permission errors turned into advice, waiting for a
// resource another run (or an earlier attempt of this one) left in a non-terminal provisioning state.
import { ApplyFailure, statusOf, toApplyError } from '../../apply/errors.js';
import type { ApplyContext } from '../../apply/types.js';
import type { AzureClients } from '../clients.js';
import { reportProvisioningState } from './lro-status.js';

/** What appliers share: the clients (retries off, see clients.ts) and the LRO poll interval. */
export interface ApplierDeps {
  clients: AzureClients;
  /** Poll interval (ms) for LROs without Retry-After and for waiting on in-progress resources. */
  pollIntervalMs: number;
  /** Resolves a service principal's object id from its application (client) id; absent = cannot. */
  resolveServicePrincipal?: (clientId: string, signal: AbortSignal) => Promise<string | undefined>;
}

/** The SDK call's value, or undefined when Azure says 404 (the resource does not exist). */
export async function getOrUndefined<T>(get: () => Promise<T>): Promise<T | undefined> {
  try {
    return await get();
  } catch (err) {
    if (statusOf(err) === 404) return undefined;
    throw err;
  }
}

export function isPermissionError(err: unknown): boolean {
  const { code, status } = toApplyError(err);
  return status === 403 || code === 'AuthorizationFailed' || code === 'LinkedAuthorizationFailed';
}

/**
 * Runs `work`; a permission error becomes an ApplyFailure that keeps Azure's code, message and
 * correlation id and says which role the identity running amlnet lacks, and where.
 */
export async function withPermissionAdvice<T>(role: string, scope: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (!isPermissionError(err)) throw err;
    const e = toApplyError(err);
    throw new ApplyFailure(
      {
        ...e,
        advice: `the identity running amlnet needs ${role} on ${scope} (a Reader can only plan)`,
      },
      { cause: err },
    );
  }
}

const TERMINAL = new Set(['succeeded', 'failed', 'canceled', 'cancelled']);

export function provisioningState(resource: unknown): string | undefined {
  if (typeof resource !== 'object' || resource === null) return undefined;
  const r = resource as { provisioningState?: unknown; properties?: { provisioningState?: unknown } };
  const s = r.provisioningState ?? r.properties?.provisioningState;
  return typeof s === 'string' ? s : undefined;
}

export function isInProgress(resource: unknown): boolean {
  const s = provisioningState(resource);
  return s !== undefined && !TERMINAL.has(s.toLowerCase());
}

export function hasFailed(resource: unknown): boolean {
  const s = provisioningState(resource)?.toLowerCase();
  return s === 'failed' || s === 'canceled' || s === 'cancelled';
}

/**
 * Re-reads a resource until its provisioning state is terminal (Succeeded/Failed/Canceled): another
 * writer, or this apply's own earlier attempt whose poll was cut off, is still working on it. Writing
 * over a resource in flight would race that operation. Does not hold an executor slot while waiting.
 */
export async function waitUntilSettled<T>(
  ctx: ApplyContext,
  pollIntervalMs: number,
  get: () => Promise<T | undefined>,
  first: T | undefined,
): Promise<T | undefined> {
  let current = first;
  while (current !== undefined && isInProgress(current)) {
    ctx.log(`waiting: provisioningState ${provisioningState(current)}`);
    reportProvisioningState(ctx, provisioningState(current));
    await ctx.sleep(pollIntervalMs);
    current = await get();
  }
  return current;
}

export function sameText(a: string | null | undefined, b: string | null | undefined): boolean {
  return (a ?? '').toLowerCase() === (b ?? '').toLowerCase();
}

/**
 * A compute left in state Failed, met by a step that does not write the compute itself (the role, the load
 * balancer switch): the compute step of the next plan PUTs it again (src/plan/compute-state.ts), so this
 * step fails with that advice. amlnet never deletes a compute or a cluster.
 */
export function failedComputeError(name: string, workspace: string, resource: unknown): ApplyFailure {
  const errors = (
    resource as { properties?: { provisioningErrors?: Array<{ error?: { code?: string; message?: string } }> } }
  ).properties?.provisioningErrors;
  const first = errors?.[0]?.error;
  return new ApplyFailure({
    code: 'ComputeProvisioningFailed',
    message:
      `compute ${name} in workspace ${workspace} is in provisioning state Failed` +
      (first ? ` (${first.code ?? 'error'}: ${first.message ?? ''})` : ''),
    advice: 'run amlnet plan and apply again: the plan puts the failed operation of the compute again first',
  });
}
