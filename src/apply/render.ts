// Apply results for people: Markdown for the job summary, plain text for the terminal. Pure functions
// of an ApplyResult (the action engineer puts the Markdown in the job summary).
import type { ApplyResult, ApplyStatus, ChangeOutcome, OutcomeStatus } from './types.js';
import { escapeMarkdown, inlineCode } from '../render/markdown.js';
import { durationOf, formatDuration } from './progress.js';

const STATUS_WORD: Record<OutcomeStatus, string> = { done: 'done', failed: 'FAILED', skipped: 'skipped' };
const STATUS_MARK: Record<OutcomeStatus, string> = { done: '✅', failed: '❌', skipped: '⏭️' };

const HEADLINE: Record<ApplyStatus, string> = {
  applied: 'Apply complete.',
  'nothing-to-do': 'No changes. Your infrastructure matches the configuration.',
  refused: 'Apply refused: nothing was written.',
  failed: 'Apply failed: some changes did not complete. Running the apply again resumes from the live state.',
};

const INTERRUPTED =
  'Apply interrupted: changes not started were not written. Running the apply again resumes from the live state.';

function headline(result: ApplyResult): string {
  return result.interrupted === true && result.status !== 'applied' ? INTERRUPTED : HEADLINE[result.status];
}

function counts(result: ApplyResult): string {
  const n = (s: OutcomeStatus): number => result.outcomes.filter((o) => o.status === s).length;
  return `${n('done')} done, ${n('failed')} failed, ${n('skipped')} skipped, ${result.unchanged.length} unchanged; ${result.writes} write${result.writes === 1 ? '' : 's'}`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function why(o: ChangeOutcome): string {
  if (o.status === 'skipped') {
    const because = o.skippedBecause ?? [];
    return because.includes('deadline')
      ? 'not started: the deadline passed'
      : because.includes('interrupted')
        ? 'not started: the apply was interrupted'
        : `not started: ${because.join(', ')} did not complete`;
  }
  if (o.error !== undefined) {
    const e = o.error;
    const ids = [
      e.status !== undefined ? `HTTP ${e.status}` : '',
      e.correlationId ? `correlation id ${e.correlationId}` : '',
    ]
      .filter((s) => s !== '')
      .join(', ');
    return `${e.code}: ${e.message}${ids ? ` (${ids})` : ''}${e.advice ? `. Fix: ${e.advice}` : ''}`;
  }
  return o.detail ?? '';
}

export function renderApplyMarkdown(result: ApplyResult): string {
  const lines: string[] = [`### amlnet apply`, '', `**${headline(result)}**`, ''];
  if (result.status === 'refused') {
    for (const r of result.refusal ?? []) lines.push(`- ${escapeMarkdown(r)}`);
    lines.push('');
  }
  if (result.notConverged !== undefined) {
    lines.push(`- ${escapeMarkdown(`${result.notConverged.code}: ${result.notConverged.message}`)}`, '');
  }
  if (result.outcomes.length > 0) {
    lines.push(`${counts(result)} in ${seconds(result.finishedAt - result.startedAt)}.`, '');
    lines.push('| | change | action | outcome | attempts | duration | details |', '|---|---|---|---|---|---|---|');
    for (const o of result.outcomes) {
      lines.push(
        `| ${STATUS_MARK[o.status]} | ${inlineCode(o.address)} | ${o.action} | ${STATUS_WORD[o.status]} | ${o.attempts} | ${formatDuration(durationOf(o))} | ${escapeMarkdown(why(o))} |`,
      );
    }
    lines.push('');
  }
  if (result.unchanged.length > 0) {
    lines.push(`<details><summary>${result.unchanged.length} unchanged</summary>`, '');
    for (const a of result.unchanged) lines.push(`- ${inlineCode(a)}`);
    lines.push('', '</details>', '');
  }
  if (result.aci !== undefined) {
    const a = result.aci;
    lines.push(
      '#### ACI deployments',
      '',
      'Deploy Azure Container Instances into the delegated subnet with:',
      '',
      '```python',
      `AciWebservice.deploy_configuration(vnet_name="${a.vnetName}", subnet_name="${a.subnetName}")`,
      '```',
      '',
    );
  }
  for (const k of result.kubernetes ?? []) {
    lines.push(
      `#### Kubernetes online deployments on ${inlineCode(k.computeName)}`,
      '',
      `The compute is attached (namespace ${inlineCode(k.namespace)}, inference router ${escapeMarkdown(k.inferenceRouter)}` +
        `${k.scoringAddress !== null ? `, scoring address ${inlineCode(k.scoringAddress)}` : ''}). In the endpoint YAML:`,
      '',
      '```yaml',
      `compute: azureml:${k.computeName}`,
      '```',
      '',
      `then \`az ml online-endpoint create --file endpoint.yml --resource-group ${k.resourceGroup} --workspace-name ${k.workspace}\`.`,
      '',
    );
  }
  lines.push(`plan-hash: ${result.planHash}`);
  return lines.join('\n') + '\n';
}

export function renderApplyText(result: ApplyResult): string {
  const lines: string[] = [];
  for (const o of result.outcomes) {
    const took = durationOf(o);
    lines.push(
      `${STATUS_WORD[o.status].padEnd(7)} ${o.action.padEnd(6)} ${o.address}` +
        (took !== undefined ? ` (${formatDuration(took)})` : '') +
        (why(o) ? ` — ${why(o)}` : ''),
    );
  }
  if (lines.length > 0) lines.push('');
  if (result.status === 'refused') for (const r of result.refusal ?? []) lines.push(`refused: ${r}`);
  if (result.notConverged !== undefined) lines.push(`${result.notConverged.code}: ${result.notConverged.message}`);
  lines.push(headline(result));
  if (result.outcomes.length > 0) lines.push(`${counts(result)} in ${seconds(result.finishedAt - result.startedAt)}.`);
  if (result.aci !== undefined) {
    lines.push(
      `ACI: AciWebservice.deploy_configuration(vnet_name="${result.aci.vnetName}", subnet_name="${result.aci.subnetName}")`,
    );
  }
  for (const k of result.kubernetes ?? []) {
    lines.push(
      `Kubernetes: compute: azureml:${k.computeName} (namespace ${k.namespace}, router ${k.inferenceRouter}` +
        `${k.scoringAddress !== null ? `, scoring address ${k.scoringAddress}` : ''})`,
    );
  }
  lines.push(`planHash: ${result.planHash}`);
  return lines.join('\n') + '\n';
}

/** One change in `amlnet apply --format json`. */
export interface ApplyJsonOutcome {
  address: string;
  resourceType: string;
  action: string;
  status: OutcomeStatus;
  attempts: number;
  writes: number;
  /** From start to finish on the executor's clock; null for a change that never started. */
  durationMs: number | null;
  detail?: string;
  error?: ChangeOutcome['error'];
  skippedBecause?: string[];
}

/** `amlnet apply --format json`: the result with each change's duration (durationMs) and the whole apply's. */
export function renderApplyJson(result: ApplyResult): string {
  const outcomes: ApplyJsonOutcome[] = result.outcomes.map((o) => ({
    address: o.address,
    resourceType: o.resourceType,
    action: o.action,
    status: o.status,
    attempts: o.attempts,
    writes: o.writes,
    durationMs: durationOf(o) ?? null,
    ...(o.detail !== undefined ? { detail: o.detail } : {}),
    ...(o.error !== undefined ? { error: o.error } : {}),
    ...(o.skippedBecause !== undefined ? { skippedBecause: o.skippedBecause } : {}),
  }));
  const json = {
    planHash: result.planHash,
    status: result.status,
    interrupted: result.interrupted === true,
    durationMs: result.finishedAt - result.startedAt,
    writes: result.writes,
    outcomes,
    unchanged: result.unchanged,
    ...(result.refusal !== undefined ? { refusal: result.refusal } : {}),
    ...(result.notConverged !== undefined ? { notConverged: result.notConverged } : {}),
    ...(result.aci !== undefined ? { aci: result.aci } : {}),
  };
  return JSON.stringify(json, null, 2) + '\n';
}
