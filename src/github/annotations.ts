// Findings become workflow annotations on the spec file's lines (README.md, "The GitHub Action").
import * as core from '@actions/core';
import type { Finding, Severity } from '../rules/types.js';

type Annotate = (message: string, properties: core.AnnotationProperties) => void;

const ANNOTATE: Record<Severity, Annotate> = {
  error: (m, p) => core.error(m, p),
  warning: (m, p) => core.warning(m, p),
  notice: (m, p) => core.notice(m, p),
};

/** The annotation text: the message, then what to change when the rule says. */
export function annotationMessage(finding: Finding): string {
  return finding.hint ? `${finding.message}\nFix: ${finding.hint}` : finding.message;
}

export function annotate(findings: readonly Finding[], file: string): void {
  for (const f of findings) {
    ANNOTATE[f.severity](annotationMessage(f), {
      file,
      startLine: f.line,
      startColumn: f.column,
      title: f.ruleId,
    });
  }
}
