// docs/spec-reference.md and docs/rules.md are generated from the schema and the rule registry; this fails
// when they are stale (regenerate with `node scripts/gen-docs.run.mjs`), and checks the renderers themselves.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import {
  generateDocs,
  registryRules,
  renderReaderIds,
  renderRuleCatalogue,
  renderSpecReference,
} from '../../scripts/gen-docs.js';

describe('generated docs', () => {
  test('docs/*.md match the schema and the rule registry', async () => {
    for (const doc of await generateDocs(process.cwd())) {
      const current = readFileSync(doc.path, 'utf8');
      if (current !== doc.content) {
        throw new Error(`${doc.path} is stale: run node scripts/gen-docs.run.mjs and commit the result`);
      }
    }
  });
});

describe('README', () => {
  test('documents every input and output of action.yml, and links the generated docs', () => {
    const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: object; outputs: object };
    const readme = readFileSync('README.md', 'utf8');
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) {
      expect({ name, documented: readme.includes(`\`${name}\``) }).toEqual({ name, documented: true });
    }
    expect(readme).toContain('](docs/spec-reference.md)');
    expect(readme).toContain('](docs/rules.md)');
    expect(readme.split('\n').slice(0, 6).join('\n')).toContain(
      'bash scripts/fresh.sh demo    # fresh machine: installs Node 24 + deps, plays a PR and its merge against the local emulator\n' +
        'bash scripts/fresh.sh test',
    );
  });
});

describe('renderSpecReference', () => {
  const schema = {
    description: 'Top.',
    type: 'object',
    additionalProperties: false,
    required: ['a'],
    definitions: { cidr: { type: 'string', description: 'A CIDR.', pattern: '^x|y$' } },
    properties: {
      a: { $ref: '#/definitions/cidr', description: 'The a.' },
      n: { type: ['integer', 'null'], minimum: 10, maximum: 250, default: 30, description: 'Pods.' },
      e: { enum: ['Tcp', '*'] },
      list: {
        type: 'array',
        description: 'Things.',
        items: { type: 'object', required: ['k'], properties: { k: { const: 1 } } },
      },
    },
  };

  test('one table per object, refs resolved, pipes escaped, nested objects linked', () => {
    expect(renderSpecReference(schema).split('\n').slice(10).join('\n')).toBe(
      [
        '## (top level)',
        '',
        'Unknown keys are errors.',
        '',
        '| field | type | required | default | description |',
        '|---|---|---|---|---|',
        '| `a` | string | yes |  | The a. pattern `^x\\|y$`. |',
        '| `n` | integer or null |  | `30` | Pods. 10..250. |',
        '| `e` | `Tcp` · `*` |  |  |  |',
        '| `list` | list of objects |  |  | Things. See [list[]](#list). |',
        '',
        '## `list[]`',
        '',
        '| field | type | required | default | description |',
        '|---|---|---|---|---|',
        '| `k` | `1` (constant) | yes |  |  |',
        '',
      ].join('\n'),
    );
  });

  test('a remote $ref is refused', () => {
    expect(() => renderSpecReference({ properties: { a: { $ref: 'http://x/y' } } })).toThrow(/only local \$ref/);
  });
});

describe('renderRuleCatalogue', () => {
  test('rules sorted by id with counts per severity and their sources', () => {
    const md = renderRuleCatalogue([
      { id: 'B-RULE', severity: 'warning', title: 'b | c', kind: 'offline', source: { document: 'https://x.test/b' } },
      {
        id: 'A-RULE',
        severity: 'error',
        title: 'a',
        kind: 'live',
        source: { document: 'https://x.test/a', detail: 'the quote' },
      },
    ]);
    expect(md).toContain('2 rules (1 error, 1 warning).');
    expect(md).toContain(
      ['| [`A-RULE`](#a-rule) | error | live | a |', '| [`B-RULE`](#b-rule) | warning | offline | b \\| c |'].join(
        '\n',
      ),
    );
    // Each rule's entry: a heading that is its id (so #a-rule lands on it), then the title and the linked source.
    expect(md).toContain(
      '### A-RULE\n\na.\n\n- Default severity: error; kind: live\n- Source: <https://x.test/a> — the quote\n',
    );
    expect(md.indexOf('### A-RULE')).toBeLessThan(md.indexOf('### B-RULE'));
  });

  test('registryRules runs the offline and live rules through the registry catalogue, once per id', () => {
    const r = (id: string, kind: string) => ({
      id,
      severity: 'error',
      title: id,
      kind,
      source: { document: 'd' },
      check: () => [],
    });
    const seen: unknown[][] = [];
    const registry = {
      offlineRules: [r('Y', 'offline'), r('Z', 'offline')],
      ruleCatalogue: (rules: unknown[]) => {
        seen.push(rules);
        return rules;
      },
    };
    const entries = registryRules(registry, { liveRules: [r('Z', 'live'), r('L', 'live'), { id: 1 }] });
    expect(seen).toHaveLength(1);
    expect(entries.map((e) => `${e.id}:${e.kind}`)).toEqual(['Y:offline', 'Z:live', 'L:live']);
    expect(registryRules({ offlineRules: [r('A', 'offline')] }).map((e) => e.id)).toEqual(['A']);
  });

  test('renderReaderIds gives each spec reader id a heading (its anchor), sorted', () => {
    expect(renderReaderIds({ b: 'SPEC-B', a: 'SPEC-A' })).toContain('### SPEC-A\n\n### SPEC-B\n');
  });
});
