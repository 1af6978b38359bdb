import { describe, expect, it } from '@jest/globals';
import type { Finding } from '../../src/rules/types.js';
import {
  findingsJson,
  renderFindingLine,
  renderFindingsJson,
  renderFindingsText,
  summarize,
} from '../../src/render/findings.js';

const error: Finding = {
  ruleId: 'AKS-DNS-IN-SERVICE-CIDR',
  severity: 'error',
  message: 'dnsServiceIp 10.2.0.10 is outside serviceCidr 10.0.0.0/16',
  path: 'aksClusters[0].dnsServiceIp',
  line: 31,
  column: 19,
  hint: 'pick an address inside serviceCidr, e.g. 10.0.0.10',
};
const warning: Finding = { ruleId: 'W', severity: 'warning', message: 'w', path: '', line: 1, column: 1 };
const notice: Finding = { ruleId: 'N', severity: 'notice', message: 'n', path: 'location', line: 2, column: 3 };

describe('text renderer', () => {
  it('renders a finding as file:line:column: severity ruleId message (hint)', () => {
    expect(renderFindingLine('amlnet.yml', error)).toBe(
      'amlnet.yml:31:19: error AKS-DNS-IN-SERVICE-CIDR dnsServiceIp 10.2.0.10 is outside serviceCidr 10.0.0.0/16 (pick an address inside serviceCidr, e.g. 10.0.0.10)',
    );
    expect(renderFindingLine('a.yml', warning)).toBe('a.yml:1:1: warning W w');
  });

  it.each<[Finding[], string]>([
    [[], '0 errors, 0 warnings'],
    [[error], '1 error, 0 warnings'],
    [[error, error, warning], '2 errors, 1 warning'],
    [[warning, warning, notice], '0 errors, 2 warnings, 1 notice'],
    [[notice, notice], '0 errors, 0 warnings, 2 notices'],
  ])('summarizes %j as %s', (findings, summary) => {
    expect(summarize(findings)).toBe(summary);
  });

  it('renders every finding then the summary', () => {
    expect(renderFindingsText('s.yml', [warning, notice])).toBe(
      's.yml:1:1: warning W w\ns.yml:2:3: notice N n\n0 errors, 1 warning, 1 notice\n',
    );
  });
});

describe('JSON renderer (README.md, "Command-line reference")', () => {
  it('is invalid exactly when an error exists', () => {
    expect(findingsJson([warning, notice]).valid).toBe(true);
    expect(findingsJson([warning, error]).valid).toBe(false);
    expect(findingsJson([]).valid).toBe(true);
  });

  it('prints one JSON object with the contract fields in order', () => {
    const parsed = JSON.parse(renderFindingsJson([error, warning])) as { valid: boolean; findings: Finding[] };
    expect(parsed).toEqual({ valid: false, findings: [error, warning] });
    expect(Object.keys(parsed.findings[0])).toEqual([
      'ruleId',
      'severity',
      'message',
      'path',
      'line',
      'column',
      'hint',
    ]);
    expect(Object.keys(parsed.findings[1])).toEqual(['ruleId', 'severity', 'message', 'path', 'line', 'column']);
  });
});
