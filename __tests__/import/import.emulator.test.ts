// `amlnet import` against hand-built setups (each seed procedure done by hand through the ARM API, see
// hand-built.ts): the command reads only, writes a spec that `amlnet validate` accepts without an error, and that
// `amlnet plan` plans with no change against the same Azure state. Checked through the three commands as a user
// runs them, on the written file.
import { existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runImport } from '../../src/commands/import.js';
import { runPlan } from '../../src/commands/plan.js';
import { runValidate } from '../../src/commands/validate.js';
import { parseSpecText } from '../../src/spec/parse.js';
import type { Spec } from '../../src/spec/types.js';
import {
  createAksCompute,
  createAndAttachCluster,
  createNetwork,
  emptyWorld,
  grantNetworkContributor,
  rgId,
  subnetId,
  switchToInternalLoadBalancer,
  SUB,
  type Built,
} from './hand-built.js';

const dir = mkdtempSync(join(tmpdir(), 'amlnet-import-'));
let counter = 0;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function capture(): { out: { stdout(t: string): void; stderr(t: string): void }; result(code: number): Run } {
  let stdout = '';
  let stderr = '';
  return {
    out: { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) },
    result: (code) => ({ code, stdout, stderr }),
  };
}

function loginArgs(w: Built): { args: string[]; env: Record<string, string> } {
  return {
    args: ['--arm-endpoint', w.emu.info.armEndpoint, '--authority-host', w.emu.info.authorityHost],
    env: {
      ACTIONS_ID_TOKEN_REQUEST_URL: w.emu.info.oidcRequestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: w.emu.info.oidcRequestToken,
      AZURE_TENANT_ID: w.emu.info.tenantId,
      AZURE_CLIENT_ID: w.emu.info.clientId,
    },
  };
}

/** The requests that reached ARM (not Entra's token endpoint), as the emulator recorded them. */
async function armRequests(w: Built): Promise<{ method: string; path: string }[]> {
  const res = await fetch(`${w.emu.info.armEndpoint}/_emulator/requests`);
  const all = ((await res.json()) as { requests: { method: string; path: string; service: string }[] }).requests;
  return all.filter((r) => r.service !== 'entra');
}

export async function importCli(w: Built, extra: string[] = [], file?: string): Promise<Run & { file: string }> {
  const out = file ?? join(dir, `imported-${++counter}.yml`);
  const { args, env } = loginArgs(w);
  const c = capture();
  const code = await runImport(
    [
      '--workspace',
      'ml-rg/ml-ws',
      '--network',
      'ml-rg/ml-vnet',
      '--subscription',
      SUB,
      '--out',
      out,
      ...args,
      ...extra,
    ],
    c.out,
    env,
  );
  return { ...c.result(code), file: out };
}

/** import, then validate and plan the written file: the round trip, as a user runs it. */
async function roundTrip(w: Built): Promise<{ spec: Spec; text: string; imported: Run; plan: PlanJson }> {
  const before = (await armRequests(w)).length;
  const imported = await importCli(w);
  const during = (await armRequests(w)).slice(before);
  // Reads only: no PUT, PATCH, POST or DELETE reached ARM while importing.
  expect(during.filter((r) => r.method !== 'GET')).toEqual([]);
  expect(during.length).toBeGreaterThan(0);
  expect(imported.stderr).toContain('it validates with no error and its plan has no change');
  expect(imported.code).toBe(0);
  const text = readFileSync(imported.file, 'utf8');

  const v = capture();
  const vCode = await runValidate(['--workspace', dir, '--spec', imported.file, '--format', 'json'], v.out);
  const validated = JSON.parse(v.result(vCode).stdout) as { valid: boolean; findings: { severity: string }[] };
  expect(validated.findings.filter((f) => f.severity === 'error')).toEqual([]);
  expect(vCode).toBe(0);

  const p = capture();
  const { args, env } = loginArgs(w);
  const pCode = await runPlan(['--workspace', dir, '--spec', imported.file, '--format', 'json', ...args], p.out, env);
  const plan = JSON.parse(p.result(pCode).stdout) as PlanJson;
  expect(plan.changes.filter((c) => c.action !== 'no-op')).toEqual([]);
  expect(plan.hasChanges).toBe(false);
  expect(pCode).toBe(0);
  return { spec: parseSpecText(text).value as Spec, text, imported, plan };
}

interface PlanJson {
  hasChanges: boolean;
  changes: { action: string; address: string; reason: string }[];
  findings: { ruleId: string; severity: string }[];
}

describe('each seed setup, built by hand, round-trips to zero changes', () => {
  let w: Built;
  afterEach(async () => w.close());

  test('default AKS in a VNet: AML creates the cluster; Network Contributor on the resource group', async () => {
    w = await emptyWorld();
    await createNetwork(w.clients, {
      addressSpace: ['10.1.0.0/16'],
      subnets: [{ name: 'aks-subnet', prefix: '10.1.0.0/22' }],
      rules: [
        {
          name: 'allow-scoring',
          priority: 200,
          direction: 'Inbound',
          source: ['203.0.113.0/24'],
          ports: '443',
          description: 'Scoring clients',
        },
      ],
    });
    const mc = await createAksCompute(w.clients, 'default-aks', {
      subnet: 'aks-subnet',
      serviceCidr: '10.0.0.0/16',
      dnsServiceIP: '10.0.0.10',
      dockerBridgeCidr: '172.17.0.1/16',
    });
    await grantNetworkContributor(w.clients, mc, rgId());
    const { spec, text } = await roundTrip(w);

    expect(text.split('\n')[0]).toBe(
      `# yaml-language-server: $schema=${(JSON.parse(readFileSync(join(process.cwd(), 'schema', 'amlnet.schema.json'), 'utf8')) as { $id: string }).$id}`,
    );
    expect(spec.network.subnets).toEqual([{ name: 'aks-subnet', addressPrefix: '10.1.0.0/22' }]);
    expect(spec.network.addressSpace).toEqual(['10.1.0.0/16']);
    expect(spec.network.securityGroup?.name).toBe('ml-nsg');
    expect(spec.network.securityGroup?.rules).toEqual([
      {
        name: 'allow-scoring',
        direction: 'Inbound',
        access: 'Allow',
        protocol: 'Tcp',
        priority: 200,
        sourceAddressPrefixes: ['203.0.113.0/24'],
        sourcePortRanges: ['*'],
        destinationAddressPrefixes: ['*'],
        destinationPortRanges: ['443'],
        description: 'Scoring clients',
      },
    ]);
    expect(spec.aksClusters).toEqual([
      {
        name: 'default-aks',
        mode: 'attach',
        resourceId: mc,
        subnet: 'aks-subnet',
        clusterPurpose: 'FastProd',
        privateCluster: false,
        loadBalancerType: 'PublicIp',
        networkContributorScope: 'resourceGroup',
      },
    ]);
    // The networking values Azure holds are in the file, as a comment on the cluster.
    expect(text).toMatch(/^ *# .*serviceCidr: 10\.0\.0\.0\/16, dnsServiceIp: 10\.0\.0\.10/m);
    expect(text).toMatch(/# .*amlnet-owned-rules/);
  });
});

describe('more seed setups', () => {
  let w: Built;
  afterEach(async () => w.close());

  test('private cluster made with AKS, attached; Network Contributor on the subnet only', async () => {
    w = await emptyWorld();
    await createNetwork(w.clients, {
      addressSpace: ['10.1.0.0/16'],
      subnets: [{ name: 'aks-subnet', prefix: '10.1.0.0/22' }],
    });
    const mc = await createAndAttachCluster(w.clients, 'private-aks', {
      subnet: 'aks-subnet',
      networkPlugin: 'azure',
      serviceCidr: '10.2.0.0/16',
      dnsServiceIP: '10.2.0.10',
      privateCluster: true,
      maxPods: 50,
    });
    await grantNetworkContributor(w.clients, mc, subnetId('aks-subnet'));
    const { spec, text } = await roundTrip(w);
    // Azure ML returns the cluster id with `resourcegroups` in lower case; ARM ids compare case-insensitively.
    expect(spec.aksClusters?.[0]?.resourceId?.toLowerCase()).toBe(mc.toLowerCase());
    expect(spec.aksClusters?.map((c) => ({ ...c, resourceId: mc }))).toEqual([
      {
        name: 'private-aks',
        mode: 'attach',
        resourceId: mc,
        subnet: 'aks-subnet',
        clusterPurpose: 'DevTest',
        privateCluster: true,
        privateClusterPublicFqdn: false,
        loadBalancerType: 'PublicIp',
        networkContributorScope: 'subnet',
      },
    ]);
    expect(spec.network.securityGroup?.rules).toEqual([]);
    expect(text).toMatch(/^ *# .*serviceCidr: 10\.2\.0\.0\/16, dnsServiceIp: 10\.2\.0\.10/m);
    expect(text).toMatch(/^ *# .*maxPods: 50/m);
  });

  test('internal load balancer switched on after attach, in its own scoring subnet', async () => {
    w = await emptyWorld();
    await createNetwork(w.clients, {
      addressSpace: ['10.1.0.0/16'],
      subnets: [
        { name: 'aks-subnet', prefix: '10.1.0.0/22' },
        { name: 'scoring-subnet', prefix: '10.1.4.0/27' },
      ],
      rules: [
        {
          name: 'allow-vnet-scoring',
          priority: 300,
          direction: 'Inbound',
          source: 'VirtualNetwork',
          destination: '10.1.4.0/27',
          ports: '443',
        },
      ],
    });
    const mc = await createAksCompute(w.clients, 'ilb-aks', {
      subnet: 'aks-subnet',
      serviceCidr: '10.0.0.0/16',
      dnsServiceIP: '10.0.0.10',
      dockerBridgeCidr: '172.17.0.1/16',
    });
    await grantNetworkContributor(w.clients, mc, rgId());
    await switchToInternalLoadBalancer(w.clients, 'ilb-aks', 'scoring-subnet');
    const { spec } = await roundTrip(w);
    expect(spec.aksClusters?.[0]).toMatchObject({
      loadBalancerType: 'InternalLoadBalancer',
      loadBalancerSubnet: 'scoring-subnet',
      networkContributorScope: 'resourceGroup',
    });
    expect(spec.network.subnets.map((s) => s.name)).toEqual(['aks-subnet', 'scoring-subnet']);
  });

  test('ACI delegation: the delegated subnet becomes aci.subnet', async () => {
    w = await emptyWorld();
    await createNetwork(w.clients, {
      addressSpace: ['10.1.0.0/16'],
      subnets: [
        { name: 'aks-subnet', prefix: '10.1.0.0/22' },
        { name: 'aci-subnet', prefix: '10.1.8.0/24', delegation: 'Microsoft.ContainerInstance/containerGroups' },
      ],
    });
    const mc = await createAksCompute(w.clients, 'aks-one', {
      subnet: 'aks-subnet',
      serviceCidr: '10.0.0.0/16',
      dnsServiceIP: '10.0.0.10',
      dockerBridgeCidr: '172.17.0.1/16',
    });
    await grantNetworkContributor(w.clients, mc, rgId());
    const { spec } = await roundTrip(w);
    expect(spec.aci).toEqual({ subnet: 'aci-subnet' });
    expect(spec.network.subnets).toEqual([
      { name: 'aci-subnet', addressPrefix: '10.1.8.0/24', delegation: 'Microsoft.ContainerInstance/containerGroups' },
      { name: 'aks-subnet', addressPrefix: '10.1.0.0/22' },
    ]);
  });

  test('restricted outbound by hand: registry and Front Door allows before a deny to the internet', async () => {
    w = await emptyWorld();
    await createNetwork(w.clients, {
      addressSpace: ['10.1.0.0/16'],
      subnets: [{ name: 'aks-subnet', prefix: '10.1.0.0/22' }],
      rules: [
        {
          name: 'allow-acr',
          priority: 3000,
          direction: 'Outbound',
          destination: 'AzureContainerRegistry.EastUS2',
          ports: '443',
        },
        {
          name: 'allow-frontdoor',
          priority: 3001,
          direction: 'Outbound',
          destination: 'AzureFrontDoor.Frontend',
          ports: '443',
        },
        {
          name: 'deny-internet',
          priority: 4000,
          direction: 'Outbound',
          access: 'Deny',
          protocol: '*',
          destination: 'Internet',
        },
      ],
    });
    const mc = await createAksCompute(w.clients, 'locked-aks', {
      subnet: 'aks-subnet',
      serviceCidr: '10.0.0.0/16',
      dnsServiceIP: '10.0.0.10',
      dockerBridgeCidr: '172.17.0.1/16',
    });
    await grantNetworkContributor(w.clients, mc, rgId());
    const { spec } = await roundTrip(w);
    expect(spec.network.securityGroup?.rules?.map((r) => [r.name, r.priority])).toEqual([
      ['allow-acr', 3000],
      ['allow-frontdoor', 3001],
      ['deny-internet', 4000],
    ]);
    expect(spec.network.securityGroup?.restrictOutbound).toBeUndefined();
  });

  test('foreign rules and unmanaged subnet properties are kept as Azure holds them', async () => {
    w = await emptyWorld();
    await createNetwork(w.clients, {
      addressSpace: ['10.1.0.0/16', '10.50.0.0/24'],
      subnets: [
        { name: 'aks-subnet', prefix: '10.1.0.0/22', serviceEndpoints: ['Microsoft.Storage'] },
        { name: 'pe-subnet', prefix: '10.1.6.0/24', privateEndpointNetworkPolicies: 'Disabled' },
        { name: 'jumpbox', prefix: '10.50.0.0/27', nsg: false },
      ],
      rules: [
        {
          name: 'team-x-monitoring',
          priority: 150,
          direction: 'Inbound',
          protocol: 'Udp',
          source: ['10.20.0.0/16', '10.30.0.0/16'],
          ports: ['8125', '9000-9100'],
          description: 'not amlnet',
        },
        {
          name: 'deny-all-in',
          priority: 4096,
          direction: 'Inbound',
          access: 'Deny',
          protocol: '*',
          source: 'Internet',
        },
      ],
    });
    const mc = await createAksCompute(w.clients, 'aks-f', {
      subnet: 'aks-subnet',
      serviceCidr: '10.0.0.0/16',
      dnsServiceIP: '10.0.0.10',
      dockerBridgeCidr: '172.17.0.1/16',
    });
    await grantNetworkContributor(w.clients, mc, rgId());
    const { spec, text } = await roundTrip(w);
    expect(spec.network.addressSpace).toEqual(['10.1.0.0/16', '10.50.0.0/24']);
    // jumpbox has no NSG and no cluster: listing it would make the plan associate the NSG, so it is left out.
    expect(spec.network.subnets.map((s) => s.name)).toEqual(['aks-subnet', 'pe-subnet']);
    expect(text).toMatch(/^ *# +jumpbox \(no NSG\)/m);
    expect(spec.network.securityGroup?.rules?.find((r) => r.name === 'team-x-monitoring')).toEqual({
      name: 'team-x-monitoring',
      direction: 'Inbound',
      access: 'Allow',
      protocol: 'Udp',
      priority: 150,
      sourceAddressPrefixes: ['10.20.0.0/16', '10.30.0.0/16'],
      sourcePortRanges: ['*'],
      destinationAddressPrefixes: ['*'],
      destinationPortRanges: ['8125', '9000-9100'],
      description: 'not amlnet',
    });
    // The unmanaged subnet properties are still there after the round trip (the plan wrote nothing).
    const n = await w.clients.network();
    expect((await n.subnets.get('ml-rg', 'ml-vnet', 'aks-subnet')).serviceEndpoints?.map((e) => e.service)).toEqual([
      'Microsoft.Storage',
    ]);
  });
});

describe('when the round trip cannot hold', () => {
  let w: Built;
  afterEach(async () => w.close());

  test('a cluster subnet without the NSG and an identity without the role: written, exit 1, findings placed', async () => {
    w = await emptyWorld();
    await createNetwork(w.clients, {
      addressSpace: ['10.1.0.0/16'],
      subnets: [
        { name: 'aks-subnet', prefix: '10.1.0.0/22', nsg: false },
        { name: 'web', prefix: '10.1.4.0/24' },
      ],
    });
    await createAksCompute(w.clients, 'aks-bare', {
      subnet: 'aks-subnet',
      serviceCidr: '10.0.0.0/16',
      dnsServiceIP: '10.0.0.10',
      dockerBridgeCidr: '172.17.0.1/16',
    });
    const r = await importCli(w, ['--format', 'json']);
    expect(r.code).toBe(1);
    expect(existsSync(r.file)).toBe(true);
    const lines = readFileSync(r.file, 'utf8').split('\n');
    const findings = (
      JSON.parse(r.stderr.slice(0, r.stderr.lastIndexOf('}') + 1)) as {
        findings: { ruleId: string; message: string; line: number; column: number; path: string }[];
      }
    ).findings.filter((f) => f.ruleId === 'IMPORT-PLAN-DIFFERS');
    expect(findings.map((f) => f.path).sort()).toEqual([
      'aksClusters[0].networkContributorScope',
      'network.subnets[0].name',
    ]);
    for (const f of findings) {
      const key = f.path.split('.').pop()!;
      // The position points at that key's value in the written file.
      expect(lines[f.line - 1].slice(0, f.column - 1)).toMatch(new RegExp(`${key}: ?$`));
    }
    expect(findings.find((f) => f.path.endsWith('.name'))?.message).toMatch(/associate ml-nsg with aks-subnet/);
    expect(r.stderr).toMatch(/its plan would still make 2 change\(s\)/);
  });

  test('an existing --out is kept unless --force; a symbolic link is never written through', async () => {
    w = await emptyWorld();
    await createNetwork(w.clients, { addressSpace: ['10.1.0.0/16'], subnets: [{ name: 'a', prefix: '10.1.0.0/24' }] });
    const file = join(dir, 'existing.yml');
    writeFileSync(file, 'mine\n');
    const refused = await importCli(w, [], file);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/exists; pass --force/);
    expect(readFileSync(file, 'utf8')).toBe('mine\n');
    const forced = await importCli(w, ['--force'], file);
    expect(forced.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^# yaml-language-server/);
    const link = join(dir, 'link.yml');
    symlinkSync(join(dir, 'elsewhere.yml'), link);
    const viaLink = await importCli(w, ['--force'], link);
    expect(viaLink.code).toBe(2);
    expect(existsSync(join(dir, 'elsewhere.yml'))).toBe(false);
  });
});

test('Reader is enough: with Owner taken away and Reader granted, import still round-trips', async () => {
  const w = await emptyWorld();
  try {
    await createNetwork(w.clients, {
      addressSpace: ['10.1.0.0/16'],
      subnets: [{ name: 'aks-subnet', prefix: '10.1.0.0/22' }],
      rules: [{ name: 'allow-scoring', priority: 200, direction: 'Inbound', source: 'Internet', ports: '443' }],
    });
    const mc = await createAksCompute(w.clients, 'aks-r', {
      subnet: 'aks-subnet',
      serviceCidr: '10.0.0.0/16',
      dnsServiceIP: '10.0.0.10',
      dockerBridgeCidr: '172.17.0.1/16',
    });
    await grantNetworkContributor(w.clients, mc, rgId());
    // The login's own assignments at the subscription: Owner (the emulator's default) -> Reader only.
    const auth = await w.clients.authorization();
    const mine: { id: string; principalId: string; roleDefinitionId: string }[] = [];
    for await (const a of auth.roleAssignments.listForScope(`/subscriptions/${SUB}`, { filter: 'atScope()' })) {
      if (a.scope === `/subscriptions/${SUB}`) mine.push(a as (typeof mine)[number]);
    }
    expect(mine).toHaveLength(1);
    await auth.roleAssignments.create(`/subscriptions/${SUB}`, '7d1ad2d4-3a36-4c8e-9f6e-2b1f0f3c4a11', {
      roleDefinitionId: `/subscriptions/${SUB}/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7`,
      principalId: mine[0].principalId,
      principalType: 'ServicePrincipal',
    });
    await auth.roleAssignments.deleteById(mine[0].id);
    // Now a write is refused: the world really is read-only for this identity.
    const n = await w.clients.network();
    await expect(
      n.networkSecurityGroups.beginCreateOrUpdateAndWait('ml-rg', 'probe-nsg', { location: 'eastus2' }),
    ).rejects.toMatchObject({ statusCode: 403 });

    const r = await importCli(w);
    expect(r.stderr).toContain('it validates with no error and its plan has no change');
    expect(r.code).toBe(0);
  } finally {
    await w.close();
  }
});
