// The job summary's amlnet-owned parts, as pure markdown builders; main writes them with core.summary.
import type { Finding, Severity } from '../rules/types.js';
import { RULES_DOC, ruleUrl } from '../render/rule-link.js';
import { escapeMarkdown, inlineCode } from '../render/markdown.js';
import { sortFindings } from '../findings/order.js';

const ICON: Record<Severity, string> = { error: '🛑 error', warning: '⚠️ warning', notice: 'ℹ️ notice' };

/** Makes a value safe inside a markdown table cell: the one escaper (render/markdown.ts). */
export const cell = escapeMarkdown;

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/** A findings table in the plan's order (errors first, then by position: findings/order.ts), each rule id linked to its entry; a line when there are none. */
export function findingsTable(findings: readonly Finding[], file: string, rulesUrl: string = RULES_DOC): string {
  if (findings.length === 0) return `No findings in \`${file}\`.\n`;
  const sorted = sortFindings(findings);
  const c = countBySeverity(findings);
  const rows = sorted.map(
    (f) =>
      `| ${ICON[f.severity]} | [\`${f.ruleId}\`](${ruleUrl(rulesUrl, f.ruleId)}) | ${inlineCode(`${file}:${f.line}:${f.column}`)} | ${f.path ? cell(f.path) : '(file)'} | ` +
      `${cell(f.hint ? `${f.message} Fix: ${f.hint}` : f.message)} |`,
  );
  return [
    `${c.error} error(s), ${c.warning} warning(s), ${c.notice} notice(s) in \`${file}\`.`,
    '',
    '| severity | rule | location | spec path | message |',
    '|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

export interface SummaryPart {
  /** '' when the markdown starts with its own heading. */
  heading: string;
  markdown: string;
}

/** The whole summary: a title, then each part under its own heading. */
export function summaryMarkdown(title: string, parts: readonly SummaryPart[]): string {
  const out = [`## ${title}`, ''];
  for (const p of parts) {
    if (p.heading !== '') out.push(`### ${p.heading}`, '');
    out.push(p.markdown.trimEnd(), '');
  }
  return out.join('\n');
}

/** A `<details>` block for long content (e.g. the reviewed plan next to the fresh one). */
export function details(summary: string, markdown: string): string {
  return `<details><summary>${summary}</summary>\n\n${markdown.trimEnd()}\n\n</details>\n`;
}
