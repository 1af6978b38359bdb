// Carries out a plan: pure orchestration over injected appliers and an injected clock.
//
// Order: a change starts only when (1) every change it names in dependsOn is done, and (2) every
// create/update change of an EARLIER step (STEP_ORDER) on its track has finished, whatever its outcome. A
// track is one cluster (aksClusters[x], kubernetesClusters[x]) or the shared network; network changes are on
// every track, so a cluster waits for the whole network but not for another cluster (a v1 cluster's 15-minute
// create no longer holds back a v2 cluster's role or extension). (2) is a safety net for a dependsOn the plan
// forgot (subnet before cluster, role before the load-balancer switch); (1) is what decides "skipped": a
// change is skipped when a dependency failed or was skipped.
// Independent ready changes run in parallel, at most `concurrency` at a time; an applier gives its
// slot back while it only waits (LRO polling, retry backoff), see ApplyContext.whileWaiting.
//
// Retries live HERE and only here: the Azure clients used for apply are built with their own retry
// policies off (maxRetries 0), and the executor retries a whole applier attempt (GET, merge, PUT with
// If-Match) on 429, 500/502/503/504 and dropped connections, with exponential backoff and full
// jitter, honouring Retry-After, under one overall deadline. Retrying the whole attempt (rather than
// one request) is what makes a retry after a dropped PUT safe: the next attempt reads live state again.
//
// Refusal happens before the first write: a refused plan, an error finding, a refuse change, a step
// without an applier, an unknown or cyclic dependency: nothing runs.
import type { Change, Plan, Step } from '../plan/model.js';
import { STEP_ORDER, writes } from '../plan/model.js';
import { NETWORK_TRACK, trackOf } from '../plan/address.js';
import { backoffDelayMs, DEFAULT_BACKOFF, type BackoffPolicy } from './backoff.js';
import { systemClock, type Clock } from './clock.js';
import { isAnotherOperationInProgress, isTransient, retryAfterMs, toApplyError } from './errors.js';
import { DEFAULT_HEARTBEAT_MS, type ApplyObserver } from './progress.js';
import type { ApplierRegistry, ApplyContext, ApplyError, ApplyResult, ChangeOutcome } from './types.js';

export interface ExecutorOptions {
  appliers: ApplierRegistry;
  /** Changes actively talking to Azure at once (default 4); LRO waits do not count (ApplyContext.whileWaiting). */
  concurrency?: number;
  /** Changes started and not finished at once, waits included (default 32): bounds concurrent Azure operations. */
  maxInFlight?: number;
  /** Overall deadline for the whole apply, from its start (default 60 minutes). */
  deadlineMs?: number;
  clock?: Clock;
  backoff?: Partial<BackoffPolicy>;
  log?: (message: string) => void;
  /** Told when each change starts and finishes, and every `heartbeatMs` while it runs (src/apply/progress.ts). */
  progress?: ApplyObserver;
  /** Interval of the progress heartbeats on the clock (default 10 s). */
  heartbeatMs?: number;
  /** When aborted, no further change starts (each is skipped as "interrupted"); running ones go on. */
  stop?: AbortSignal;
  /**
   * When aborted, running changes stop waiting for Azure (their signal aborts) and fail with code Interrupted;
   * what was already sent goes on in Azure, and the next apply resumes from the live state.
   */
  abandon?: AbortSignal;
}

export const DEFAULT_CONCURRENCY = 4;
export const DEFAULT_MAX_IN_FLIGHT = 32;
export const DEFAULT_DEADLINE_MS = 60 * 60 * 1000;

/** Why a plan must not be applied; empty when it may be. Pure: used before anything is written. */
export function refusalReasons(plan: Plan, appliers: ApplierRegistry): string[] {
  const reasons: string[] = [];
  if (plan.refused) reasons.push('the plan is refused (it contains a refusal or an error finding)');
  for (const f of plan.findings) {
    if (f.severity === 'error') reasons.push(`error finding ${f.ruleId} at ${f.path || '(file)'}: ${f.message}`);
  }
  const addresses = new Map<string, Change>();
  for (const c of plan.changes) {
    if (c.action === 'refuse') reasons.push(`${c.address}: refused: ${c.reason}`);
    if (addresses.has(c.address)) reasons.push(`${c.address}: two changes share this address`);
    addresses.set(c.address, c);
  }
  const runnable = plan.changes.filter((c) => writes(c.action));
  for (const c of runnable) {
    if (!STEP_ORDER.includes(c.step)) reasons.push(`${c.address}: unknown step '${c.step}'`);
    else if (appliers[c.step] === undefined) reasons.push(`${c.address}: no applier for step '${c.step}'`);
    // Defence in depth against a plan the types did not check (e.g. read from a file): its fields as plain values.
    const loose: { action: string; after: unknown; resourceType: string } = c;
    if (loose.action !== 'delete' && loose.after === null)
      reasons.push(`${c.address}: a ${c.action} without the values to write`);
    // The only thing amlnet ever deletes is an NSG rule it owns.
    if (loose.action === 'delete' && loose.resourceType !== 'Microsoft.Network/networkSecurityGroups/securityRules') {
      reasons.push(`${c.address}: amlnet never deletes a ${loose.resourceType}`);
    }
    for (const d of c.dependsOn) {
      if (!addresses.has(d)) reasons.push(`${c.address}: depends on '${d}', which is not in the plan`);
    }
  }
  const cycle = findCycle(runnable);
  if (cycle !== undefined) reasons.push(`dependency cycle: ${cycle.join(' -> ')}`);
  return reasons;
}

/** Edges of the run graph: explicit dependsOn among runnable changes, plus earlier-step barriers on its track. */
export function prerequisites(change: Change, runnable: Change[]): { required: Change[]; barrier: Change[] } {
  const byAddress = new Map(runnable.map((c) => [c.address, c]));
  const required = change.dependsOn.flatMap((d) => {
    const dep = byAddress.get(d);
    return dep === undefined ? [] : [dep];
  });
  const rank = STEP_ORDER.indexOf(change.step);
  const track = trackOf(change.address);
  const barrier = runnable.filter((c) => {
    if (STEP_ORDER.indexOf(c.step) >= rank) return false;
    const other = trackOf(c.address);
    return other === NETWORK_TRACK || other === track;
  });
  return { required, barrier };
}

function findCycle(runnable: Change[]): string[] | undefined {
  const state = new Map<string, 'visiting' | 'done'>();
  const byAddress = new Map(runnable.map((c) => [c.address, c]));
  const stack: string[] = [];
  const visit = (c: Change): string[] | undefined => {
    const s = state.get(c.address);
    if (s === 'done') return undefined;
    if (s === 'visiting') return [...stack.slice(stack.indexOf(c.address)), c.address];
    state.set(c.address, 'visiting');
    stack.push(c.address);
    const { required, barrier } = prerequisites(c, runnable);
    for (const d of [...required, ...barrier]) {
      const found = visit(byAddress.get(d.address) as Change);
      if (found !== undefined) return found;
    }
    stack.pop();
    state.set(c.address, 'done');
    return undefined;
  };
  for (const c of runnable) {
    const found = visit(c);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** A counting semaphore; FIFO so that the plan's order is kept among ready changes. */
class Slots {
  private free: number;
  private readonly waiters: Array<() => void> = [];
  constructor(size: number) {
    this.free = size;
  }
  async acquire(): Promise<void> {
    if (this.free > 0) {
      this.free -= 1;
      return;
    }
    await new Promise<void>((resolve) => this.waiters.push(resolve));
  }
  release(): void {
    const next = this.waiters.shift();
    if (next !== undefined) next();
    else this.free += 1;
  }
}

class DeadlineExceeded extends Error {
  constructor() {
    super('the apply deadline passed');
    this.name = 'DeadlineExceeded';
  }
}

class Interrupted extends Error {
  constructor() {
    super('the apply was interrupted');
    this.name = 'Interrupted';
  }
}

export async function executePlan(plan: Plan, options: ExecutorOptions): Promise<ApplyResult> {
  const clock = options.clock ?? systemClock;
  const log = options.log ?? ((): void => undefined);
  const progress = options.progress;
  const heartbeatMs = Math.max(1, options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS);
  const stopped = (): boolean => options.stop?.aborted === true || options.abandon?.aborted === true;
  const backoff: BackoffPolicy = { ...DEFAULT_BACKOFF, ...options.backoff };
  const concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
  const startedAt = clock.now();
  const deadlineAt = startedAt + (options.deadlineMs ?? DEFAULT_DEADLINE_MS);
  const unchanged = plan.changes.filter((c) => c.action === 'no-op').map((c) => c.address);

  const refusal = refusalReasons(plan, options.appliers);
  if (refusal.length > 0) {
    return {
      planHash: plan.planHash,
      status: 'refused',
      refusal,
      outcomes: [],
      unchanged,
      writes: 0,
      startedAt,
      finishedAt: clock.now(),
    };
  }

  const runnable = plan.changes.filter((c) => writes(c.action));
  if (runnable.length === 0) {
    return {
      planHash: plan.planHash,
      status: 'nothing-to-do',
      outcomes: [],
      unchanged,
      writes: 0,
      startedAt,
      finishedAt: clock.now(),
    };
  }

  // The deadline aborts whatever is in flight; it is a timer of the injected clock so tests run it virtually.
  const deadline = new AbortController();
  const stopTimer = new AbortController();
  clock.sleep(deadlineAt - startedAt, stopTimer.signal).then(
    () => deadline.abort(new DeadlineExceeded()),
    () => undefined,
  );
  // Abandoning (a second Ctrl-C, or the interrupt grace passed) aborts what is in flight the same way.
  const abandon = (): void => deadline.abort(new Interrupted());
  if (options.abandon?.aborted) abandon();
  else options.abandon?.addEventListener('abort', abandon, { once: true });
  /** Why a change that cannot start now is skipped. */
  const notStartedBecause = (): string =>
    deadline.signal.reason instanceof Interrupted || stopped() ? 'interrupted' : 'deadline';

  const slots = new Slots(concurrency);
  const inFlight = new Slots(Math.max(concurrency, options.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT));
  const outcomes = new Map<string, ChangeOutcome>();
  const started: string[] = [];
  const finished = new Map<string, Promise<ChangeOutcome>>();

  const runOne = async (change: Change): Promise<ChangeOutcome> => {
    const { required, barrier } = prerequisites(change, runnable);
    const deps = await Promise.all(required.map((d) => finished.get(d.address) as Promise<ChangeOutcome>));
    await Promise.all(barrier.map((d) => finished.get(d.address) as Promise<ChangeOutcome>));
    const base: ChangeOutcome = {
      address: change.address,
      resourceType: change.resourceType,
      resourceId: change.resourceId,
      step: change.step,
      action: change.action,
      status: 'skipped',
      attempts: 0,
      writes: 0,
    };
    if (stopped()) return { ...base, skippedBecause: ['interrupted'] };
    const failedDeps = deps.filter((d) => d.status !== 'done').map((d) => d.address);
    if (failedDeps.length > 0) {
      log(`${change.address}: skipped, dependency not done: ${failedDeps.join(', ')}`);
      return { ...base, skippedBecause: failedDeps };
    }
    if (deadline.signal.aborted) return { ...base, skippedBecause: [notStartedBecause()] };

    await inFlight.acquire();
    await slots.acquire();
    if (deadline.signal.aborted || stopped()) {
      slots.release();
      inFlight.release();
      return { ...base, skippedBecause: [notStartedBecause()] };
    }
    started.push(change.address);
    const outcome: ChangeOutcome = { ...base, startedAt: clock.now() };
    let holding = true;
    let azureStatus: string | undefined;
    const beats = new AbortController();
    if (progress !== undefined) {
      const startedAt = outcome.startedAt as number;
      progress.onStart({ address: change.address, action: change.action, startedAt });
      // A heartbeat every heartbeatMs on the executor's clock until the change finishes.
      void (async (): Promise<void> => {
        for (;;) {
          try {
            await clock.sleep(heartbeatMs, beats.signal);
          } catch {
            return;
          }
          progress.onHeartbeat({
            address: change.address,
            action: change.action,
            elapsedMs: clock.now() - startedAt,
            ...(azureStatus !== undefined ? { azureStatus } : {}),
          });
        }
      })();
    }
    const ctx: ApplyContext = {
      signal: deadline.signal,
      outputsOf: (address) => outcomes.get(address)?.outputs,
      countWrite: () => {
        outcome.writes += 1;
      },
      log: (message) => {
        log(`${change.address}: ${message}`);
        progress?.onLog?.(change.address, message);
      },
      reportStatus: (status) => {
        azureStatus = status;
      },
      whileWaiting: async <T>(work: () => Promise<T>): Promise<T> => {
        if (!holding) return work();
        holding = false;
        slots.release();
        try {
          return await work();
        } finally {
          await slots.acquire();
          holding = true;
        }
      },
      sleep: (ms) => ctx.whileWaiting(() => clock.sleep(ms, deadline.signal)),
    };
    const applier = options.appliers[change.step as Step];
    try {
      for (;;) {
        outcome.attempts += 1;
        try {
          if (deadline.signal.aborted) throw deadline.signal.reason;
          const result = await (applier as NonNullable<typeof applier>).apply(change, ctx);
          outcome.status = 'done';
          if (result.detail !== undefined) outcome.detail = result.detail;
          if (result.outputs !== undefined) outcome.outputs = result.outputs;
          break;
        } catch (err) {
          if (deadline.signal.aborted) {
            outcome.status = 'failed';
            outcome.error = abortedError(deadline.signal.reason, err, deadlineAt - startedAt, outcome.writes);
            break;
          }
          // Another operation on the resource is waited out until the deadline (no attempt cap): the
          // next attempt re-reads live state, so two applies of one spec started together both converge.
          const busy = isAnotherOperationInProgress(err);
          const transient = busy || isTransient(err);
          if (!transient || (!busy && outcome.attempts >= backoff.maxAttempts)) {
            outcome.status = 'failed';
            outcome.error = toApplyError(err);
            if (transient) outcome.error.message += ` (gave up after ${outcome.attempts} attempts)`;
            break;
          }
          const delay = backoffDelayMs(
            backoff,
            busy ? Math.min(outcome.attempts, backoff.maxAttempts) : outcome.attempts,
            retryAfterMs(err, clock.now()),
          );
          if (clock.now() + delay >= deadlineAt) {
            outcome.status = 'failed';
            outcome.error = deadlineError(err, deadlineAt - startedAt);
            break;
          }
          const retrying = `${toApplyError(err).code}, retry ${outcome.attempts} in ${delay} ms`;
          log(`${change.address}: ${retrying}`);
          progress?.onLog?.(change.address, retrying);
          try {
            await ctx.whileWaiting(() => clock.sleep(delay, deadline.signal));
          } catch {
            outcome.status = 'failed';
            outcome.error = abortedError(deadline.signal.reason, err, deadlineAt - startedAt, outcome.writes);
            break;
          }
        }
      }
    } finally {
      beats.abort();
      if (holding) slots.release();
      inFlight.release();
    }
    outcome.finishedAt = clock.now();
    log(`${change.address}: ${outcome.status}${outcome.error ? ` (${outcome.error.code})` : ''}`);
    return outcome;
  };

  // Register every change's promise before any starts, so that prerequisites can await them.
  const order = [...runnable].sort((a, b) => STEP_ORDER.indexOf(a.step) - STEP_ORDER.indexOf(b.step));
  const resolvers = new Map<string, (o: ChangeOutcome) => void>();
  for (const c of order) {
    finished.set(
      c.address,
      new Promise<ChangeOutcome>((resolve) => {
        resolvers.set(c.address, resolve);
      }),
    );
  }
  await Promise.all(
    order.map(async (c) => {
      let outcome: ChangeOutcome;
      try {
        outcome = await runOne(c);
      } catch (err) {
        // runOne handles applier errors; this is a bug guard so one change cannot hang the others.
        outcome = {
          address: c.address,
          resourceType: c.resourceType,
          resourceId: c.resourceId,
          step: c.step,
          action: c.action,
          status: 'failed',
          attempts: 0,
          writes: 0,
          error: toApplyError(err),
        };
      }
      outcomes.set(c.address, outcome);
      progress?.onFinish(outcome);
      (resolvers.get(c.address) as (o: ChangeOutcome) => void)(outcome);
    }),
  );
  stopTimer.abort();
  options.abandon?.removeEventListener('abort', abandon);

  const startIndex = new Map(started.map((a, i) => [a, i]));
  const planIndex = new Map(plan.changes.map((c, i) => [c.address, i]));
  const list = [...outcomes.values()].sort((a, b) => {
    const sa = startIndex.get(a.address) ?? Number.MAX_SAFE_INTEGER;
    const sb = startIndex.get(b.address) ?? Number.MAX_SAFE_INTEGER;
    return sa !== sb ? sa - sb : (planIndex.get(a.address) ?? 0) - (planIndex.get(b.address) ?? 0);
  });
  return {
    planHash: plan.planHash,
    status: list.every((o) => o.status === 'done') ? 'applied' : 'failed',
    outcomes: list,
    unchanged,
    writes: list.reduce((n, o) => n + o.writes, 0),
    startedAt,
    finishedAt: clock.now(),
    ...(stopped() ? { interrupted: true } : {}),
  };
}

/** The error of a change whose wait was cut off: by the deadline, or by an interrupt (SIGINT/SIGTERM). */
function abortedError(reason: unknown, last: unknown, deadlineMs: number, writes: number): ApplyError {
  if (!(reason instanceof Interrupted)) return deadlineError(last, deadlineMs);
  return {
    code: 'Interrupted',
    message:
      writes > 0
        ? 'interrupted while Azure was still working on it: the request was sent and the operation goes on in Azure'
        : 'interrupted before anything was written for it',
    advice: 'run the apply again: it waits for what is still running and resumes from the live state',
  };
}

function deadlineError(last: unknown, deadlineMs: number): ApplyError {
  const aborted = last instanceof DeadlineExceeded || (last instanceof Error && last.name === 'AbortError');
  const cause = aborted ? undefined : toApplyError(last);
  return {
    code: 'DeadlineExceeded',
    message:
      `the apply deadline (${deadlineMs} ms) passed before this change finished` +
      (cause ? `; last error: ${cause.code}: ${cause.message}` : ''),
    ...(cause?.status !== undefined ? { status: cause.status } : {}),
    ...(cause?.correlationId !== undefined ? { correlationId: cause.correlationId } : {}),
    advice: 'run the apply again: it resumes from the live state',
  };
}
