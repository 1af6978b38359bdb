// Raw ARM resources the SDKs amlnet loads do not cover (the AzureML extension; the Kubernetes compute at an
// api-version with its properties): GET, PUT, and the wait for a long-running PUT. Azure answers such a PUT with
// 201/200 and Azure-AsyncOperation; amlnet follows the resource's own provisioningState instead, which is what the
// next plan reads too (https://learn.microsoft.com/en-us/azure/azure-resource-manager/management/async-operations).
// Every wait goes through ctx.sleep, so the executor's deadline and injected clock bound it.
import type { ApplyContext } from '../../apply/types.js';
import { isRecord } from '../../util/records.js';
import type { ApplierDeps } from './common.js';

export type RawObject = Record<string, unknown>;

export function rawObject(v: unknown): RawObject {
  return isRecord(v) ? (v as RawObject) : {};
}

export function rawProps(v: unknown): RawObject {
  return rawObject(rawObject(v).properties);
}

export function rawState(v: unknown): string {
  const s = rawProps(v).provisioningState;
  return typeof s === 'string' ? s : '';
}

const TERMINAL = new Set(['succeeded', 'failed', 'canceled', 'cancelled']);

export function rawSettled(v: unknown): boolean {
  const s = rawState(v).toLowerCase();
  return s === '' || TERMINAL.has(s);
}

export function rawFailed(v: unknown): boolean {
  const s = rawState(v).toLowerCase();
  return s === 'failed' || s === 'canceled' || s === 'cancelled';
}

/** The resource, or undefined when Azure says 404. */
export async function getRaw(deps: ApplierDeps, id: string, apiVersion: string): Promise<RawObject | undefined> {
  const body = await deps.clients.getResource(id, apiVersion);
  return body === undefined ? undefined : rawObject(body);
}

/**
 * Re-reads the resource until its provisioning state is terminal, waiting pollIntervalMs, then twice as long each
 * time up to 15 times pollIntervalMs (2 s -> 30 s in production: an extension install takes minutes, and 30 s
 * keeps it to a few dozen reads). Resolves the last read; undefined if it disappeared.
 */
export async function waitRawSettled(
  ctx: ApplyContext,
  deps: ApplierDeps,
  id: string,
  apiVersion: string,
  first: RawObject | undefined,
): Promise<RawObject | undefined> {
  let current = first;
  let wait = deps.pollIntervalMs;
  while (current !== undefined && !rawSettled(current)) {
    ctx.log(`waiting: provisioningState ${rawState(current)}`);
    await ctx.sleep(wait);
    wait = Math.min(wait * 2, deps.pollIntervalMs * 15);
    current = await getRaw(deps, id, apiVersion);
  }
  return current;
}
