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
