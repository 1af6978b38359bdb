// Table-driven schema cases: every mutation of a valid spec gives exactly the expected rule id at the expected
// path, with a message that names the key, the value and what is allowed. Rules are not run here (rules: []).
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { validateSpecText } from '../../src/validate.js';
import { contractSpec } from '../../__fixtures__/contract-spec.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every field of docs/spec-reference.md, valid (plus the optional securityGroup.resourceGroup, given as null). */
function fullSpec(): { [key: string]: Json } {
  const spec = contractSpec();
  spec.network.securityGroup!.resourceGroup = null;
  return spec as unknown as { [key: string]: Json };
}

type Segment = string | number;
const DELETE = Symbol('delete');

function mutate(spec: Json, path: Segment[], value: Json | typeof DELETE): Json {
  const copy = structuredClone(spec);
  let node = copy as { [k: string]: Json } | Json[];
  for (const seg of path.slice(0, -1)) node = (node as Record<string | number, Json>)[seg] as typeof node;
  const last = path[path.length - 1];
  if (value === DELETE) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[String(last)];
  } else (node as Record<string | number, Json>)[last] = value;
  return copy;
}

function check(spec: Json) {
  return validateSpecText(stringify(spec), 'amlnet.yml', { rules: [] });
}

describe('schema: valid specs', () => {
  it('accepts a spec with every field', () => {
    const result = check(fullSpec());
    expect(result.findings).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.spec).toEqual(fullSpec());
  });

  it('accepts the minimal spec (optional sections absent)', () => {
    const minimal = {
      version: 1,
      subscriptionId: '00000000-0000-0000-0000-000000000000',
      location: 'eastus2',
      workspace: { resourceGroup: 'rg', name: 'wsp' },
      network: { resourceGroup: 'rg', name: 'vn', subnets: [{ name: 's', addressPrefix: '10.0.0.0/24' }] },
    };
    expect(check(minimal).findings).toEqual([]);
  });

  it.each<[string, Segment[], Json]>([
    ['priority lower bound', ['network', 'securityGroup', 'rules', 0, 'priority'], 100],
    ['priority upper bound', ['network', 'securityGroup', 'rules', 0, 'priority'], 4096],
    ['maxPods lower bound', ['aksClusters', 0, 'maxPods'], 10],
    ['maxPods upper bound', ['aksClusters', 0, 'maxPods'], 250],
    ['name of 2 characters', ['aksClusters', 0, 'name'], 'ab'],
    ['name of 16 characters', ['aksClusters', 0, 'name'], 'a234567890123456'],
    ['description of 140 characters', ['network', 'securityGroup', 'rules', 0, 'description'], 'd'.repeat(140)],
    [
      'attach with a resource id',
      ['aksClusters', 0, 'resourceId'],
      '/subscriptions/0/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/k',
    ],
    ['null securityGroup', ['network', 'securityGroup'], null],
    ['null aci', ['aci'], null],
    ['protocol *', ['network', 'securityGroup', 'rules', 0, 'protocol'], '*'],
    ['a port range', ['network', 'securityGroup', 'rules', 0, 'destinationPortRanges'], ['1000-2000', '443']],
    ['kubenet', ['aksClusters', 0, 'networkPlugin'], 'kubenet'],
    ['overlay', ['aksClusters', 0, 'networkPluginMode'], 'overlay'],
    ['maxSurge 0', ['aksClusters', 0, 'maxSurge'], 0],
  ])('accepts %s', (_name, path, value) => {
    expect(check(mutate(fullSpec(), path, value)).findings).toEqual([]);
  });
});

describe('schema: each error maps to a stable rule id, path and message', () => {
  const cases: Array<[string, Segment[], Json | typeof DELETE, string, string, RegExp]> = [
    // unknown keys at each level
    [
      'unknown top-level key',
      ['locaton'],
      'x',
      'SPEC-UNKNOWN-KEY',
      'locaton',
      /unknown key 'locaton' in the top level; did you mean 'location'\?/,
    ],
    ['unknown workspace key', ['workspace', 'nam'], 'x', 'SPEC-UNKNOWN-KEY', 'workspace.nam', /did you mean 'name'/],
    ['unknown network key', ['network', 'subnet'], [], 'SPEC-UNKNOWN-KEY', 'network.subnet', /did you mean 'subnets'/],
    [
      'unknown subnet key',
      ['network', 'subnets', 1, 'delegations'],
      'x',
      'SPEC-UNKNOWN-KEY',
      'network.subnets[1].delegations',
      /in network\.subnets\[1\]; did you mean 'delegation'/,
    ],
    [
      'unknown securityGroup key',
      ['network', 'securityGroup', 'rule'],
      [],
      'SPEC-UNKNOWN-KEY',
      'network.securityGroup.rule',
      /did you mean 'rules'/,
    ],
    [
      'unknown NSG rule key',
      ['network', 'securityGroup', 'rules', 0, 'port'],
      '443',
      'SPEC-UNKNOWN-KEY',
      'network.securityGroup.rules[0].port',
      /allowed keys: name, direction/,
    ],
    [
      'unknown cluster key',
      ['aksClusters', 0, 'dnsServiceIP'],
      '10.0.0.10',
      'SPEC-UNKNOWN-KEY',
      'aksClusters[0].dnsServiceIP',
      /unknown key 'dnsServiceIP' in aksClusters\[0\]; did you mean 'dnsServiceIp'\?/,
    ],
    ['unknown aci key', ['aci', 'subnets'], 'x', 'SPEC-UNKNOWN-KEY', 'aci.subnets', /did you mean 'subnet'/],
    [
      'an odd unknown key',
      ['aksClusters', 0, 'a b.c'],
      1,
      'SPEC-UNKNOWN-KEY',
      'aksClusters[0]["a b.c"]',
      /unknown key 'a b\.c'/,
    ],
    // required
    [
      'missing subscriptionId',
      ['subscriptionId'],
      DELETE,
      'SPEC-REQUIRED',
      'subscriptionId',
      /missing required key 'subscriptionId' in the top level/,
    ],
    [
      'missing subnets',
      ['network', 'subnets'],
      DELETE,
      'SPEC-REQUIRED',
      'network.subnets',
      /missing required key 'subnets' in network/,
    ],
    [
      'missing cluster subnet',
      ['aksClusters', 0, 'subnet'],
      DELETE,
      'SPEC-REQUIRED',
      'aksClusters[0].subnet',
      /missing required key 'subnet' in aksClusters\[0\]/,
    ],
    [
      'missing rule priority',
      ['network', 'securityGroup', 'rules', 0, 'priority'],
      DELETE,
      'SPEC-REQUIRED',
      'network.securityGroup.rules[0].priority',
      /'priority'/,
    ],
    // version
    ['missing version', ['version'], DELETE, 'SPEC-VERSION', 'version', /missing key 'version'/],
    ['version 2', ['version'], 2, 'SPEC-VERSION', 'version', /version is 2; this amlnet reads specs with version: 1/],
    ['version as a string', ['version'], '1', 'SPEC-VERSION', 'version', /version is '1'/],
    // types
    [
      'maxPods as a string',
      ['aksClusters', 0, 'maxPods'],
      '30',
      'SPEC-TYPE',
      'aksClusters[0].maxPods',
      /must be an integer or null, got the string '30'/,
    ],
    [
      'agentCount fractional',
      ['aksClusters', 0, 'agentCount'],
      2.5,
      'SPEC-TYPE',
      'aksClusters[0].agentCount',
      /got the number 2\.5/,
    ],
    [
      'privateCluster as a string',
      ['aksClusters', 0, 'privateCluster'],
      'yes',
      'SPEC-TYPE',
      'aksClusters[0].privateCluster',
      /true or false or null/,
    ],
    [
      'subnets as a mapping',
      ['network', 'subnets'],
      { a: 1 },
      'SPEC-TYPE',
      'network.subnets',
      /must be a list, got a mapping/,
    ],
    [
      'a subnet as a string',
      ['network', 'subnets', 0],
      'aks-subnet',
      'SPEC-TYPE',
      'network.subnets[0]',
      /must be a mapping/,
    ],
    [
      'addressSpace item as a number',
      ['network', 'addressSpace', 0],
      10,
      'SPEC-TYPE',
      'network.addressSpace[0]',
      /must be a string, got the integer 10/,
    ],
    ['workspace as null', ['workspace'], null, 'SPEC-TYPE', 'workspace', /must be a mapping, got null/],
    [
      'restrictOutbound as null',
      ['network', 'securityGroup', 'restrictOutbound'],
      null,
      'SPEC-TYPE',
      'network.securityGroup.restrictOutbound',
      /true or false/,
    ],
    // enums
    [
      'networkPlugin case',
      ['aksClusters', 0, 'networkPlugin'],
      'Azure',
      'SPEC-ENUM',
      'aksClusters[0].networkPlugin',
      /is 'Azure'; allowed: 'azure', 'kubenet', null; did you mean 'azure'\?/,
    ],
    [
      'direction typo',
      ['network', 'securityGroup', 'rules', 0, 'direction'],
      'Inbund',
      'SPEC-ENUM',
      'network.securityGroup.rules[0].direction',
      /did you mean 'Inbound'/,
    ],
    [
      'protocol all',
      ['network', 'securityGroup', 'rules', 0, 'protocol'],
      'All',
      'SPEC-ENUM',
      'network.securityGroup.rules[0].protocol',
      /allowed: 'Tcp', 'Udp', 'Icmp', 'Esp', 'Ah', '\*'/,
    ],
    [
      'mode null',
      ['aksClusters', 0, 'mode'],
      null,
      'SPEC-ENUM',
      'aksClusters[0].mode',
      /is null; allowed: 'create', 'attach'/,
    ],
    [
      'loadBalancerType number',
      ['aksClusters', 0, 'loadBalancerType'],
      1,
      'SPEC-ENUM',
      'aksClusters[0].loadBalancerType',
      /is 1/,
    ],
    // ranges with boundaries
    [
      'priority 99',
      ['network', 'securityGroup', 'rules', 0, 'priority'],
      99,
      'SPEC-RANGE',
      'network.securityGroup.rules[0].priority',
      /is 99; allowed: 100\.\.4096/,
    ],
    [
      'priority 4097',
      ['network', 'securityGroup', 'rules', 0, 'priority'],
      4097,
      'SPEC-RANGE',
      'network.securityGroup.rules[0].priority',
      /is 4097; allowed: 100\.\.4096/,
    ],
    ['maxPods 9', ['aksClusters', 0, 'maxPods'], 9, 'SPEC-RANGE', 'aksClusters[0].maxPods', /is 9; allowed: 10\.\.250/],
    [
      'maxPods 251',
      ['aksClusters', 0, 'maxPods'],
      251,
      'SPEC-RANGE',
      'aksClusters[0].maxPods',
      /is 251; allowed: 10\.\.250/,
    ],
    [
      'agentCount 0',
      ['aksClusters', 0, 'agentCount'],
      0,
      'SPEC-RANGE',
      'aksClusters[0].agentCount',
      /allowed: 1\.\.1000/,
    ],
    ['maxSurge -1', ['aksClusters', 0, 'maxSurge'], -1, 'SPEC-RANGE', 'aksClusters[0].maxSurge', /is -1/],
    [
      'name of 1 character',
      ['aksClusters', 0, 'name'],
      'a',
      'SPEC-RANGE',
      'aksClusters[0].name',
      /'a' has 1 character; allowed: 2\.\.16/,
    ],
    [
      'name of 17 characters',
      ['aksClusters', 0, 'name'],
      'a2345678901234567',
      'SPEC-RANGE',
      'aksClusters[0].name',
      /has 17 characters; allowed: 2\.\.16/,
    ],
    [
      'description of 141 characters',
      ['network', 'securityGroup', 'rules', 0, 'description'],
      'd'.repeat(141),
      'SPEC-RANGE',
      'network.securityGroup.rules[0].description',
      /has 141 characters; allowed: at most 140/,
    ],
    ['no subnets', ['network', 'subnets'], [], 'SPEC-RANGE', 'network.subnets', /has 0 items; at least 1 required/],
    [
      'empty port list',
      ['network', 'securityGroup', 'rules', 0, 'sourcePortRanges'],
      [],
      'SPEC-RANGE',
      'network.securityGroup.rules[0].sourcePortRanges',
      /at least 1/,
    ],
    // patterns
    [
      'subscription not a GUID',
      ['subscriptionId'],
      'my-sub',
      'SPEC-PATTERN',
      'subscriptionId',
      /'my-sub' is not of the expected form: Azure subscription \(GUID\)/,
    ],
    // A display name (East US 2) is accepted since region-forms.ts; punctuation is still not a region.
    ['location with punctuation', ['location'], 'east-us-2', 'SPEC-PATTERN', 'location', /Azure region/],
    [
      'CIDR without a prefix length',
      ['network', 'subnets', 0, 'addressPrefix'],
      '10.1.0.0',
      'SPEC-PATTERN',
      'network.subnets[0].addressPrefix',
      /An IPv4 CIDR/,
    ],
    [
      'DNS IP with a prefix',
      ['aksClusters', 0, 'dnsServiceIp'],
      '10.0.0.10/32',
      'SPEC-PATTERN',
      'aksClusters[0].dnsServiceIp',
      /'10\.0\.0\.10\/32'/,
    ],
    [
      'name ending in a hyphen',
      ['aksClusters', 0, 'name'],
      'myaks-',
      'SPEC-PATTERN',
      'aksClusters[0].name',
      /AML compute name/,
    ],
    [
      'port out of form',
      ['network', 'securityGroup', 'rules', 0, 'destinationPortRanges', 0],
      'https',
      'SPEC-PATTERN',
      'network.securityGroup.rules[0].destinationPortRanges[0]',
      /'https'/,
    ],
    [
      'resource id of another type',
      ['aksClusters', 0, 'resourceId'],
      '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/v',
      'SPEC-PATTERN',
      'aksClusters[0].resourceId',
      /managedClusters/,
    ],
  ];

  it.each(cases)('%s', (_name, path, value, ruleId, findingPath, message) => {
    const result = check(mutate(fullSpec(), path, value));
    expect(result.valid).toBe(false);
    expect(result.spec).toBeUndefined();
    expect(result.findings).toHaveLength(1);
    const [f] = result.findings;
    expect(f).toMatchObject({ ruleId, severity: 'error', path: findingPath });
    expect(f.message).toMatch(message);
    expect(f.line).toBeGreaterThanOrEqual(1);
    expect(f.column).toBeGreaterThanOrEqual(1);
  });

  it.each<[string, string, RegExp]>([
    ['a list', '- a\n- b\n', /the spec must be a mapping at the top level, got a list/],
    ['a string', 'hello\n', /got the string 'hello'/],
    ['a number', '42\n', /got the integer 42/],
  ])('rejects a top-level %s', (_name, text, message) => {
    const result = validateSpecText(text, 'amlnet.yml', { rules: [] });
    expect(result.findings).toEqual([expect.objectContaining({ ruleId: 'SPEC-TYPE', path: '', line: 1, column: 1 })]);
    expect(result.findings[0].message).toMatch(message);
    expect(result.unparseable).toBe(false);
  });

  it('reports every problem at once, in file order', () => {
    let spec = mutate(fullSpec(), ['aksClusters', 0, 'maxPods'], 5);
    spec = mutate(spec, ['locaton'], 'x');
    spec = mutate(spec, ['network', 'securityGroup', 'rules', 0, 'priority'], 5000);
    const result = check(spec);
    expect(result.findings.map((f) => f.ruleId)).toEqual(['SPEC-RANGE', 'SPEC-RANGE', 'SPEC-UNKNOWN-KEY']);
    expect(result.findings.map((f) => f.path)).toEqual([
      'network.securityGroup.rules[0].priority',
      'aksClusters[0].maxPods',
      'locaton',
    ]);
  });
});

describe('schema/amlnet.schema.json', () => {
  const schema = JSON.parse(readFileSync(join(process.cwd(), 'schema/amlnet.schema.json'), 'utf8')) as Record<
    string,
    unknown
  >;

  /** Every object schema in the file, with its location. */
  function objectSchemas(node: unknown, where: string, out: Array<[string, Record<string, unknown>]> = []) {
    if (typeof node !== 'object' || node === null) return out;
    const record = node as Record<string, unknown>;
    if (record.properties !== undefined) out.push([where, record]);
    for (const [key, value] of Object.entries(record)) objectSchemas(value, `${where}/${key}`, out);
    return out;
  }

  it('is draft-07', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
  });

  it.each(objectSchemas(schema, '#'))('%s forbids unknown keys and describes every property', (_where, node) => {
    expect(node.additionalProperties).toBe(false);
    for (const [key, property] of Object.entries(node.properties as Record<string, Record<string, unknown>>)) {
      expect([key, typeof property.description]).toEqual([key, 'string']);
    }
  });
});

describe('the docs/spec-reference.md example', () => {
  const text = readFileSync(join(process.cwd(), '__tests__/spec/fixtures/contract-section-1.yml'), 'utf8');

  it('passes the schema with no finding at all', () => {
    const result = validateSpecText(text, 'amlnet.yml', { rules: [] });
    expect(result.findings).toEqual([]);
    expect(result.spec?.aksClusters?.[0]).toMatchObject({ name: 'myaks', podCidr: null, dnsServiceIp: '10.0.0.10' });
  });

  it('passes the offline rules with no error', () => {
    const result = validateSpecText(text, 'amlnet.yml');
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

test('a version that is a map with a toString key is a finding, not a TypeError (found by the fuzz test)', () => {
  const v = validateSpecText('version:\n  toString: false\n', 'x.yml');
  expect(v.findings.some((f) => f.path === 'version' && f.severity === 'error')).toBe(true);
});
