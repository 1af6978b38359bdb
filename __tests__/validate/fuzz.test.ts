// Property-based fuzzing of the whole pipeline (with the real rule registry): whatever the input, validation
// returns findings and never throws, and every finding is well formed. ~5,000 cases, a few seconds.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import type { Finding } from '../../src/rules/types.js';
import { validateSpecText, type ValidateResult } from '../../src/validate.js';

const dir = join(process.cwd(), 'examples');
// The examples and the full example spec (which sets every field) are the seeds.
const texts = [
  ...readdirSync(dir)
    .filter((f) => f.endsWith('.yml'))
    .sort()
    .map((f) => join(dir, f)),
  join(process.cwd(), '__tests__/spec/fixtures/contract-section-1.yml'),
].map((file) => readFileSync(file, 'utf8'));
const values = texts.map((t) => parse(t) as unknown);

function assertWellFormed(result: ValidateResult): void {
  for (const f of result.findings as Array<Finding & Record<string, unknown>>) {
    expect(typeof f.ruleId).toBe('string');
    expect(f.ruleId).toMatch(/^[A-Z0-9]+(-[A-Z0-9]+)+$/);
    expect(['error', 'warning', 'notice']).toContain(f.severity);
    expect(typeof f.message).toBe('string');
    expect(f.message.length).toBeGreaterThan(0);
    expect(typeof f.path).toBe('string');
    expect(Number.isInteger(f.line) && f.line >= 1).toBe(true);
    expect(Number.isInteger(f.column) && f.column >= 1).toBe(true);
  }
  expect(result.valid).toBe(!result.findings.some((f) => f.severity === 'error'));
  // A rule that throws is caught, but it is still a bug: the fuzzer should not find any.
  expect(result.findings.filter((f) => f.ruleId === 'AMLNET-INTERNAL-ERROR')).toEqual([]);
}

/** Every path to a value inside a JSON-like tree. */
function paths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  const out: Array<Array<string | number>> = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

type Edit = { kind: 'drop' } | { kind: 'set'; value: unknown } | { kind: 'add'; key: string; value: unknown };

function applyEdit(root: unknown, path: Array<string | number>, edit: Edit): unknown {
  if (path.length === 0) return edit.kind === 'set' ? edit.value : root;
  const copy = structuredClone(root);
  let node = copy as Record<string | number, unknown>;
  for (const seg of path.slice(0, -1)) node = node[seg] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (edit.kind === 'drop') {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else if (edit.kind === 'set') node[last] = edit.value;
  else {
    const target = node[last];
    if (typeof target === 'object' && target !== null && !Array.isArray(target))
      (target as Record<string, unknown>)[edit.key] = edit.value;
    else node[last] = { [edit.key]: edit.value };
  }
  return copy;
}

const junkValue = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -100000, max: 100000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    '10.0.0.0/16',
    '10.1.0.0/22',
    '10.0.0.10',
    '0.0.0.0/0',
    '255.255.255.255/32',
    '10.1.0.0/33',
    '*',
    'azure',
    'kubenet',
    'overlay',
    'InternalLoadBalancer',
    'aks-subnet',
    'aci-subnet',
    'Microsoft.ContainerInstance/containerGroups',
    'Outbound',
    'Deny',
  ),
  fc.array(fc.oneof(fc.string({ maxLength: 10 }), fc.integer()), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(fc.string({ maxLength: 8 }), fc.integer()), { maxKeys: 3 }),
);

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.constant<Edit>({ kind: 'drop' }),
  junkValue.map<Edit>((value) => ({ kind: 'set', value })),
  fc
    .record({ key: fc.string({ minLength: 1, maxLength: 12 }), value: junkValue })
    .map<Edit>((r) => ({ kind: 'add', ...r })),
);

const RUNS = 1000;

describe('fuzz: validateSpecText never throws and every finding is well formed', () => {
  it('on structural mutations of valid specs (drop keys, change types, insert junk)', () => {
    fc.assert(
      fc.property(
        fc.nat(values.length - 1),
        fc.array(fc.tuple(fc.nat(), edit), { minLength: 1, maxLength: 4 }),
        (which, edits) => {
          let spec = values[which];
          for (const [pick, e] of edits) {
            const all = paths(spec);
            spec = applyEdit(spec, all[pick % all.length], e);
          }
          assertWellFormed(validateSpecText(stringify(spec) ?? '', 'fuzz.yml'));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('on text mutations (truncate, insert and replace characters)', () => {
    const snippet = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom(
        ':',
        '- ',
        '[',
        ']',
        '{',
        '}',
        '&a ',
        '*a',
        '!!binary ',
        '\t',
        '\n',
        '"',
        "'",
        '#',
        '? ',
        '|',
        '>',
        '---\n',
        '...',
        '%YAML 1.1\n',
        '<<: *a',
        '\uFEFF',
        '\r\n',
      ),
    );
    fc.assert(
      fc.property(
        fc.nat(texts.length - 1),
        fc.array(fc.tuple(fc.nat(), fc.nat(20), snippet), { minLength: 1, maxLength: 5 }),
        fc.option(fc.nat(), { nil: undefined }),
        (which, inserts, truncateAt) => {
          let text = texts[which];
          for (const [at, remove, s] of inserts) {
            const i = at % (text.length + 1);
            text = text.slice(0, i) + s + text.slice(i + (remove % 3 === 0 ? remove : 0));
          }
          if (truncateAt !== undefined) text = text.slice(0, truncateAt % (text.length + 1));
          assertWellFormed(validateSpecText(text, 'fuzz.yml'));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('on random bytes decoded as text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        assertWellFormed(validateSpecText(Buffer.from(bytes).toString('utf8'), 'fuzz.yml'));
      }),
      { numRuns: RUNS },
    );
  });

  it('on random YAML-ish text', () => {
    const token = fc.constantFrom(
      'version: 1\n',
      'network:\n',
      '  subnets:\n',
      '    - ',
      'name: x\n',
      '[',
      ']',
      '{',
      '}',
      ', ',
      ': ',
      '  ',
      '\n',
      '&x ',
      '*x',
      'aksClusters:\n',
      '  - subnet: s\n',
      '~',
      'null',
      '1e9',
      '0x10',
      '"a"',
      "'b'",
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }), (tokens) => {
        assertWellFormed(validateSpecText(tokens.join(''), 'fuzz.yml'));
      }),
      { numRuns: RUNS },
    );
  });
});
