// SARIF output: `amlnet validate --format sarif` is a valid SARIF 2.1.0 log (checked against the OASIS schema,
// __fixtures__/sarif/README.md says where it comes from) with one result per finding at the finding's line and column.
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runValidate } from '../../src/commands/validate.js';
import type { Output } from '../../src/commands/args.js';
import { findingsSarif, RULE_CATALOGUE_URL, ruleHelpUri, type SarifLog } from '../../src/render/sarif.js';
import { amlnetSarifOptions } from '../../src/render/sarif-catalogue.js';
import type { Finding } from '../../src/rules/types.js';
import { expectValidSarif, validateSarif } from './sarif-schema.js';
import { AMLNET_VERSION } from '../../src/version.js';

const root = process.cwd();
async function cli(argv: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const out: Output = { stdout: (t) => void (stdout += t), stderr: () => undefined };
  const code = await runValidate(argv, out);
  return { code, stdout };
}

const errorsSpec = join('__fixtures__', 'specs', 'errors.yml');

describe('amlnet validate --format sarif', () => {
  it('prints a SARIF 2.1.0 log with one result per finding, at the same line and column as the JSON output', async () => {
    const json = await cli(['--spec', errorsSpec, '--format', 'json']);
    const sarif = await cli(['--spec', errorsSpec, '--format', 'sarif']);
    expect(sarif.code).toBe(json.code);
    expect(sarif.code).toBe(1);
    const findings = (JSON.parse(json.stdout) as { findings: Finding[] }).findings;
    const log = JSON.parse(sarif.stdout) as SarifLog;
    expectValidSarif(log);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0]!;
    expect(findings.length).toBeGreaterThan(1);
    expect(run.results.map((r) => r.ruleId)).toEqual(findings.map((f) => f.ruleId));
    run.results.forEach((r, i) => {
      const f = findings[i]!;
      const location = r.locations[0]!.physicalLocation;
      expect(location.artifactLocation.uri).toBe('__fixtures__/specs/errors.yml');
      expect(location.region).toEqual({ startLine: f.line, startColumn: f.column });
      expect(r.message.text).toContain(f.message);
      expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(f.ruleId);
    });
    // One descriptor per rule that fired, each with a help link and help text.
    const ids = run.tool.driver.rules.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(new Set(findings.map((f) => f.ruleId)));
    for (const d of run.tool.driver.rules) {
      expect(d.helpUri).toMatch(/^https:\/\//);
      expect(d.help.text).toContain(d.helpUri);
    }
    expect(run.tool.driver.name).toBe('amlnet');
  });

  it('prints a valid log with no results for a valid spec (exit 0)', async () => {
    // A v2 example: every v1 (aksClusters) spec now carries the legacy-path warning.
    const r = await cli(['--spec', join('examples', 'k8s-internal-lb.yml'), '--format', 'sarif']);
    expect(r.code).toBe(0);
    const log = JSON.parse(r.stdout) as SarifLog;
    expectValidSarif(log);
    expect(log.runs[0]!.results).toEqual([]);
    expect(log.runs[0]!.tool.driver.rules).toEqual([]);
  });

  it('still prints a valid log (exit 2) for an unparseable file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'amlnet-sarif-'));
    const file = join(dir, 'broken.yml');
    writeFileSync(file, 'version: 1\nnetwork: [a\n');
    const r = await cli(['--workspace', dir, '--spec', file, '--format', 'sarif']);
    expect(r.code).toBe(2);
    const log = JSON.parse(r.stdout) as SarifLog;
    expectValidSarif(log);
    expect(log.runs[0]!.results.map((x) => x.ruleId)).toContain('SPEC-YAML');
  });

  it('has a schema check that rejects what SARIF does not allow (so the checks above can fail)', () => {
    const log = findingsSarif([finding({})], amlnetSarifOptions('amlnet.yml'));
    expect(validateSarif(log)).toBe(true);
    expect(validateSarif({ ...log, version: '2.0.0' })).toBe(false);
    const wrongLevel = JSON.parse(JSON.stringify(log)) as { runs: { results: { level: string }[] }[] };
    wrongLevel.runs[0]!.results[0]!.level = 'notice';
    expect(validateSarif(wrongLevel)).toBe(false);
  });
});

function finding(over: Partial<Finding>): Finding {
  return {
    ruleId: 'AKS-DNS-IN-SERVICE-CIDR',
    severity: 'error',
    message: 'm',
    path: 'a.b',
    line: 3,
    column: 5,
    ...over,
  };
}

describe('findingsSarif', () => {
  const options = amlnetSarifOptions('./specs\\amlnet.yml');

  it.each<[Finding['severity'], string]>([
    ['error', 'error'],
    ['warning', 'warning'],
    ['notice', 'note'],
  ])('maps severity %s to SARIF level %s', (severity, level) => {
    const log = findingsSarif([finding({ severity })], options);
    expectValidSarif(log);
    expect(log.runs[0]!.results[0]!.level).toBe(level);
    expect(log.runs[0]!.tool.driver.rules[0]!.defaultConfiguration.level).toBe(level);
  });

  it.each<[number, number, number, number]>([
    [0, 0, 1, 1],
    [1, 1, 1, 1],
    [7, 19, 7, 19],
  ])('puts a finding at line %i column %i on SARIF line %i column %i (SARIF counts from 1)', (l, c, line, col) => {
    const log = findingsSarif([finding({ line: l, column: c, path: '' })], options);
    expectValidSarif(log);
    const loc = log.runs[0]!.results[0]!.locations[0]!;
    expect(loc.physicalLocation.region).toEqual({ startLine: line, startColumn: col });
    expect(loc.logicalLocations).toBeUndefined();
  });

  it('names the spec relative to the repository root with forward slashes, and the spec path as logical location', () => {
    const log = findingsSarif([finding({})], options);
    const loc = log.runs[0]!.results[0]!.locations[0]!;
    expect(loc.physicalLocation.artifactLocation.uri).toBe('specs/amlnet.yml');
    expect(loc.logicalLocations).toEqual([{ fullyQualifiedName: 'a.b', kind: 'member' }]);
  });

  it('shares one rule descriptor between findings of the same rule, and appends the hint to the message', () => {
    const log = findingsSarif(
      [finding({ hint: 'Move it.' }), finding({ ruleId: 'SPEC-RANGE', line: 9 }), finding({ line: 12, path: 'x' })],
      options,
    );
    const run = log.runs[0]!;
    expect(run.tool.driver.rules.map((d) => d.id)).toEqual(['AKS-DNS-IN-SERVICE-CIDR', 'SPEC-RANGE']);
    expect(run.results.map((r) => r.ruleIndex)).toEqual([0, 1, 0]);
    expect(run.results[0]!.message.text).toBe('m (Move it.)');
    expect(run.results[1]!.message.text).toBe('m');
    // A rule outside the catalogue (the schema's SPEC-* ids) still gets a descriptor linking the catalogue.
    expect(run.tool.driver.rules[1]!.helpUri).toBe(RULE_CATALOGUE_URL);
  });

  it('links a rule to its source when that is a public https page, else to the rule catalogue', () => {
    expect(ruleHelpUri({ document: 'https://learn.microsoft.com/azure/aks/configure-kubenet' })).toBe(
      'https://learn.microsoft.com/azure/aks/configure-kubenet',
    );
    expect(ruleHelpUri({ document: 'a local note' })).toBe(RULE_CATALOGUE_URL);
    expect(ruleHelpUri({ document: 'http://example.com/x' })).toBe(RULE_CATALOGUE_URL);
  });

  it('keeps Markdown in a rule title from becoming markup in the help', () => {
    const log = findingsSarif([finding({ ruleId: 'X' })], {
      ...options,
      rules: [{ id: 'X', title: 'a [link](javascript:x) <b>', source: { document: 'n' } }],
    });
    expect(log.runs[0]!.tool.driver.rules[0]!.help.markdown).toBe(
      `a \\[link\\]\\(javascript:x\\) &lt;b&gt;. [Rule source](${RULE_CATALOGUE_URL})`,
    );
  });

  it('writes the version of package.json as the tool version', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(AMLNET_VERSION).toBe(pkg.version);
    expect(findingsSarif([], options).runs[0]!.tool.driver.version).toBe(pkg.version);
  });
});
