// Long-running operations, evaluated lazily by time: an operation is InProgress until its end time,
// and is settled (its resource change committed or rolled back) at the first request that arrives
// after it. No timers, so nothing leaks and tests are deterministic.
import { randomUUID } from 'node:crypto';
import type { JsonObject, World } from '../types.js';
import { errorJson, type ErrorBody } from './errors.js';

/**
 * Retry-After (s) the resource providers answer on their long-running operations: 10 s is what the Network RP's
 * asynchronous responses carry (https://learn.microsoft.com/azure/azure-resource-manager/management/async-operations
 * describes the header); the others are given the same value.
 */
export const REALISTIC_RETRY_AFTER_SECONDS: Record<string, number> = {
  'microsoft.network': 10,
  'microsoft.containerservice': 10,
  'microsoft.machinelearningservices': 10,
};

export interface OperationPlan {
  /** Resource the operation writes (canonical id). */
  resourceId: string;
  /** Key of world.timings.lroMs, e.g. Microsoft.Network/virtualNetworks/subnets. */
  timingKey: string;
  subscriptionId: string;
  namespace: string;
  location: string;
  /** Segment of the status URL (operations, computeOperationsStatus). */
  statusCollection?: string;
  apiVersion: string;
  /** Overrides the duration looked up by timingKey. */
  durationMs?: number;
  /** Decided when the request arrives: the operation will end Failed with this error. */
  failure?: ErrorBody;
  /** Commits the change when the operation succeeds. */
  onSucceed(now: number): void;
  /** Rolls back (or marks failed) when it fails. */
  onFail(error: ErrorBody, now: number): void;
}

interface Operation {
  id: string;
  plan: OperationPlan;
  startTime: number;
  endsAt: number;
  status: 'InProgress' | 'Succeeded' | 'Failed';
  endTime?: number;
  error?: ErrorBody;
}

export class LroEngine {
  private readonly ops = new Map<string, Operation>();

  constructor(private readonly world: World) {}

  durationMs(timingKey: string): number {
    const t = this.world.timings.lroMs;
    return Math.max(0, t[timingKey] ?? t.default ?? 0);
  }

  /**
   * Seconds for the Retry-After header. `lroMs['retry-after']` (ms, rounded up) fixes it (tests set 0). Otherwise it
   * is what Azure answers (REALISTIC_RETRY_AFTER_SECONDS) but never longer than the operation still has to run, so
   * a world with realistic durations paces its clients as Azure does and a world of instant operations stays fast.
   */
  retryAfterSeconds(op?: { plan: { namespace: string }; endsAt: number }, now = Date.now()): number {
    const fixed = this.world.timings.lroMs['retry-after'];
    if (fixed !== undefined) return Math.ceil(fixed / 1000);
    if (op === undefined) return 0;
    const typical = REALISTIC_RETRY_AFTER_SECONDS[op.plan.namespace.toLowerCase()] ?? 10;
    return Math.max(0, Math.min(typical, Math.floor((op.endsAt - now) / 1000)));
  }

  /** Retry-After for a status poll of this operation (0 once it has ended). */
  retryAfterFor(operationId: string, now: number): number {
    const op = this.ops.get(operationId);
    return op === undefined || op.status !== 'InProgress' ? 0 : this.retryAfterSeconds(op, now);
  }

  start(plan: OperationPlan, now: number, baseUrl: string): Record<string, string> {
    const op: Operation = {
      id: randomUUID(),
      plan,
      startTime: now,
      endsAt: now + (plan.durationMs ?? this.durationMs(plan.timingKey)),
      status: 'InProgress',
    };
    this.ops.set(op.id, op);
    const coll = plan.statusCollection ?? 'operations';
    const url =
      `${baseUrl}/subscriptions/${plan.subscriptionId}/providers/${plan.namespace}/locations/` +
      `${encodeURIComponent(plan.location)}/${coll}/${op.id}?api-version=${plan.apiVersion}`;
    return { 'Azure-AsyncOperation': url, 'Retry-After': String(this.retryAfterSeconds(op, now)) };
  }

  /** Commits every operation whose time has come, oldest first; forgets finished ones after an hour. */
  settle(now: number): void {
    for (const [id, op] of this.ops) {
      if (op.endTime !== undefined && now - op.endTime > 3_600_000) this.ops.delete(id);
    }
    const due = [...this.ops.values()]
      .filter((o) => o.status === 'InProgress' && o.endsAt <= now)
      .sort((a, b) => a.endsAt - b.endsAt);
    for (const op of due) {
      op.endTime = now;
      if (op.plan.failure !== undefined) {
        op.status = 'Failed';
        op.error = op.plan.failure;
        op.plan.onFail(op.plan.failure, now);
      } else {
        op.status = 'Succeeded';
        op.plan.onSucceed(now);
      }
    }
  }

  /** True while an operation on this resource, a parent or a child is running. */
  busy(resourceId: string): boolean {
    const id = resourceId.toLowerCase();
    for (const op of this.ops.values()) {
      if (op.status !== 'InProgress') continue;
      const other = op.plan.resourceId.toLowerCase();
      if (other === id || other.startsWith(id + '/') || id.startsWith(other + '/')) return true;
    }
    return false;
  }

  statusBody(operationId: string): JsonObject | undefined {
    const op = this.ops.get(operationId);
    if (op === undefined) return undefined;
    const body: JsonObject = {
      id: `/subscriptions/${op.plan.subscriptionId}/providers/${op.plan.namespace}/locations/${op.plan.location}/operations/${op.id}`,
      name: op.id,
      status: op.status,
      startTime: new Date(op.startTime).toISOString(),
    };
    if (op.endTime !== undefined) body.endTime = new Date(op.endTime).toISOString();
    if (op.status === 'Succeeded') body.percentComplete = 100;
    if (op.error !== undefined) body.error = errorJson(op.error);
    return body;
  }
}
