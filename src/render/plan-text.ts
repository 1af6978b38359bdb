// The CLI's plan, Terraform-like: one block per change, per-property before -> after, then the summary.
import type { Plan } from '../plan/model.js';
import { countActions } from '../plan/build.js';
import { oneLine } from './markdown.js';
import { NO_CHANGES, propertyLines, summaryLine, SYMBOL, VERB } from './plan-format.js';

export interface TextOptions {
  specPath?: string;
}

export function renderPlanText(plan: Plan, options: TextOptions = {}): string {
  const lines: string[] = [];
  const where = options.specPath ?? 'spec';
  if (plan.findings.length > 0) {
    lines.push('Findings:');
    for (const f of plan.findings) {
      lines.push(`  ${f.severity.padEnd(7)} ${f.ruleId}  ${where}:${f.line}:${f.column}  ${f.path || '(file)'}`);
      lines.push(`          ${f.message}`);
      if (f.hint !== undefined) lines.push(`          hint: ${f.hint}`);
    }
    lines.push('');
  }
  for (const c of plan.changes) {
    lines.push(`  ${SYMBOL[c.action]} ${VERB[c.action].padEnd(6)} ${c.address}  (${c.resourceType})`);
    lines.push(`      id: ${c.resourceId}`);
    if (c.action !== 'no-op') lines.push(`      ${c.action === 'refuse' ? 'refused: ' : ''}${c.reason}`);
    for (const p of propertyLines(c)) lines.push(`      ${p.symbol} ${p.key}: ${p.text}`);
    if (c.dependsOn.length > 0) lines.push(`      after: ${c.dependsOn.join(', ')}`);
  }
  if (plan.changes.length > 0) lines.push('');
  const counts = countActions(plan);
  if (plan.refused) {
    lines.push(`Plan refused: ${summaryLine(counts)}.`);
    const errors = plan.findings.filter((f) => f.severity === 'error').length;
    if (errors > 0) lines.push(`${errors} error finding(s) must be fixed first.`);
    if (counts.refuse > 0) lines.push(`${counts.refuse} change(s) amlnet will not make (see "refused" above).`);
  } else if (!plan.hasChanges) {
    lines.push(NO_CHANGES);
  } else {
    lines.push(`Plan: ${summaryLine(counts)}.`);
  }
  lines.push(`plan-hash: ${plan.planHash}`);
  // Values from the spec or Azure never start a line of their own (or carry terminal control characters).
  return lines.map(oneLine).join('\n') + '\n';
}
