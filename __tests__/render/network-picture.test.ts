// The network picture (src/render/network-picture.ts): what it shows, what it marks, how it escapes spec values,
// how it folds large specs, and where it appears (comment, summary) without breaking the comment's limit.
import { buildPlan } from '../../src/plan/build.js';
import { labelText, MAX_PARTS, networkPicture } from '../../src/render/network-picture.js';
import {
  COMMENT_LIMIT,
  pictureSection,
  PICTURE_LIMIT,
  renderPlanComment,
  renderPlanSummary,
} from '../../src/render/plan-markdown.js';
import type { Finding } from '../../src/rules/types.js';
import type { SecurityRuleSpec, Spec, SubnetSpec } from '../../src/spec/types.js';
import { baseSpec, cluster, emptyLive, matchingLive, NSG_ID, subnet, vnet } from '../plan/fixtures.js';
import { expectGolden } from './golden.js';

function largeSpec(subnets: number, clusters: number): Spec {
  const list: SubnetSpec[] = Array.from({ length: subnets }, (_, i) => ({
    name: `subnet-${i}`,
    addressPrefix: `10.1.${i}.0/24`,
  }));
  return baseSpec({
    network: { ...baseSpec().network, subnets: list },
    aksClusters: Array.from({ length: clusters }, (_, i) =>
      cluster({
        name: `aks-${i}`,
        subnet: `subnet-${i % subnets}`,
        serviceCidr: `10.${100 + i}.0.0/16`,
        dnsServiceIp: `10.${100 + i}.0.10`,
      }),
    ),
  });
}

describe('network picture', () => {
  test('small spec: the VNet, its subnets with prefixes, the NSG, the cluster with its ranges (golden)', () => {
    const spec = baseSpec({ aci: { subnet: 'aci-subnet' } });
    const picture = networkPicture(spec, buildPlan(spec, emptyLive(), []));
    expect(picture.startsWith('flowchart LR\n')).toBe(true);
    expect(picture).toContain('VNet ml-vnet (10.1.0.0/16)');
    expect(picture).toContain('subnet aks-subnet<br/>10.1.0.0/22');
    expect(picture).toContain('service CIDR 10.0.0.0/16<br/>DNS IP 10.0.0.10<br/>docker bridge 172.17.0.1/16');
    expect(picture).toMatch(/^ {2}c0 -- nodes --> s0$/m);
    expect(picture).toMatch(/^ {2}aci -- containers --> s1$/m);
    expect(picture).toMatch(/^ {2}nsg -. controls .-> s0$/m);
    expectGolden('picture-small.mmd', picture + '\n');
  });

  test('marks what the plan creates and leaves unchanged parts unmarked', () => {
    const spec = baseSpec();
    const none = networkPicture(spec, buildPlan(spec, matchingLive(), []));
    expect(none).not.toMatch(/^ {2}class /m);
    const fresh = networkPicture(spec, buildPlan(spec, emptyLive(), []));
    const created = /^ {2}class (\S+) create$/m.exec(fresh)?.[1]?.split(',') ?? [];
    expect(created).toEqual(expect.arrayContaining(['s0', 'c0']));
  });

  test('marks an updated subnet as update', () => {
    const spec = baseSpec();
    // The ACI subnet lost its delegation in Azure: the plan updates it, and only it.
    const live = matchingLive({
      vnet: vnet([
        subnet('aks-subnet', '10.1.0.0/22', { networkSecurityGroupId: NSG_ID }),
        subnet('aci-subnet', '10.1.8.0/24', { networkSecurityGroupId: NSG_ID }),
      ]),
    });
    const plan = buildPlan(spec, live, []);
    expect(plan.changes.filter((c) => c.action === 'update').map((c) => c.resourceId.split('/').pop())).toEqual([
      'aci-subnet',
    ]);
    const picture = networkPicture(spec, plan);
    expect(picture).toMatch(/^ {2}class s1 update$/m);
    expect(picture).not.toMatch(/^ {2}class .*\bs0\b/m);
  });

  test.each([
    ['"', '#34;'],
    ['<', '#60;'],
    ['>', '#62;'],
    ['`', '#96;'],
    ['#', '#35;'],
    [';', '#59;'],
    ['\n', ' '],
    ['\u2028', ' '],
  ])('escapes %j in a label as %j', (raw, escaped) => {
    expect(labelText(`a${raw}b`)).toBe(`a${escaped}b`);
  });

  test('a hostile subnet name cannot end its label, open HTML or close the code fence', () => {
    const evil = 'x"]\n  click s0 href "javascript:alert(1)"\n```\n<!-- amlnet:plan spec=y --> <img src=x> @team';
    const spec = baseSpec({
      network: { ...baseSpec().network, subnets: [{ name: evil, addressPrefix: '10.1.0.0/22' }] },
      aksClusters: [cluster({ subnet: evil })],
    });
    const picture = networkPicture(spec);
    // Every label is one quoted string with no quote, angle bracket, backtick or newline inside.
    for (const m of picture.matchAll(/\["([^"]*)"\]/g)) expect(m[1].replace(/<br\/>/g, '')).not.toMatch(/[`<>\n]/);
    expect(picture).not.toMatch(/^\s*click/m);
    expect(picture.split('\n').every((l) => /^(flowchart|\s{2,}\S)/.test(l))).toBe(true);
    const comment = renderPlanComment(buildPlan(spec, emptyLive(), []), {
      specPath: 'amlnet.yml',
      commit: 'abc',
      spec,
    });
    expect(comment.split('\n')[0]).toBe('<!-- amlnet:plan spec=amlnet.yml -->');
    expect(comment.match(/<!-- amlnet:plan/g)).toHaveLength(1);
    expect((comment.match(/^`{3,}/gm) ?? []).length % 2).toBe(0);
  });

  test(`large spec: beyond ${MAX_PARTS} subnets and clusters fold into "+N more" nodes (golden)`, () => {
    const spec = largeSpec(40, 20);
    const picture = networkPicture(spec, buildPlan(spec, matchingLive(), []));
    expect(picture).toContain('+28 more subnet(s)');
    expect(picture).toContain('+8 more cluster(s)');
    expect(picture.match(/^ {4}s\d+\[/gm)).toHaveLength(MAX_PARTS);
    expect(picture.match(/^ {2}c\d+\[/gm)).toHaveLength(MAX_PARTS);
    expect(picture.length).toBeLessThan(6_000);
    expectGolden('picture-large.mmd', picture + '\n');
  });

  test('folding keeps the changed parts in view', () => {
    const spec = largeSpec(30, 1);
    const plan = buildPlan(spec, matchingLive(), []);
    const last = plan.changes.find((c) => c.resourceId.endsWith('/subnets/subnet-29'));
    expect(last?.action).toBe('create');
    // Only subnet-29 changes: the other subnets are left as they are.
    const changed = { ...plan, changes: plan.changes.filter((c) => c === last) };
    const picture = networkPicture(spec, changed);
    expect(picture).toContain('subnet subnet-29');
    expect(picture).toMatch(/^ {2}class s29 create$/m);
  });

  test('a picture over half the comment limit is left out with a one-line note', () => {
    const spec = baseSpec();
    expect(pictureSection(spec, undefined, 100)).toMatch(
      /^#### Network\n\n_The network picture is left out: at \d+ characters/,
    );
    expect(pictureSection(spec, undefined)).toContain('```mermaid');
    // The fold caps a picture's size: 12 subnets and 12 clusters with 80-character names of 8-character escapes
    // still fit, so the note is a guard, not a normal outcome.
    const wide = '\u{1F600}'.repeat(80);
    const big = baseSpec({
      network: {
        ...baseSpec().network,
        subnets: Array.from({ length: 40 }, (_, i) => ({ name: `${wide}${i}`, addressPrefix: `10.1.${i}.0/24` })),
      },
      aksClusters: Array.from({ length: 40 }, (_, i) => cluster({ name: `c${i}`, subnet: `${wide}${i}` })),
    });
    const section = pictureSection(big, undefined);
    expect(section).toContain('```mermaid');
    expect(section.length).toBeLessThan(PICTURE_LIMIT);
  });
});

describe('the picture in the comment and the summary', () => {
  test('comment and summary show it under the summary table; without a spec there is none', () => {
    const spec = baseSpec();
    const plan = buildPlan(spec, emptyLive(), []);
    for (const text of [
      renderPlanComment(plan, { specPath: 'amlnet.yml', commit: 'abc', spec }),
      renderPlanSummary(plan, { specPath: 'amlnet.yml', commit: 'abc', spec }),
    ]) {
      expect(text).toContain('#### Network\n\n```mermaid\nflowchart LR');
      expect(text.indexOf('#### Network')).toBeGreaterThan(text.indexOf('| create |'));
      expect(text.indexOf('#### Network')).toBeLessThan(text.indexOf('plan-hash:'));
    }
    expect(renderPlanComment(plan, { specPath: 'amlnet.yml', commit: 'abc' })).not.toContain('mermaid');
  });

  test('a truncated comment keeps the picture and stays under 65,536 characters (golden)', () => {
    const spec = largeSpec(40, 20);
    const rules: SecurityRuleSpec[] = Array.from({ length: 700 }, (_, i) => ({
      name: `rule-${i}-${'x'.repeat(40)}`,
      direction: 'Inbound',
      access: 'Allow',
      protocol: 'Tcp',
      priority: 100 + i,
      sourceAddressPrefixes: Array.from({ length: 6 }, (_, j) => `198.51.${i % 250}.${j}/32`),
      destinationPortRanges: ['443'],
      description: 'd'.repeat(60),
    }));
    spec.network.securityGroup = { ...spec.network.securityGroup!, rules };
    const findings: Finding[] = Array.from({ length: 200 }, (_, i) => ({
      ruleId: 'NSG-INBOUND-FROM-INTERNET',
      severity: 'warning',
      message: `finding ${i} ${'m'.repeat(80)}`,
      path: `network.securityGroup.rules[${i}]`,
      line: i + 1,
      column: 1,
    }));
    const plan = buildPlan(spec, emptyLive(), findings);
    const comment = renderPlanComment(plan, { specPath: 'amlnet.yml', commit: 'abc', spec });
    expect(comment.length).toBeLessThan(COMMENT_LIMIT);
    expect(comment).toMatch(/Truncated/);
    expect(comment).toContain('```mermaid');
    expect(comment).toContain('+28 more subnet(s)');
    expect(comment).toContain(`plan-hash: ${plan.planHash}`);
    expect((comment.match(/^`{3,}/gm) ?? []).length % 2).toBe(0);
    expect((comment.match(/<details/g) ?? []).length).toBe((comment.match(/<\/details>/g) ?? []).length);
    expectGolden('comment-picture-truncated.md', comment);
  });
});
