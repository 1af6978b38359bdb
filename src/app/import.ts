// `amlnet import` end to end, without the command line: read Azure (reads only), map to a spec, write it as
// commented YAML, then check the round trip on that very text: validate it, and plan it against the same Azure
// state. Whatever the plan would still change, and whatever the spec could not say, comes back as findings
// placed in the written text.
import type { AzureClients } from '../azure/clients.js';
import type { Finding } from '../findings/finding.js';
import { validateSpecText } from '../validate.js';
import { planSpec } from './plan.js';
import { sortFindings } from '../findings/order.js';
import type { Change } from '../plan/model.js';
import type { Spec } from '../spec/types.js';
import { readImportSource, type ImportTarget } from '../azure/import/read.js';

export { ImportReadError, type ImportTarget, type ResourceRef } from '../azure/import/read.js';
import { importedSpec } from '../import/spec.js';
import { renderImportedSpec } from '../import/render.js';
import { planDifferences, type ImportIssue } from '../import/findings.js';

export interface ImportResult {
  /** The spec file's text. */
  text: string;
  spec: Spec;
  /** Validation and live findings of the written spec, plus the import's own, positioned in `text`. */
  findings: Finding[];
  /** The plan's changes other than no-op (empty when the round trip holds); undefined when it could not plan. */
  changes?: Change[];
  /** True when the written spec validates without errors and its plan changes nothing. */
  roundTrip: boolean;
}

export async function importFromAzure(input: {
  target: ImportTarget;
  clients: AzureClients;
  /** The file name the findings refer to. */
  file: string;
}): Promise<ImportResult> {
  const { target, clients, file } = input;
  const source = await readImportSource(target, clients);
  const { spec, notes, issues } = importedSpec(source);
  const header = [
    `Written by amlnet import from workspace ${target.workspace.resourceGroup}/${target.workspace.name} and`,
    `virtual network ${target.network.resourceGroup}/${target.network.name}, as Azure holds them. Review it and commit it:`,
    'amlnet validate reports no error and amlnet plan proposes no change, unless amlnet import said otherwise.',
  ];
  const text = renderImportedSpec({ spec, notes, header });

  const validation = validateSpecText(text, file);
  let findings: Finding[] = validation.findings;
  let changes: Change[] | undefined;
  if (validation.valid && validation.spec !== undefined) {
    const planned = await planSpec({ specPath: file, specText: text, clients });
    if (planned.status === 'planned') {
      findings = planned.plan.findings;
      changes = planned.plan.changes.filter((c) => c.action !== 'no-op');
      issues.push(...planDifferences(changes, validation.spec));
    }
  }
  const place = (i: ImportIssue): Finding => ({
    ...i,
    ...(validation.sourceMap?.valuePosition(i.path) ?? { line: 1, column: 1 }),
  });
  const all = sortFindings([...findings, ...issues.map(place)]);
  const roundTrip =
    validation.valid && changes !== undefined && changes.length === 0 && !all.some((f) => f.severity === 'error');
  return { text, spec, findings: all, ...(changes !== undefined ? { changes } : {}), roundTrip };
}
