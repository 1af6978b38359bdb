import { renderPlanText } from '../../src/render/plan-text.js';
import { planToJson, renderPlanJson } from '../../src/render/plan-json.js';
import {
  renderPlanComment,
  renderPlanSummary,
  planCommentMarker,
  renderDegradedComment,
} from '../../src/render/plan-markdown.js';
import { expectGolden } from './golden.js';
import { finding, freshPlan, noChangePlan, refusedPlan, updatePlan } from './plans.js';

const md = {
  specPath: 'amlnet.yml',
  commit: '0123456789abcdef0123456789abcdef01234567',
  runUrl: 'https://github.com/octo-org/octo-repo/actions/runs/1',
};

describe('text renderer', () => {
  test.each([
    ['fresh', freshPlan],
    ['no-change', noChangePlan],
    ['update', updatePlan],
    ['refused', refusedPlan],
  ])('%s plan matches its golden file', (name, make) => {
    expectGolden(`plan-${name}.txt`, renderPlanText(make(), { specPath: 'amlnet.yml' }));
  });

  test('no changes prints the Terraform sentence and the hash', () => {
    const text = renderPlanText(noChangePlan());
    expect(text).toContain('No changes. Your infrastructure matches the configuration.');
    expect(text).toMatch(/^plan-hash: [0-9a-f]{64}$/m);
  });

  test('an update shows before -> after per property', () => {
    expect(renderPlanText(updatePlan())).toContain('~ destinationPortRanges: ["80"] -> ["443"]');
  });
});

describe('JSON renderer', () => {
  test('carries the documented JSON fields and round-trips', () => {
    const plan = refusedPlan();
    const parsed = JSON.parse(renderPlanJson(plan)) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(expect.arrayContaining(['planHash', 'hasChanges', 'findings', 'changes']));
    expect(parsed).toEqual(JSON.parse(JSON.stringify(planToJson(plan))));
    expectGolden('plan-refused.json', renderPlanJson(plan, { specPath: 'amlnet.yml' }));
  });
});

describe('Markdown renderer', () => {
  test.each([
    ['fresh', freshPlan],
    ['no-change', noChangePlan],
    ['refused', refusedPlan],
  ])('%s comment matches its golden file', (name, make) => {
    expectGolden(`comment-${name}.md`, renderPlanComment(make(), md));
  });

  test('the marker is the first line, the hash a literal line, the commit shown', () => {
    const text = renderPlanComment(updatePlan(), md);
    const lines = text.split('\n');
    expect(lines[0]).toBe('<!-- amlnet:plan spec=amlnet.yml -->');
    expect(lines).toContain(`plan-hash: ${updatePlan().planHash}`);
    expect(text).toContain('`0123456789abcdef0123456789abcdef01234567`');
    expect(text).toContain('| 0 | 1 | ');
  });

  test('the job summary has no marker', () => {
    expect(renderPlanSummary(updatePlan(), md).startsWith('<!--')).toBe(false);
  });

  test('a spec path cannot close the marker comment', () => {
    expect(planCommentMarker('a-->b.yml')).not.toMatch(/-->b/);
    expect(planCommentMarker('a-->b.yml').endsWith(' -->')).toBe(true);
  });

  test('degraded mode explains why there is no plan and lists the findings', () => {
    const text = renderDegradedComment(
      { reason: 'fork pull requests get no Azure credentials', findings: [finding()], valid: false },
      md,
    );
    expect(text.split('\n')[0]).toBe('<!-- amlnet:plan spec=amlnet.yml -->');
    expect(text).toContain('**No plan:** fork pull requests get no Azure credentials');
    expect(text).toContain('LIVE-SUBNET-PREFIX');
    expect(text).not.toContain('plan-hash:');
  });
});
