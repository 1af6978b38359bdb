// Pure helpers of the GitHub side: the plan-hash in a comment, the comment size guard, the summary table.
import { fitComment, MAX_COMMENT_CHARS, commentMarker } from '../../src/github/comment.js';
import { planBindingLine, readBinding } from '../../src/render/plan-markdown.js';
import { cell, findingsTable, summaryMarkdown } from '../../src/github/summary.js';
import { annotationMessage } from '../../src/github/annotations.js';
import type { Finding } from '../../src/rules/types.js';

const HASH = 'a'.repeat(64);

describe('readBinding: the reviewed plan is read only at its fixed position', () => {
  const M = '<!-- amlnet:plan spec=amlnet.yml -->';
  const C = '1f'.repeat(20);
  const D = ['0123456789abcdef', 'fedcba9876543210'];
  const B = `<!-- amlnet:binding commit=${C} plan-hash=${HASH} writes=${D.join(',')} -->`;
  test.each([
    ['marker then binding', `${M}\n${B}\n### plan`, { commit: C, planHash: HASH, writes: D }],
    ['no writes', `${M}\n${planBindingLine(C, HASH)}`, { commit: C, planHash: HASH, writes: [] }],
    ['a digest of the wrong length', `${M}\n${B.replace(D[0], 'abc')}`, undefined],
    ['the binding renderer agrees', `${M}\n${planBindingLine(C, HASH, D)}\n`, { commit: C, planHash: HASH, writes: D }],
    ['binding on line 3', `${M}\nx\n${B}`, undefined],
    ['no marker first', `x\n${M}\n${B}`, undefined],
    ["another spec's marker", `<!-- amlnet:plan spec=other.yml -->\n${B}`, undefined],
    ['a visible plan-hash line only', `${M}\nplan-hash: ${HASH}`, undefined],
    ['upper-case hex', `${M}\n${B.toUpperCase()}`, undefined],
    ['63 hex digits', `${M}\n${B.replace(HASH, HASH.slice(1))}`, undefined],
    ['trailing text on the binding line', `${M}\n${B} x`, undefined],
    ['CRLF line ends', `${M}\r\n${B}`, undefined],
  ])('%s', (_title, body, expected) => {
    expect(readBinding(body, M)).toEqual(expected);
  });
});

describe('fitComment', () => {
  test('a body at the limit is kept as is; one character more is cut with a note, to the limit', () => {
    const exact = 'x'.repeat(MAX_COMMENT_CHARS);
    expect(fitComment(exact)).toBe(exact);
    const over = fitComment('x'.repeat(MAX_COMMENT_CHARS + 1));
    expect(over.length).toBe(MAX_COMMENT_CHARS);
    expect(over).toMatch(/truncated: the full plan is in the job summary and the plan file\)\n$/);
  });

  test('the marker is the renderer’s', () => {
    expect(commentMarker('envs/prod/amlnet.yml')).toBe('<!-- amlnet:plan spec=envs/prod/amlnet.yml -->');
  });
});

const finding = (over: Partial<Finding>): Finding => ({
  ruleId: 'R',
  severity: 'error',
  message: 'm',
  path: 'p',
  line: 1,
  column: 1,
  ...over,
});

describe('summary', () => {
  test('cell escapes pipes, backslashes, line breaks, HTML comments and mentions (render/markdown.ts)', () => {
    const out = cell('a|b\\c\nd x\u2028y\u2029z\r\nw <!-- amlnet:plan --> @octo-org/admins');
    expect(out).not.toMatch(/[\r\n\u2028\u2029]/);
    expect(out).not.toMatch(/(^|[^\\])\|/);
    expect(out).toContain('b\\\\c');
    expect(out).not.toContain('<');
    expect(out).not.toContain('<!--');
    expect(out).not.toMatch(/@octo-org/);
  });

  test('findings table: errors first, then by line; counts; hints appended', () => {
    const md = findingsTable(
      [
        finding({ ruleId: 'W', severity: 'warning', line: 2, message: 'warn' }),
        finding({ ruleId: 'E2', line: 9, message: 'second' }),
        finding({ ruleId: 'E1', line: 3, column: 7, message: 'first', hint: 'do x', path: 'a.b' }),
        finding({ ruleId: 'N', severity: 'notice', line: 1, path: '' }),
      ],
      'amlnet.yml',
      'https://github.com/o/amlnet/blob/v1/docs/rules.md',
    );
    expect(md.split('\n')).toEqual([
      '2 error(s), 1 warning(s), 1 notice(s) in `amlnet.yml`.',
      '',
      '| severity | rule | location | spec path | message |',
      '|---|---|---|---|---|',
      '| 🛑 error | [`E1`](https://github.com/o/amlnet/blob/v1/docs/rules.md#e1) | `amlnet.yml:3:7` | a.b | first Fix: do x |',
      '| 🛑 error | [`E2`](https://github.com/o/amlnet/blob/v1/docs/rules.md#e2) | `amlnet.yml:9:1` | p | second |',
      '| ⚠️ warning | [`W`](https://github.com/o/amlnet/blob/v1/docs/rules.md#w) | `amlnet.yml:2:1` | p | warn |',
      '| ℹ️ notice | [`N`](https://github.com/o/amlnet/blob/v1/docs/rules.md#n) | `amlnet.yml:1:1` | (file) | m |',
      '',
    ]);
    expect(findingsTable([], 'amlnet.yml')).toBe('No findings in `amlnet.yml`.\n');
  });

  test('parts with their own heading are not given another', () => {
    expect(
      summaryMarkdown('amlnet plan', [
        { heading: 'Findings', markdown: 'none\n\n' },
        { heading: '', markdown: '### amlnet plan for x' },
      ]),
    ).toBe('## amlnet plan\n\n### Findings\n\nnone\n\n### amlnet plan for x\n');
  });

  test('an annotation carries the hint on a second line and the link to its rule last', () => {
    const rules = 'https://github.com/o/amlnet/blob/v1/docs/rules.md';
    expect(annotationMessage(finding({ ruleId: 'AKS-X', message: 'bad', hint: 'fix' }), rules)).toBe(
      `bad\nFix: fix\nRule: ${rules}#aks-x`,
    );
    expect(annotationMessage(finding({ ruleId: 'AKS-X', message: 'bad' }), rules)).toBe(`bad\nRule: ${rules}#aks-x`);
    // Outside a workflow run, the link is the catalogue's path in the repository.
    expect(annotationMessage(finding({ ruleId: 'AKS-X', message: 'bad' }))).toBe('bad\nRule: docs/rules.md#aks-x');
  });
});
