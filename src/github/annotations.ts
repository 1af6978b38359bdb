// Findings become workflow annotations on the spec file's lines (README.md, "The GitHub Action").
import type { Finding } from '../rules/types.js';
import { RULES_DOC, ruleUrl } from '../render/rule-link.js';
import type { ActionsIO } from './io.js';

/** The annotation text: the message, what to change when the rule says, and the link to the rule's entry. */
export function annotationMessage(finding: Finding, rulesUrl: string = RULES_DOC): string {
  const fix = finding.hint ? `\nFix: ${finding.hint}` : '';
  return `${finding.message}${fix}\nRule: ${ruleUrl(rulesUrl, finding.ruleId)}`;
}

/** One annotation per finding, at its level (error, warning, notice), on its line and column of `file`. */
export function annotate(
  io: Pick<ActionsIO, 'error' | 'warning' | 'notice'>,
  findings: readonly Finding[],
  file: string,
  rulesUrl: string = RULES_DOC,
): void {
  for (const f of findings) {
    io[f.severity](annotationMessage(f, rulesUrl), {
      file,
      startLine: f.line,
      startColumn: f.column,
      title: f.ruleId,
    });
  }
}
