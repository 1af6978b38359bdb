// Azure's status of a change's long-running operation, reported in ONE place: the appliers wait for an SDK poller
// with waitForOperation (instead of ctx.whileWaiting(() => poller.pollUntilDone())), and waitUntilSettled
// (common.ts) reports the provisioningState it waits out. The executor shows the last status in its next heartbeat
// (src/apply/progress.ts): `aksClusters[myaks]: still creating... [20s elapsed, Azure: InProgress]`.
//
// Two SDK generations: core-lro 3 pollers (arm-network, arm-containerservice, arm-authorization) call
// onProgress(state) after each poll with state.status one of notStarted | running | succeeded | failed | canceled,
// core-lro's reading of the operation's status (Azure-AsyncOperation) or of the resource's provisioningState; those
// are named here as ARM's asynchronous-operation contract names them
// (https://github.com/Azure/azure-resource-manager-rpc/blob/master/v1.0/async-api-reference.md): InProgress while it
// runs, then Succeeded, Failed or Canceled; Accepted before the first poll. arm-machinelearning's legacy LroEngine
// gives only flags, but passes the call's onResponse to every poll: reportingResponses reads Azure's own word
// there (the operation's status, else the compute's provisioningState, e.g. Creating).
import type { ApplyContext } from '../../apply/types.js';

/**
 * A poller's state after a poll: core-lro 3 (and 2's createHttpPoller) give `status`; the legacy LroEngine of
 * core-lro 2 (arm-machinelearning's beginCreateOrUpdate) gives only the isStarted/isCompleted/isCancelled flags.
 */
export interface LroState {
  status?: string;
  isStarted?: boolean;
  isCompleted?: boolean;
  isCancelled?: boolean;
  error?: unknown;
}

/** The part of an SDK poller this module uses. */
export interface StatusPoller<T> {
  pollUntilDone(): Promise<T>;
  onProgress(callback: (state: LroState) => void): unknown;
}

const ARM_STATUS: Record<string, string> = {
  notstarted: 'Accepted',
  running: 'InProgress',
  succeeded: 'Succeeded',
  failed: 'Failed',
  canceled: 'Canceled',
  cancelled: 'Canceled',
};

/** core-lro's status as ARM names it; anything else as it came. */
export function armOperationStatus(status: string): string {
  return ARM_STATUS[status.toLowerCase()] ?? status;
}

/** Either kind of poller state, as ARM names the status. */
export function statusOfState(state: LroState): string {
  if (typeof state.status === 'string') return armOperationStatus(state.status);
  if (state.isCancelled === true) return 'Canceled';
  if (state.isCompleted === true) return state.error !== undefined ? 'Failed' : 'Succeeded';
  return state.isStarted === true ? 'InProgress' : 'Accepted';
}

/**
 * Azure's own words in a response body: an Azure-AsyncOperation poll's `status` (InProgress...), else the resource's
 * provisioningState (Creating...). Undefined for a body without either (a Location poll's empty 202).
 */
export function statusOfBody(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const b = body as { status?: unknown; properties?: { provisioningState?: unknown }; provisioningState?: unknown };
  const s = b.status ?? b.properties?.provisioningState ?? b.provisioningState;
  return typeof s === 'string' && s !== '' ? s : undefined;
}

/**
 * Options for an SDK call of the core-client generation (arm-machinelearning), whose pollers pass onResponse to
 * every poll: Azure's status as it wrote it, reported after each response. Spread into the call's options.
 */
export function reportingResponses(ctx: ApplyContext): {
  onResponse: (raw: { parsedBody?: unknown; bodyAsText?: string | null }) => void;
} {
  return {
    onResponse: (raw) => {
      const status = statusOfBody(raw.parsedBody);
      if (status !== undefined) ctx.reportStatus?.(status);
    },
  };
}

/**
 * Waits for an operation without holding an executor slot (ctx.whileWaiting), reporting Azure's status after each
 * poll. The poller must have been created with the change's signal (ctx.signal), so an abort stops the polling.
 */
export async function waitForOperation<T>(ctx: ApplyContext, poller: StatusPoller<T>): Promise<T> {
  ctx.reportStatus?.('Accepted');
  poller.onProgress((state) => {
    // The legacy flags say no more than "started" while it runs: there, the responses' own words
    // (reportingResponses) are better, so only the end is reported from them.
    if (typeof state.status === 'string' || state.isCompleted === true || state.isCancelled === true)
      ctx.reportStatus?.(statusOfState(state));
  });
  return ctx.whileWaiting(() => poller.pollUntilDone());
}

/** While waiting for a resource in a non-terminal provisioning state (waitUntilSettled): that state, e.g. Creating. */
export function reportProvisioningState(ctx: ApplyContext, state: string | undefined): void {
  if (state !== undefined) ctx.reportStatus?.(state);
}
