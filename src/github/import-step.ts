// `command: import` in the action: log in with the job's GitHub OIDC token (Reader is enough), import, write the
// spec under RUNNER_TEMP (ready for actions/upload-artifact), set the `imported-spec` output to its path, and show
// the spec and its findings in the job summary. Nothing is written to Azure. The login and the import itself are
// the composition root's (app/pipeline.ts, app/session.ts); this step only maps inputs and writes the results.
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Inputs, missingAzureInputs, Outputs, type Settings } from '../settings.js';
import { details, findingsTable } from './summary.js';
import { escapeMarkdown } from '../render/markdown.js';
import type { Pipeline } from '../app/pipeline.js';
import type { ActionsIO } from './io.js';

export interface ImportSummary {
  add(heading: string, markdown: string): void;
}

/** RESOURCE-GROUP/NAME -> its parts (settings checked the form). */
function split(value: string): { resourceGroup: string; name: string } {
  const i = value.indexOf('/');
  return { resourceGroup: value.slice(0, i), name: value.slice(i + 1) };
}

/** A fence longer than any backtick run in `text`, so the spec cannot close it. */
function fenced(text: string, lang: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${text}${text.endsWith('\n') ? '' : '\n'}${fence}`;
}

/** Runs the import; throws an Error whose message main reports when it cannot (inputs, login, Azure). */
export async function importStep(
  io: ActionsIO,
  pipeline: Pipeline,
  settings: Settings,
  summary: ImportSummary,
  rulesUrl: string | undefined,
): Promise<void> {
  const target = settings.import;
  if (target === undefined)
    throw new Error(`command: import needs the inputs ${Inputs.ImportWorkspace} and ${Inputs.ImportNetwork}`);
  const missing = missingAzureInputs(settings);
  if (settings.subscriptionId === undefined) missing.push(Inputs.SubscriptionId);
  if (missing.length > 0) throw new Error(`command: import needs the input(s) ${missing.join(', ')}`);
  const session = await pipeline.login({
    environment: settings.environment,
    armEndpoint: settings.armEndpoint,
    authorityHost: settings.authorityHost,
    tenantId: settings.tenantId as string,
    clientId: settings.clientId as string,
    audience: settings.audience,
    subscriptionId: settings.subscriptionId,
    getIdToken: (aud) => io.getIDToken(aud),
  });
  const sg = target.securityGroup;
  const workspace = split(target.workspace);
  const result = await session.import(
    {
      workspace,
      network: split(target.network),
      ...(sg !== undefined ? { securityGroup: sg.includes('/') ? split(sg) : { name: sg } } : {}),
    },
    'amlnet.yml',
  );
  const dir = join(io.env['RUNNER_TEMP'] || tmpdir(), 'amlnet');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `imported-${workspace.name.replace(/[^A-Za-z0-9._-]+/g, '_')}.yml`);
  writeFileSync(file, result.text);
  io.setOutput(Outputs.ImportedSpec, file);
  const verdict = result.roundTrip
    ? 'It validates with no error and its plan against the same Azure state has no change.'
    : `It does not round-trip yet: ${result.changes === undefined ? 'it has error findings' : `its plan would make ${result.changes.length} change(s)`} (see the findings).`;
  if (!result.roundTrip) io.warning(`amlnet import: ${verdict}`);
  io.info(`amlnet: imported spec written to ${file}`);
  summary.add(
    'Imported spec',
    `Written to \`${escapeMarkdown(file)}\` (output \`${Outputs.ImportedSpec}\`; upload it with actions/upload-artifact ` +
      `and commit it as \`amlnet.yml\`). ${verdict}`,
  );
  summary.add('Findings', findingsTable(result.findings, 'amlnet.yml', rulesUrl));
  summary.add('The spec', details('amlnet.yml', fenced(result.text, 'yaml')));
}
