import { describe, expect, it } from '@jest/globals';
import { offlineRules, ruleCatalogue } from '../../src/rules/index.js';
import { liveRules } from '../../src/rules/live/index.js';
import { DOC } from '../../src/rules/offline/sources.js';
import { contractSpec, minimalSpec } from './spec-fixtures.js';

/** A document anyone can open: Microsoft Learn, or a file or issue of a public GitHub repository. */
const PUBLIC = /^https:\/\/(learn\.microsoft\.com\/en-us\/|github\.com\/[\w.-]+\/[\w.-]+\/(blob|commits|issues)\/)\S+$/;

describe('rule sources', () => {
  it.each(Object.entries(DOC))('%s is a public https link', (_name, url) => {
    expect(url).toMatch(PUBLIC);
  });

  it('every offline and live rule cites one of them, with a quote or pointer', () => {
    for (const r of [...offlineRules, ...liveRules]) {
      expect({ id: r.id, document: Object.values(DOC).includes(r.source.document as never) }).toEqual({
        id: r.id,
        document: true,
      });
      expect({ id: r.id, detail: (r.source.detail ?? '').length > 5 }).toEqual({ id: r.id, detail: true });
    }
  });
});

describe('offline rule registry', () => {
  it('has unique ids in UPPER-KEBAB style', () => {
    const ids = offlineRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/);
  });

  it('contains the contract-fixed id AKS-DNS-IN-SERVICE-CIDR', () => {
    expect(offlineRules.map((r) => r.id)).toContain('AKS-DNS-IN-SERVICE-CIDR');
  });

  it.each(offlineRules.map((r) => [r.id, r] as const))(
    '%s has a title, a severity, kind offline and a real source',
    (_id, r) => {
      expect(r.title.length).toBeGreaterThan(10);
      expect(['error', 'warning', 'notice']).toContain(r.severity);
      expect(r.kind).toBe('offline');
      expect(r.source.document).toMatch(PUBLIC);
    },
  );

  it('exports a catalogue with one entry per rule', () => {
    const cat = ruleCatalogue();
    expect(cat.map((c) => c.id)).toEqual(offlineRules.map((r) => r.id));
    expect(cat.find((c) => c.id === 'AKS-DNS-IN-SERVICE-CIDR')).toMatchObject({ severity: 'error', kind: 'offline' });
  });

  // Both specs use the legacy v1 cluster list, which is a warning of its own (AML-LEGACY-AKS-COMPUTE) and nothing else.
  const LEGACY_ONLY = [expect.stringMatching(/^AML-LEGACY-AKS-COMPUTE aksClusters\[0\]: cluster myaks is a legacy v1/)];

  it('finds nothing in the full example spec but the legacy-path warning', () => {
    const spec = contractSpec();
    expect(offlineRules.flatMap((r) => r.check({ spec }).map((f) => `${r.id} ${f.path}: ${f.message}`))).toEqual(
      LEGACY_ONLY,
    );
  });

  it('finds nothing in a minimal spec that relies on every default but the legacy-path warning', () => {
    const spec = minimalSpec();
    expect(offlineRules.flatMap((r) => r.check({ spec }).map((f) => `${r.id} ${f.path}: ${f.message}`))).toEqual(
      LEGACY_ONLY,
    );
  });

  it('every finding has a path, a message and a hint', () => {
    // A spec that breaks many rules at once.
    const spec = minimalSpec(
      { serviceCidr: '10.1.0.0/11', dnsServiceIp: '10.9.0.1', maxPods: 9, podCidr: '172.30.0.0/16', name: 'x' },
      [
        { name: 'aks-subnet', addressPrefix: '10.1.0.0/30', delegation: 'Microsoft.Web/serverFarms' },
        { name: 'aks-subnet', addressPrefix: '10.1.0.0/24' },
      ],
    );
    const findings = offlineRules.flatMap((r) => r.check({ spec }));
    expect(findings.length).toBeGreaterThan(5);
    for (const f of findings) {
      expect(f.path).toMatch(/^[a-zA-Z]/);
      expect(f.message.length).toBeGreaterThan(10);
      expect(f.hint?.length ?? 0).toBeGreaterThan(5);
    }
  });
});
