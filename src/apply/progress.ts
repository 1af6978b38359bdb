// Progress of an apply, for people watching it: an observer the executor calls per change (start, a heartbeat
// every interval while the change runs, finish), and the pure text of those events. The executor drives the
// heartbeats from its injected clock (virtual in tests); the CLI prints the lines, the action logs and groups them
// (src/github/progress-log.ts). Appliers never print: they report Azure's status through ApplyContext.reportStatus
// (src/azure/apply/lro-status.ts), which the next heartbeat shows.
import type { Action } from '../plan/model.js';
import type { ChangeOutcome } from './types.js';

/** Terraform's rhythm: "Still creating... [10s elapsed]" every 10 s. */
export const DEFAULT_HEARTBEAT_MS = 10_000;

export interface ChangeStart {
  address: string;
  action: Action;
  /** The executor clock's time the change started. */
  startedAt: number;
}

export interface Heartbeat {
  address: string;
  action: Action;
  /** Time since the change started, on the executor's clock. */
  elapsedMs: number;
  /**
   * The last status Azure reported for the change's operation (an LRO's status, e.g. InProgress, or the resource's
   * provisioningState while waiting for it to settle); absent until Azure has said something.
   */
  azureStatus?: string;
}

export interface ApplyObserver {
  onStart(change: ChangeStart): void;
  onHeartbeat(beat: Heartbeat): void;
  /** Every change the executor was asked to run ends here once: done, failed or skipped (never started). */
  onFinish(outcome: ChangeOutcome): void;
  /** What the applier and the executor's retries say about one change (ApplyContext.log). */
  onLog?(address: string, message: string): void;
}

const ING: Record<Action, string> = {
  create: 'creating',
  update: 'modifying',
  delete: 'destroying',
  'no-op': 'reading',
  refuse: 'refusing',
};

const NOUN: Record<Action, string> = {
  create: 'Creation',
  update: 'Modifications',
  delete: 'Destruction',
  'no-op': 'Read',
  refuse: 'Refusal',
};

/** Terraform's elapsed format: 9s, 1m0s, 1h2m3s (whole seconds, rounded down). */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${h}h${m}m${s}s`;
  if (m > 0) return `${m}m${s}s`;
  return `${s}s`;
}

/** A change's duration for the apply summary: `0.4 s`, `12.3 s` below a minute, then `3m12s`; `—` when unknown. */
export function formatDuration(ms: number | undefined): string {
  if (ms === undefined) return '—';
  return ms < 60_000 ? `${(Math.max(0, ms) / 1000).toFixed(1)} s` : formatElapsed(ms);
}

export function formatStart(start: ChangeStart): string {
  return `${start.address}: ${ING[start.action]}...`;
}

/** `aksClusters[myaks]: still creating... [20s elapsed, Azure: InProgress]` */
export function formatHeartbeat(beat: Heartbeat): string {
  const azure = beat.azureStatus !== undefined ? `, Azure: ${beat.azureStatus}` : '';
  return `${beat.address}: still ${ING[beat.action]}... [${formatElapsed(beat.elapsedMs)} elapsed${azure}]`;
}

/** The change's duration (ms), when it started and finished. */
export function durationOf(o: ChangeOutcome): number | undefined {
  return o.startedAt !== undefined && o.finishedAt !== undefined ? o.finishedAt - o.startedAt : undefined;
}

/** `subnets[aks-subnet]: Modifications complete after 2s`, `...: FAILED after 3s (AuthorizationFailed)`. */
export function formatFinish(o: ChangeOutcome): string {
  const took = durationOf(o);
  const after = took !== undefined ? ` after ${formatElapsed(took)}` : '';
  if (o.status === 'done') return `${o.address}: ${NOUN[o.action]} complete${after}`;
  if (o.status === 'failed') return `${o.address}: FAILED${after}${o.error ? ` (${o.error.code})` : ''}`;
  const because = o.skippedBecause ?? [];
  return `${o.address}: not started (${because.length > 0 ? because.join(', ') : 'skipped'})`;
}
