// Pure renderers of validation findings: compiler-style text lines with a summary, and `--format json`.
import type { Finding, Severity } from '../findings/finding.js';

export interface FindingsJson {
  valid: boolean;
  findings: Finding[];
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "2 errors, 1 warning" (notices only when there are some). */
export function summarize(findings: readonly Finding[]): string {
  const by = (s: Severity): number => findings.filter((f) => f.severity === s).length;
  const parts = [count(by('error'), 'error'), count(by('warning'), 'warning')];
  const notices = by('notice');
  if (notices > 0) parts.push(count(notices, 'notice'));
  return parts.join(', ');
}

/** One finding: `amlnet.yml:31:19: error AKS-DNS-IN-SERVICE-CIDR message (hint)`. */
export function renderFindingLine(file: string, f: Finding): string {
  const hint = f.hint !== undefined && f.hint !== '' ? ` (${f.hint})` : '';
  return `${file}:${f.line}:${f.column}: ${f.severity} ${f.ruleId} ${f.message}${hint}`;
}

/** Every finding on its own line, then the summary line; ends with a newline. */
export function renderFindingsText(file: string, findings: readonly Finding[]): string {
  return [...findings.map((f) => renderFindingLine(file, f)), summarize(findings)].join('\n') + '\n';
}

/** The `--format json` object (README.md, "Command-line reference"). Keys in a fixed order so the output is stable. */
export function findingsJson(findings: readonly Finding[]): FindingsJson {
  return {
    valid: !findings.some((f) => f.severity === 'error'),
    findings: findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      path: f.path,
      line: f.line,
      column: f.column,
      ...(f.hint === undefined ? {} : { hint: f.hint }),
    })),
  };
}

export function renderFindingsJson(findings: readonly Finding[]): string {
  return JSON.stringify(findingsJson(findings), null, 2) + '\n';
}
