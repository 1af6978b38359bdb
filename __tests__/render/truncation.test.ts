import { renderPlanComment, COMMENT_LIMIT } from '../../src/render/plan-markdown.js';
import { buildPlan } from '../../src/plan/build.js';
import type { Finding } from '../../src/rules/types.js';
import { baseSpec, emptyLive } from '../plan/fixtures.js';
import type { SecurityRuleSpec } from '../../src/spec/types.js';

function bigPlan() {
  const spec = baseSpec();
  const rules: SecurityRuleSpec[] = [];
  for (let i = 0; i < 900; i++) {
    rules.push({
      name: `rule-${i}-${'x'.repeat(40)}`,
      direction: 'Inbound',
      access: 'Allow',
      protocol: 'Tcp',
      priority: 100 + i,
      sourceAddressPrefixes: Array.from({ length: 6 }, (_, j) => `198.51.${i % 250}.${j}/32`),
      destinationPortRanges: ['443'],
      description: 'd'.repeat(60),
    });
  }
  spec.network.securityGroup!.rules = rules;
  const findings: Finding[] = Array.from({ length: 300 }, (_, i) => ({
    ruleId: 'NSG-X',
    severity: 'warning',
    message: `finding ${i} ${'m'.repeat(80)}`,
    path: `network.securityGroup.rules[${i}]`,
    line: i + 1,
    column: 1,
  }));
  return buildPlan(spec, emptyLive(), findings);
}

describe('comment truncation', () => {
  const plan = bigPlan();
  const full = renderPlanComment(plan, { specPath: 'amlnet.yml', commit: 'abc' });

  test('the fixture is a large plan (over 200 KB of detail)', () => {
    expect(JSON.stringify(plan).length).toBeGreaterThan(200_000);
  });

  test('stays under 65,536 characters with marker, summary, commit and hash intact', () => {
    expect(full.length).toBeLessThan(COMMENT_LIMIT);
    expect(full.split('\n')[0]).toBe('<!-- amlnet:plan spec=amlnet.yml -->');
    expect(full).toContain(`plan-hash: ${plan.planHash}`);
    expect(full).toContain('| create | update | no-op | refuse |');
    expect(full).toContain('`abc`');
    expect(full).toMatch(/Truncated/);
    expect(full).toMatch(/more change\(s\) not shown/);
  });

  test('truncation cuts at whole blocks and closes the code fence and details', () => {
    const fences = full.match(/^`{3,}/gm) ?? [];
    expect(fences.length % 2).toBe(0);
    expect((full.match(/<details/g) ?? []).length).toBe((full.match(/<\/details>/g) ?? []).length);
  });

  test('uses most of the budget (detail is cut, not dropped)', () => {
    expect(full.length).toBeGreaterThan(60_000);
  });
});
