// The pipeline: parse -> schema -> rules -> positions -> sort, the file-level failure modes, and the examples.
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OfflineContext, Rule } from '../../src/rules/types.js';
import { MAX_LISTED_FINDINGS, MAX_SPEC_BYTES } from '../../src/spec/limits.js';
import { validateSpecFile, validateSpecText } from '../../src/validate.js';

const examplesDir = join(process.cwd(), 'examples');
const defaultExample = readFileSync(join(examplesDir, 'aks-default.yml'), 'utf8');
const tmp = mkdtempSync(join(tmpdir(), 'amlnet-validate-'));

function rule(
  id: string,
  check: Rule<OfflineContext>['check'],
  severity: Rule['severity'] = 'error',
): Rule<OfflineContext> {
  return { id, severity, title: id, source: { document: 'test' }, kind: 'offline', check };
}

describe('examples/', () => {
  const files = readdirSync(examplesDir).filter((f) => f.endsWith('.yml'));

  it('holds one spec per documented setup (more may be added; each is validated below)', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'aci-delegated.yml',
        'aks-default.yml',
        'aks-internal-lb.yml',
        'aks-private.yml',
        'aks-workspace-private-endpoint.yml',
        'restricted-outbound.yml',
      ]),
    );
  });

  // With the real rule registry: the examples must stay free of errors as rules are added.
  it.each(files)('%s validates with no error findings', async (file) => {
    const result = await validateSpecFile(join(examplesDir, file));
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.spec).toBeDefined();
  });
});

describe('validateSpecText with rules', () => {
  it('attaches rule id and severity and resolves each path to its line and column', () => {
    const dns = rule('TEST-DNS', ({ spec }) => [
      { message: `dns ${spec.aksClusters?.[0]?.dnsServiceIp}`, path: 'aksClusters[0].dnsServiceIp', hint: 'fix it' },
    ]);
    const warn = rule('TEST-WARN', () => [
      { message: 'absent key', path: 'aksClusters[0].podCidr', severity: 'warning' },
    ]);
    const result = validateSpecText(defaultExample, 'aks-default.yml', { rules: [warn, dns] });
    const lines = defaultExample.split('\n');
    const dnsLine = lines.findIndex((l) => l.includes('dnsServiceIp:')) + 1;
    const clusterLine = lines.findIndex((l) => l.includes('- name: myaks')) + 1;
    expect(result.findings).toEqual([
      // the absent podCidr resolves to its cluster (the mapping starts after "  - ")
      {
        ruleId: 'TEST-WARN',
        severity: 'warning',
        message: 'absent key',
        path: 'aksClusters[0].podCidr',
        line: clusterLine,
        column: 5,
      },
      {
        ruleId: 'TEST-DNS',
        severity: 'error',
        message: 'dns 10.0.0.10',
        path: 'aksClusters[0].dnsServiceIp',
        line: dnsLine,
        column: lines[dnsLine - 1].indexOf('10.0.0.10') + 1,
        hint: 'fix it',
      },
    ]);
    expect(result.valid).toBe(false);
    expect(result.unparseable).toBe(false);
    expect(result.spec).toBeDefined();
    // the result carries the source map, for later stages, and still serializes to plain data
    expect(Object.keys(JSON.parse(JSON.stringify(result)) as object).sort()).toEqual([
      'file',
      'findings',
      'spec',
      'unparseable',
      'valid',
    ]);
    expect(result.sourceMap?.valuePosition('aksClusters[0].dnsServiceIp')).toEqual({
      line: dnsLine,
      column: lines[dnsLine - 1].indexOf('10.0.0.10') + 1,
    });
  });

  it('is valid with warnings and notices only', () => {
    const result = validateSpecText(defaultExample, 'x.yml', {
      rules: [
        rule('TEST-N', () => [{ message: 'n', path: '' }], 'notice'),
        rule('TEST-W', () => [{ message: 'w', path: 'location' }], 'warning'),
      ],
    });
    expect(result.valid).toBe(true);
    expect(result.findings.map((f) => f.ruleId)).toEqual(['TEST-N', 'TEST-W']);
  });

  it('turns a throwing rule into an internal-error finding naming it, and still runs the others', () => {
    const boom = rule('TEST-BOOM', () => {
      throw new TypeError('cannot read x of undefined');
    });
    const fine = rule('TEST-FINE', () => [{ message: 'ok', path: 'location' }], 'notice');
    const notList = rule('TEST-NOT-A-LIST', () => 'oops' as never);
    const result = validateSpecText(defaultExample, 'x.yml', { rules: [boom, fine, notList] });
    expect(result.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          ruleId: 'AMLNET-INTERNAL-ERROR',
          line: 1,
          column: 1,
          message: 'rule TEST-BOOM failed: cannot read x of undefined',
        }),
        expect.objectContaining({
          ruleId: 'AMLNET-INTERNAL-ERROR',
          message: expect.stringContaining('rule TEST-NOT-A-LIST failed'),
        }),
        expect.objectContaining({ ruleId: 'TEST-FINE' }),
      ]),
    );
    expect(result.valid).toBe(false);
  });

  it('does not run the rules when the schema fails', () => {
    let ran = false;
    const spy = rule('TEST-SPY', () => {
      ran = true;
      return [];
    });
    const result = validateSpecText(defaultExample.replace('maxPods: 30', 'maxPods: 3'), 'x.yml', { rules: [spy] });
    expect(ran).toBe(false);
    expect(result.findings.map((f) => f.ruleId)).toEqual(['SPEC-RANGE']);
  });

  it('does not run the rules after a duplicate key, but still checks the schema', () => {
    let ran = false;
    const spy = rule('TEST-SPY', () => {
      ran = true;
      return [];
    });
    const text = defaultExample.replace('location: eastus2', 'location: eastus2\nlocation: westus\nlocaton: x');
    const result = validateSpecText(text, 'x.yml', { rules: [spy] });
    expect(ran).toBe(false);
    expect(result.findings.map((f) => f.ruleId)).toEqual(['SPEC-DUPLICATE-KEY', 'SPEC-UNKNOWN-KEY']);
    expect(result.unparseable).toBe(false);
  });

  it('positions schema findings exactly: unknown keys at the key, values at the value, missing keys at the parent', () => {
    const text = [
      'version: 1',
      'subscriptionId: 00000000-0000-0000-0000-000000000000',
      'location: eastus2',
      'workspace: {resourceGroup: rg, name: wsp}',
      'network:',
      '  resourceGroup: rg',
      '  name: vnet',
      '  subnets:',
      '    - name: s1',
      '      addressPrefix: 10.1.0.0/24',
      'aksClusters:',
      '  - name: k1',
      '    subnet: s1',
      '    dnsServiceIP: 10.0.0.10',
      '    maxPods:    300',
      '  - subnet: s1',
    ].join('\n');
    const result = validateSpecText(text, 'x.yml', { rules: [] });
    expect(result.findings.map(({ ruleId, path, line, column }) => ({ ruleId, path, line, column }))).toEqual([
      { ruleId: 'SPEC-UNKNOWN-KEY', path: 'aksClusters[0].dnsServiceIP', line: 14, column: 5 },
      { ruleId: 'SPEC-RANGE', path: 'aksClusters[0].maxPods', line: 15, column: 17 },
      { ruleId: 'SPEC-REQUIRED', path: 'aksClusters[1].name', line: 16, column: 5 },
    ]);
  });
});

describe('validateSpecFile: bad files', () => {
  it('reports a missing file as unreadable', async () => {
    const result = await validateSpecFile(join(tmp, 'nope.yml'));
    expect(result.findings).toEqual([
      expect.objectContaining({
        ruleId: 'SPEC-UNREADABLE',
        line: 1,
        column: 1,
        message: expect.stringContaining('no such file'),
      }),
    ]);
    expect(result.unparseable).toBe(true);
  });

  it('reports a directory as unreadable', async () => {
    const result = await validateSpecFile(tmp);
    expect(result.findings[0]).toMatchObject({
      ruleId: 'SPEC-UNREADABLE',
      message: expect.stringContaining('not a regular file'),
    });
  });

  it('refuses a 10 MB file at 1:1 without parsing it', async () => {
    const file = join(tmp, 'big.yml');
    writeFileSync(file, Buffer.alloc(10 * 1024 * 1024, 0x61));
    const result = await validateSpecFile(file);
    expect(result.findings).toEqual([
      expect.objectContaining({
        ruleId: 'SPEC-TOO-LARGE',
        line: 1,
        column: 1,
        message: 'the spec is 10.0 MiB; the limit is 4.0 MiB',
      }),
    ]);
    expect(result.unparseable).toBe(true);
  });

  it('accepts a file of exactly the size cap', async () => {
    const file = join(tmp, 'cap.yml');
    const body = defaultExample + '#';
    writeFileSync(file, body + 'x'.repeat(MAX_SPEC_BYTES - Buffer.byteLength(body)));
    const result = await validateSpecFile(file);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('reports invalid UTF-8 at the first bad byte', async () => {
    const file = join(tmp, 'latin1.yml');
    writeFileSync(
      file,
      Buffer.concat([Buffer.from('version: 1\nlocation: caf'), Buffer.from([0xe9]), Buffer.from('\n')]),
    );
    const result = await validateSpecFile(file);
    expect(result.findings).toEqual([expect.objectContaining({ ruleId: 'SPEC-ENCODING', line: 2, column: 14 })]);
    expect(result.unparseable).toBe(true);
  });

  it('reports a binary file (NUL bytes)', async () => {
    const file = join(tmp, 'binary.yml');
    writeFileSync(file, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00]));
    const result = await validateSpecFile(file);
    expect(result.findings).toEqual([expect.objectContaining({ ruleId: 'SPEC-ENCODING', line: 1, column: 7 })]);
  });

  it('reports an empty file', async () => {
    const file = join(tmp, 'empty.yml');
    writeFileSync(file, '');
    const result = await validateSpecFile(file);
    expect(result.findings).toEqual([expect.objectContaining({ ruleId: 'SPEC-EMPTY', line: 1, column: 1 })]);
    expect(result.unparseable).toBe(true);
  });
});

describe('hostile but small-enough input stays linear and readable', () => {
  it('lists the first MAX_LISTED_FINDINGS unknown keys and counts the rest', () => {
    const keys = Array.from({ length: MAX_LISTED_FINDINGS + 4000 }, (_, i) => `junk${i}: 1`).join('\n');
    const result = validateSpecText(defaultExample + keys + '\n', 'x.yml', { rules: [] });
    expect(result.findings).toHaveLength(MAX_LISTED_FINDINGS + 1);
    expect(result.findings.filter((f) => f.ruleId === 'SPEC-UNKNOWN-KEY')).toHaveLength(MAX_LISTED_FINDINGS);
    const extra = result.findings.find((f) => f.ruleId === 'SPEC-TOO-MANY-ERRORS');
    const firstOmittedLine = defaultExample.split('\n').length + MAX_LISTED_FINDINGS;
    expect(extra).toMatchObject({
      message: `4000 more schema errors not listed (${MAX_LISTED_FINDINGS + 4000} in all)`,
      line: firstOmittedLine,
      column: 1, // at the unknown key junk1000
      path: `junk${MAX_LISTED_FINDINGS}`,
    });
  });

  it('handles a long list of wrong items (ajv error collection must not be quadratic)', () => {
    const n = 30000;
    const text = defaultExample.replace(
      'addressSpace: [10.1.0.0/16]',
      `addressSpace: [${Array.from({ length: n }, (_, i) => i).join(', ')}]`,
    );
    const result = validateSpecText(text, 'x.yml', { rules: [] });
    // One error per wrong item, plus the list's own size cap (maxItems) listed first.
    expect(result.findings[0]).toMatchObject({
      path: 'network.addressSpace',
      message: expect.stringMatching(/at most 100/),
    });
    expect(result.findings[result.findings.length - 1]).toMatchObject({
      ruleId: 'SPEC-TOO-MANY-ERRORS',
      message: `${n + 1 - MAX_LISTED_FINDINGS} more schema errors not listed (${n + 1} in all)`,
      path: `network.addressSpace[${MAX_LISTED_FINDINGS - 1}]`,
    });
  });

  it('lists the first MAX_LISTED_FINDINGS duplicate keys and counts the rest', () => {
    const n = MAX_LISTED_FINDINGS + 501;
    const text = defaultExample + Array.from({ length: n + 1 }, (_, i) => `location: r${i}`).join('\n') + '\n';
    const result = validateSpecText(text, 'x.yml', { rules: [] });
    const duplicates = result.findings.filter((f) => f.ruleId === 'SPEC-DUPLICATE-KEY');
    // the example's own location line plus n + 1 more: n + 1 duplicates
    expect(duplicates).toHaveLength(MAX_LISTED_FINDINGS);
    expect(duplicates[0].message).toBe("duplicate key 'location': it already appears in the same mapping");
    expect(result.findings.find((f) => f.ruleId === 'SPEC-TOO-MANY-ERRORS')?.message).toBe(
      `${n + 1 - MAX_LISTED_FINDINGS} more duplicate keys not listed (${n + 1} in all)`,
    );
  });
});
