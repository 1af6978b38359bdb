// List sizes are capped far above real use, so a hostile spec cannot make the plan send thousands of reads.
import { describe, expect, it } from '@jest/globals';
import { stringify } from 'yaml';
import { validateSpecText } from '../../src/validate.js';
import { minimalSpec } from '../rules/spec-fixtures.js';

function withClusters(n: number): string {
  const spec = minimalSpec();
  spec.aksClusters = Array.from({ length: n }, (_, i) => ({ name: `c${i}`, subnet: 'aks-subnet' }));
  return stringify(spec);
}

describe('schema list caps', () => {
  it('500 clusters pass the schema; 501 are refused with the cap named', () => {
    const at = validateSpecText(withClusters(500), 'a.yml');
    expect(at.findings.filter((f) => f.ruleId === 'SPEC-SIZE' || /at most/.test(f.message))).toEqual([]);
    const over = validateSpecText(withClusters(501), 'a.yml');
    expect(over.valid).toBe(false);
    expect(over.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          severity: 'error',
          path: 'aksClusters',
          message: expect.stringMatching(/501 items; at most 500 allowed/),
        }),
      ]),
    );
  });
});
