// Findings become workflow annotations on the spec file's lines (README.md, "The GitHub Action").
import * as core from '@actions/core';
import type { Finding, Severity } from '../rules/types.js';
import { RULES_DOC, ruleUrl } from '../render/rule-link.js';

type Annotate = (message: string, properties: core.AnnotationProperties) => void;

const ANNOTATE: Record<Severity, Annotate> = {
  error: (m, p) => core.error(m, p),
  warning: (m, p) => core.warning(m, p),
  notice: (m, p) => core.notice(m, p),
};

/** The annotation text: the message, what to change when the rule says, and the link to the rule's entry. */
export function annotationMessage(finding: Finding, rulesUrl: string = RULES_DOC): string {
  const fix = finding.hint ? `\nFix: ${finding.hint}` : '';
  return `${finding.message}${fix}\nRule: ${ruleUrl(rulesUrl, finding.ruleId)}`;
}

export function annotate(findings: readonly Finding[], file: string, rulesUrl: string = RULES_DOC): void {
  for (const f of findings) {
    ANNOTATE[f.severity](annotationMessage(f, rulesUrl), {
      file,
      startLine: f.line,
      startColumn: f.column,
      title: f.ruleId,
    });
  }
}
