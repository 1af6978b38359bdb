// policy.severity (README, "Severity policy"; docs/spec-reference.md, "policy"): overrides for advisory rules,
// never for rules that mirror Azure's own refusals, unknown ids with a did-you-mean; applied to offline findings
// (validate) and live findings (plan).
import { readFileSync } from 'node:fs';
import { validateSpecText } from '../../src/validate.js';
import { planWithReader } from '../../src/plan/pipeline.js';
import { applySeverityPolicy, lowerable } from '../../src/spec/policy.js';
import { KNOWN_RULES } from '../../src/rules/known.js';
import type { Finding } from '../../src/findings/finding.js';
import { matchingLive, workspace, VNET_ID } from '../plan/fixtures.js';

const EXAMPLE = readFileSync('examples/aks-default.yml', 'utf8');
/** The example opens the scoring port to the internet: one NSG-INBOUND-FROM-INTERNET warning. */
const OPEN = EXAMPLE.replace(
  'sourceAddressPrefixes: [203.0.113.0/24] # the scoring clients',
  "sourceAddressPrefixes: ['*']",
);

function withPolicy(text: string, entries: Record<string, string>): { text: string; line: number } {
  const lines = text.trimEnd().split('\n');
  const line = lines.length + 3; // the first entry's line
  const body = Object.entries(entries).map(([k, v]) => `    ${k}: ${v}`);
  return { text: [...lines, 'policy:', '  severity:', ...body, ''].join('\n'), line };
}

const ids = (fs: readonly Finding[], id: string): Finding[] => fs.filter((f) => f.ruleId === id);

describe('policy.severity in validate', () => {
  test('without a policy the advisory rule is a warning (the baseline the other cases change)', () => {
    const r = validateSpecText(OPEN, 'amlnet.yml');
    expect(ids(r.findings, 'NSG-INBOUND-FROM-INTERNET').map((f) => f.severity)).toEqual(['warning']);
    expect(r.valid).toBe(true);
  });

  test.each([
    ['error', ['error'], false],
    ['notice', ['notice'], true],
    ['off', [], true],
  ])('an advisory rule set to %s', (wanted, severities, valid) => {
    const r = validateSpecText(withPolicy(OPEN, { 'NSG-INBOUND-FROM-INTERNET': wanted }).text, 'amlnet.yml');
    expect(ids(r.findings, 'NSG-INBOUND-FROM-INTERNET').map((f) => f.severity)).toEqual(severities);
    expect(r.valid).toBe(valid);
    expect(r.findings.filter((f) => f.ruleId.startsWith('SPEC-POLICY'))).toEqual([]);
  });

  test('an error rule cannot be lowered: SPEC-POLICY-NOT-LOWERABLE at the entry, and its findings stay errors', () => {
    const bad = OPEN.replace('dnsServiceIp: 10.0.0.10', 'dnsServiceIp: 10.9.0.10');
    const { text, line } = withPolicy(bad, { 'AKS-DNS-IN-SERVICE-CIDR': 'warning' });
    const r = validateSpecText(text, 'amlnet.yml');
    expect(ids(r.findings, 'AKS-DNS-IN-SERVICE-CIDR').map((f) => f.severity)).toEqual(['error']);
    const [f, ...rest] = ids(r.findings, 'SPEC-POLICY-NOT-LOWERABLE');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      severity: 'error',
      path: 'policy.severity.AKS-DNS-IN-SERVICE-CIDR',
      line,
      column: 5,
    });
    expect(f!.message).toContain('AKS-DNS-IN-SERVICE-CIDR cannot be set to warning');
    expect(r.valid).toBe(false);
  });

  test('an error rule may be named as error (nothing is lowered)', () => {
    const r = validateSpecText(withPolicy(OPEN, { 'AKS-DNS-IN-SERVICE-CIDR': 'error' }).text, 'amlnet.yml');
    expect(r.findings.filter((f) => f.ruleId.startsWith('SPEC-POLICY'))).toEqual([]);
  });

  test('an unknown rule id is SPEC-POLICY-UNKNOWN-RULE with a did-you-mean, at its line and column', () => {
    const { text, line } = withPolicy(OPEN, { 'NSG-INBOUND-FROM-INTERNT': 'off', 'NO-SUCH-THING-AT-ALL': 'off' });
    const r = validateSpecText(text, 'amlnet.yml');
    const found = ids(r.findings, 'SPEC-POLICY-UNKNOWN-RULE');
    expect(found.map((f) => [f.line, f.column])).toEqual([
      [line, 5],
      [line + 1, 5],
    ]);
    expect(found[0]!.message).toContain('"NSG-INBOUND-FROM-INTERNT"');
    expect(found[0]!.hint).toBe('did you mean NSG-INBOUND-FROM-INTERNET? (rule ids are listed in docs/rules.md)');
    expect(found[1]!.hint).toBe('use a rule id from docs/rules.md');
    // The misspelt entry does not turn the real rule off.
    expect(ids(r.findings, 'NSG-INBOUND-FROM-INTERNET')).toHaveLength(1);
    expect(r.valid).toBe(false);
  });

  test('a severity outside error|warning|notice|off is a schema finding', () => {
    const r = validateSpecText(withPolicy(OPEN, { 'NSG-INBOUND-FROM-INTERNET': 'fatal' }).text, 'amlnet.yml');
    expect(r.findings.map((f) => f.ruleId)).toContain('SPEC-ENUM');
  });
});

describe('policy.severity on live findings (the plan pipeline)', () => {
  const pe = workspace({ privateEndpoints: [{ id: '/pe/1', subnetId: `${VNET_ID}/subnets/pe` }] });
  const reader = { read: () => Promise.resolve({ live: matchingLive({ workspace: pe }), reads: 0 }) };
  const plan = async (text: string) => {
    const r = await planWithReader({ specPath: 'amlnet.yml', specText: text, reader });
    if (r.status !== 'planned') throw new Error('expected a plan');
    return r.plan;
  };

  test('LIVE-PE-OUTBOUND-OPEN is a warning by default, an error (refused plan) when the policy raises it', async () => {
    const base = await plan(EXAMPLE);
    expect(ids(base.findings, 'LIVE-PE-OUTBOUND-OPEN').map((f) => f.severity)).toEqual(['warning']);
    const raised = await plan(withPolicy(EXAMPLE, { 'LIVE-PE-OUTBOUND-OPEN': 'error' }).text);
    expect(ids(raised.findings, 'LIVE-PE-OUTBOUND-OPEN').map((f) => f.severity)).toEqual(['error']);
    expect(raised.refused).toBe(true);
    const off = await plan(withPolicy(EXAMPLE, { 'LIVE-PE-OUTBOUND-OPEN': 'off' }).text);
    expect(ids(off.findings, 'LIVE-PE-OUTBOUND-OPEN')).toEqual([]);
  });
});

describe('applySeverityPolicy', () => {
  const f = (ruleId: string, severity: Finding['severity']): Finding => ({
    ruleId,
    severity,
    message: 'm',
    path: '',
    line: 1,
    column: 1,
  });

  test('never lowers an error finding, even of an advisory rule', () => {
    const spec = { policy: { severity: { 'NSG-INBOUND-FROM-INTERNET': 'off' as const } } } as never;
    expect(applySeverityPolicy([f('NSG-INBOUND-FROM-INTERNET', 'error')], spec, KNOWN_RULES)).toHaveLength(1);
    expect(applySeverityPolicy([f('NSG-INBOUND-FROM-INTERNET', 'warning')], spec, KNOWN_RULES)).toEqual([]);
  });

  test('an error rule stays error; an advisory rule takes any severity', () => {
    const error = KNOWN_RULES.find((r) => r.id === 'AKS-DNS-IN-SERVICE-CIDR')!;
    const advisory = KNOWN_RULES.find((r) => r.id === 'NSG-MANAGEMENT-PORTS-OPEN')!;
    expect(['off', 'notice', 'warning', 'error'].map((w) => lowerable(error, w as never))).toEqual([
      false,
      false,
      false,
      true,
    ]);
    expect(['off', 'notice', 'warning', 'error'].map((w) => lowerable(advisory, w as never))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(KNOWN_RULES.map((r) => r.id)).toEqual(
      expect.arrayContaining(['SPEC-YAML', 'LIVE-PE-OUTBOUND-OPEN', 'NSG-SCORING-RULE-TOO-WIDE']),
    );
  });
});
