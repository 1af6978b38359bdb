// What `amlnet apply` prints as it goes and when it is interrupted: the progress lines (an ApplyObserver over the
// command's output), the confirmation question, and the interrupt report with the exact command that resumes. Pure
// text over injected output; the command (apply.ts) decides when.
import { formatFinish, formatHeartbeat, formatStart, type ApplyObserver } from '../apply/progress.js';
import type { ApplyResult } from '../apply/types.js';
import type { Paint, StopSignal } from './terminal.js';
import { shellQuote } from './terminal.js';

/** Progress lines, one per event: `aksClusters[myaks]: still creating... [20s elapsed, Azure: InProgress]`. */
export function progressPrinter(write: (line: string) => void, p: Paint): ApplyObserver {
  return {
    onStart: (s) => write(`${p.bold(formatStart(s))}\n`),
    onHeartbeat: (b) => write(`${formatHeartbeat(b)}\n`),
    onFinish: (o) => {
      const line = formatFinish(o);
      write(`${o.status === 'done' ? p.green(line) : o.status === 'failed' ? p.red(line) : p.yellow(line)}\n`);
    },
    onLog: (address, message) => write(`amlnet apply: ${address}: ${message}\n`),
  };
}

/** Terraform's question: anything but `yes` cancels. */
export function confirmQuestion(p: Paint): string {
  return (
    `\n${p.bold('Do you want to perform these actions?')}\n` +
    '  amlnet will perform the actions described above.\n' +
    "  Only 'yes' will be accepted to approve.\n\n" +
    `  ${p.bold('Enter a value:')} `
  );
}

const FLAGS_WITH_VALUE = new Set(['--plan-hash', '--plan-file']);

/**
 * The command that resumes: the same arguments, bound to the plan being applied (--plan-file with it written out,
 * and its --plan-hash) so that the resumption applies only what was reviewed.
 */
export function resumeCommand(argv: readonly string[], planFile: string, planHash: string): string {
  const kept: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i] as string;
    if (FLAGS_WITH_VALUE.has(a)) {
      i += 1;
      continue;
    }
    if ([...FLAGS_WITH_VALUE].some((f) => a.startsWith(`${f}=`))) continue;
    kept.push(a);
  }
  return ['amlnet', 'apply', ...kept, '--plan-file', planFile, '--plan-hash', planHash].map(shellQuote).join(' ');
}

export interface InterruptReport {
  signal: StopSignal;
  /** The executor's result: it settles within the grace period (running changes are abandoned when it passes). */
  result: ApplyResult;
  /** The resume command, or why there is none. */
  resume: { command: string } | { error: string };
}

/** What was done, what Azure is still working on, what never started, and how to go on. */
export function renderInterruptReport(r: InterruptReport, p: Paint): string {
  const done = r.result.outcomes.filter((o) => o.status === 'done').map((o) => o.address);
  const failed = r.result.outcomes.filter((o) => o.status === 'failed');
  const inAzure = failed.filter((o) => o.error?.code === 'Interrupted' && o.writes > 0).map((o) => o.address);
  const stoppedBeforeWriting = failed
    .filter((o) => o.error?.code === 'Interrupted' && o.writes === 0)
    .map((o) => o.address);
  const otherFailures = failed.filter((o) => o.error?.code !== 'Interrupted').map((o) => o.address);
  const notStarted = r.result.outcomes.filter((o) => o.status === 'skipped').map((o) => o.address);
  const list = (items: string[]): string =>
    items.length === 0 ? ' none\n' : `\n${items.map((a) => `  - ${a}\n`).join('')}`;
  const lines = [
    `\n${p.bold(p.yellow(`amlnet apply: interrupted (${r.signal}).`))}\n`,
    `Done (${done.length}):${list(done)}`,
    `Still running in Azure (the request was sent; Azure carries on without amlnet) (${inAzure.length}):${list(inAzure)}`,
  ];
  if (stoppedBeforeWriting.length > 0)
    lines.push(`Stopped before writing anything (${stoppedBeforeWriting.length}):${list(stoppedBeforeWriting)}`);
  if (otherFailures.length > 0) lines.push(`Failed (${otherFailures.length}):${list(otherFailures)}`);
  lines.push(`Not started (${notStarted.length}):${list(notStarted)}`);
  if ('command' in r.resume) {
    lines.push(
      `To resume (it waits for what is still running, then applies the rest of this plan and nothing else):\n` +
        `  ${r.resume.command}\n`,
    );
  } else {
    lines.push(`To resume, run the apply again (${r.resume.error}).\n`);
  }
  return lines.join('');
}
