// The apply's progress in a GitHub Actions log: each heartbeat as one line while the change runs (so a 15-minute
// cluster creation shows signs of life), and each change's whole log (start, what the applier said, heartbeats,
// outcome) as one collapsible group written when the change finishes, so that changes running in parallel never
// interleave inside a group. Over a small port of @actions/core (info, startGroup, endGroup) so tests can record it.
import {
  durationOf,
  formatDuration,
  formatFinish,
  formatHeartbeat,
  formatStart,
  type ApplyObserver,
} from '../apply/progress.js';

/** The part of @actions/core this uses. */
export interface ActionsLog {
  info(message: string): void;
  startGroup(name: string): void;
  endGroup(): void;
}

export function groupedProgress(log: ActionsLog): ApplyObserver {
  const lines = new Map<string, string[]>();
  const add = (address: string, line: string): void => {
    const list = lines.get(address);
    if (list === undefined) lines.set(address, [line]);
    else list.push(line);
  };
  return {
    onStart: (s) => {
      log.info(formatStart(s));
      add(s.address, formatStart(s));
    },
    onHeartbeat: (b) => {
      log.info(formatHeartbeat(b));
      add(b.address, formatHeartbeat(b));
    },
    onLog: (address, message) => add(address, `${address}: ${message}`),
    onFinish: (o) => {
      const body = lines.get(o.address) ?? [];
      lines.delete(o.address);
      log.startGroup(formatFinish(o));
      for (const line of body) log.info(line);
      const took = durationOf(o);
      log.info(
        `${o.address}: ${o.status}, ${o.action}, ${o.attempts} attempt(s), ${o.writes} write(s)` +
          (took !== undefined ? `, ${formatDuration(took)}` : ''),
      );
      if (o.detail !== undefined) log.info(`${o.address}: ${o.detail}`);
      if (o.error !== undefined) {
        const e = o.error;
        log.info(
          `${o.address}: ${e.code}: ${e.message}${e.correlationId ? ` (correlation id ${e.correlationId})` : ''}`,
        );
        if (e.advice !== undefined) log.info(`${o.address}: fix: ${e.advice}`);
      }
      if (o.skippedBecause !== undefined) log.info(`${o.address}: not started: ${o.skippedBecause.join(', ')}`);
      log.endGroup();
    },
  };
}
