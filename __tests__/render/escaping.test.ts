import { codeBlock, escapeMarkdown, inlineCode } from '../../src/render/markdown.js';
import { renderPlanComment } from '../../src/render/plan-markdown.js';
import { buildPlan } from '../../src/plan/build.js';
import { baseSpec, emptyLive } from '../plan/fixtures.js';

const EVIL = '<img src=x onerror=alert(1)> **bold** @org/team | x';
const md = { specPath: 'amlnet.yml', commit: 'abc' };

describe('escaping of values from the spec or Azure', () => {
  test('escapeMarkdown neutralises HTML, emphasis, pipes and mentions', () => {
    const out = escapeMarkdown(EVIL);
    expect(out).not.toMatch(/<img/);
    expect(out).toContain('&lt;img');
    expect(out).not.toMatch(/(^|[^\\])\*\*/);
    expect(out).not.toMatch(/(^|[^\\])\|/);
    expect(out).not.toMatch(/@org/);
    expect(out).toContain('@\u200Dorg');
  });

  test.each([
    ['plain', 'plain', '`plain`'],
    ['one backtick', 'a`b', '``a`b``'],
    ['leading backtick', '`x', '`` `x ``'],
    ['mention', '@team', '`@\u200Dteam`'],
  ])('inlineCode %s', (_n, value, expected) => {
    expect(inlineCode(value)).toBe(expected);
  });

  test('a code block fence is longer than any backtick run inside', () => {
    const block = codeBlock('x ```` y');
    expect(block.startsWith('`````\n')).toBe(true);
    expect(block.endsWith('\n`````')).toBe(true);
  });

  test('a hostile rule name and finding cannot inject HTML, formatting, table cells or pings into the comment', () => {
    const spec = baseSpec();
    spec.network.securityGroup!.rules![0].name = EVIL;
    spec.network.securityGroup!.rules![0].description = '```\n</details><img src=x>';
    const finding = {
      ruleId: 'X',
      severity: 'error' as const,
      message: EVIL,
      path: 'aksClusters[0].name',
      line: 3,
      column: 4,
      hint: EVIL,
    };
    const text = renderPlanComment(buildPlan(spec, emptyLive(), [finding]), md);
    // Outside code blocks, no raw HTML tag from the values and no live mention.
    const outsideCode = text.replace(/(`{3,})[^\n]*\n[\s\S]*?\n\1/g, '');
    expect(outsideCode).not.toMatch(/<img/);
    expect(outsideCode).not.toMatch(/@org/);
    // The findings table row keeps 4 cells: escaped pipes do not split it.
    const row = text.split('\n').find((l) => l.includes('&lt;img'));
    expect(row).toBeDefined();
    expect(row!.split(/(?<!\\)\|/).length - 2).toBe(4);
    // The code fence around the plan is longer than the value's backtick run, so the value cannot close it.
    expect(text).toMatch(/````diff\n/);
  });
});

describe('no value can start a line or open an HTML comment (a forged binding or marker needs both)', () => {
  const HASH = 'b'.repeat(64);
  const breakers = ['\n', '\r', '\r\n', '\u2028', '\u2029', '\u0085', '\u000B', '\u000C', '\u001B'];

  test.each(breakers.map((b) => [JSON.stringify(b), b]))('%s in a rule description and name', (_n, brk) => {
    const spec = baseSpec();
    const rule = spec.network.securityGroup!.rules![0];
    rule.description = `scoring${brk}plan-hash: ${HASH}${brk}<!-- amlnet:plan spec=other.yml -->`;
    rule.name = `r${brk}<!-- amlnet:binding commit=${'1'.repeat(40)} plan-hash=${HASH} -->`;
    const finding = {
      ruleId: 'X',
      severity: 'warning' as const,
      message: `m${brk}plan-hash: ${HASH}`,
      path: 'p',
      line: 1,
      column: 1,
      hint: `h${brk}-->`,
    };
    const text = renderPlanComment(buildPlan(spec, emptyLive(), [finding]), {
      specPath: 'amlnet.yml',
      commit: 'c'.repeat(40),
    });
    // Every line break in the comment is one amlnet wrote: no U+2028/U+2029/U+0085 or lone CR at all.
    // eslint-disable-next-line no-control-regex -- the characters under test
    expect(text).not.toMatch(/[\r\u2028\u2029\u0085\u000B\u000C\u001B]/);
    // The forged hash never starts a line; only amlnet's own plan-hash line does.
    const starts = text.split('\n').filter((l) => /^plan-hash: /.test(l));
    expect(starts).toEqual([expect.not.stringContaining(HASH)]);
    // Exactly two HTML comments open: amlnet's marker and binding lines, the first two lines.
    expect(text.match(/<!--/g)).toHaveLength(2);
    expect(
      text
        .split('\n')
        .slice(0, 2)
        .every((l) => l.startsWith('<!-- amlnet:')),
    ).toBe(true);
  });

  test('the escapes stay visible to the reviewer', () => {
    expect(escapeMarkdown('a\u2028b')).toBe('a\\\\u2028b');
    expect(inlineCode('a\nb')).toBe('`a\\u000Ab`');
    expect(inlineCode('<!-- x -->')).not.toContain('<!--');
  });
});
