// Long-running operations, evaluated lazily by time: an operation is InProgress until its end time,
// and is settled (its resource change committed or rolled back) at the first request that arrives
// after it. No timers, so nothing leaks and tests are deterministic.
import { randomUUID } from 'node:crypto';
import type { JsonObject, World } from '../types.js';
import { errorJson, type ErrorBody } from './errors.js';

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

  /** Seconds for the Retry-After header (`lroMs['retry-after']`, in ms; 0 by default so SDK polling is fast). */
  retryAfterSeconds(): number {
    return Math.ceil((this.world.timings.lroMs['retry-after'] ?? 0) / 1000);
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
    return { 'Azure-AsyncOperation': url, 'Retry-After': String(this.retryAfterSeconds()) };
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
