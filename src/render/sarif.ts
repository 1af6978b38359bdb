// Pure renderer of findings as a SARIF 2.1.0 log, the format GitHub code scanning reads
// (https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html,
// https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning).
// One result per finding, located at the spec's line and column; one reportingDescriptor per rule that fired,
// with the rule's title as help text and its public source (or the rule catalogue) as help link.
import type { Finding, RuleSource, Severity } from '../rules/types.js';
import { escapeMarkdown } from './markdown.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const SARIF_VERSION = '2.1.0';
/** The rule catalogue in the repository, the help link of a rule whose source is not a public page. */
export const RULE_CATALOGUE_URL = 'https://github.com/amlnet/amlnet/blob/main/docs/rules.md';
const INFORMATION_URI = 'https://github.com/amlnet/amlnet';

/** What the renderer needs to know of a rule (the catalogue entry's shape). */
export interface SarifRuleInfo {
  id: string;
  title: string;
  source: RuleSource;
}

export interface SarifOptions {
  /** The spec file as the repository names it (a relative path, forward slashes). */
  specPath: string;
  /** The tool version written into the log. */
  version: string;
  /** Every rule that may appear in the findings (offline and live). */
  rules: readonly SarifRuleInfo[];
}

type SarifLevel = 'error' | 'warning' | 'note';

/** SARIF's levels: a notice is a "note". */
const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', notice: 'note' };

interface ReportingDescriptor {
  id: string;
  name: string;
  shortDescription: { text: string };
  helpUri: string;
  help: { text: string; markdown: string };
  defaultConfiguration: { level: SarifLevel };
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string };
      region: { startLine: number; startColumn: number };
    };
    logicalLocations?: { fullyQualifiedName: string; kind: string }[];
  }[];
  partialFingerprints: { 'amlnetRulePath/v1': string };
}

export interface SarifLog {
  $schema: string;
  version: typeof SARIF_VERSION;
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: ReportingDescriptor[] } };
    results: SarifResult[];
    columnKind: 'utf16CodeUnits';
  }[];
}

/** A rule's public help link: its source when that is an https page, else the repository's rule catalogue. */
export function ruleHelpUri(source: RuleSource): string {
  return /^https:\/\/\S+$/.test(source.document) ? source.document : RULE_CATALOGUE_URL;
}

function descriptor(id: string, level: SarifLevel, info: SarifRuleInfo | undefined): ReportingDescriptor {
  const title = info?.title ?? id;
  const source = info?.source;
  const helpUri = source === undefined ? RULE_CATALOGUE_URL : ruleHelpUri(source);
  const detail = source?.detail !== undefined && source.detail !== '' ? ` (${source.detail})` : '';
  const text = `${title}. Source: ${source?.document ?? 'the amlnet rule catalogue'}${detail}. More: ${helpUri}`;
  return {
    id,
    name: id,
    shortDescription: { text: title },
    helpUri,
    help: { text, markdown: `${escapeMarkdown(title)}. [Rule source](${helpUri})` },
    defaultConfiguration: { level },
  };
}

/** SARIF lines and columns start at 1; a finding on the whole file (0 or less) points at 1:1. */
function atLeastOne(n: number): number {
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

/** A stable fingerprint of a finding that does not move when unrelated lines move: rule + spec path. */
function fingerprint(f: Finding): string {
  return `${f.ruleId}:${f.path}`;
}

function messageText(f: Finding): string {
  return f.hint !== undefined && f.hint !== '' ? `${f.message} (${f.hint})` : f.message;
}

// The uri is relative to the repository root, which is how code scanning resolves it.
/** The SARIF log object of `findings` (one run, one result per finding, in the findings' order). */
export function findingsSarif(findings: readonly Finding[], options: SarifOptions): SarifLog {
  const infoById = new Map(options.rules.map((r) => [r.id, r]));
  const rules: ReportingDescriptor[] = [];
  const indexById = new Map<string, number>();
  const uri = options.specPath.replace(/\\/g, '/').replace(/^\.\//, '');
  const results = findings.map((f): SarifResult => {
    let index = indexById.get(f.ruleId);
    if (index === undefined) {
      index = rules.length;
      indexById.set(f.ruleId, index);
      rules.push(descriptor(f.ruleId, LEVEL[f.severity], infoById.get(f.ruleId)));
    }
    return {
      ruleId: f.ruleId,
      ruleIndex: index,
      level: LEVEL[f.severity],
      message: { text: messageText(f) },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri },
            region: { startLine: atLeastOne(f.line), startColumn: atLeastOne(f.column) },
          },
          ...(f.path === '' ? {} : { logicalLocations: [{ fullyQualifiedName: f.path, kind: 'member' }] }),
        },
      ],
      partialFingerprints: { 'amlnetRulePath/v1': fingerprint(f) },
    };
  });
  return {
    $schema: SARIF_SCHEMA,
    version: SARIF_VERSION,
    runs: [
      {
        tool: { driver: { name: 'amlnet', version: options.version, informationUri: INFORMATION_URI, rules } },
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
}

export function renderFindingsSarif(findings: readonly Finding[], options: SarifOptions): string {
  return JSON.stringify(findingsSarif(findings, options), null, 2) + '\n';
}
