// Faults at every step, against the emulator with the real SDK clients: transient faults (429 storm,
// 503, dropped connection) are retried to success within one apply; a failed LRO fails that change (its
// dependants are skipped) and the next run converges; a concurrent writer between GET and PUT (412) loses
// nothing; the GitHub ID token expiring mid-apply is refreshed; two applies at once lose nothing; a Reader
// gets an error that names the missing role. Every scenario ends with a plan that has no changes.
import type { Fault } from '../../emulator/types.js';
import type { PipelinePolicy } from '@azure/core-rest-pipeline';
import type { AzureClients } from '../../src/azure/clients.js';
import { createCredential, decodeJwtClaims } from '../../src/azure/credential.js';
import { resolveEndpoints } from '../../src/azure/endpoints.js';
import type { ApplyResult } from '../../src/apply/types.js';
import {
  addFaults,
  applyFor,
  armWrites,
  clearRequestLog,
  loadSpecAsync,
  planFor,
  requestLog,
  resource,
  roleAssignments,
  startWorld,
  type TestWorld,
} from './world.js';

const SPEC = 'examples/aks-internal-lb.yml';
const SUB = '00000000-0000-0000-0000-000000000000';
const RG = `/subscriptions/${SUB}/resourceGroups/ml-rg`;
const VNET = `${RG}/providers/Microsoft.Network/virtualNetworks/ml-vnet`;
const NSG = `${RG}/providers/Microsoft.Network/networkSecurityGroups/ml-nsg`;
const COMPUTE = `${RG}/providers/Microsoft.MachineLearningServices/workspaces/ml-ws/computes/ilb-aks`;
const NC = '4d97b98b-1d4f-4787-a291-c67834d212e7';

/** Every resource type the internal-LB example writes, with the step it belongs to. */
const WRITTEN_TYPES = [
  'Microsoft.Network/virtualNetworks/subnets',
  'Microsoft.Network/networkSecurityGroups',
  'Microsoft.Network/networkSecurityGroups/securityRules',
  'Microsoft.MachineLearningServices/workspaces/computes',
  'Microsoft.Authorization/roleAssignments',
];

async function expectConverged(world: TestWorld): Promise<void> {
  const { plan } = await planFor(world, SPEC);
  expect(plan.changes.filter((c) => c.action !== 'no-op').map((c) => `${c.action} ${c.address}`)).toEqual([]);
  const nc = roleAssignments(world).filter((r) =>
    String((r.properties as { roleDefinitionId?: string }).roleDefinitionId).endsWith(NC),
  );
  expect(nc).toHaveLength(1);
  const compute = resource(world, COMPUTE) as {
    properties: { properties: { loadBalancerType: string; loadBalancerSubnet: string } };
  };
  expect(compute.properties.properties).toMatchObject({
    loadBalancerType: 'InternalLoadBalancer',
    loadBalancerSubnet: 'scoring-subnet',
  });
}

async function applyOnce(world: TestWorld, extra: Parameters<typeof applyFor>[3] = {}): Promise<ApplyResult> {
  const { spec, plan } = await planFor(world, SPEC);
  return applyFor(world, spec, plan, extra);
}

function failedOrSkipped(r: ApplyResult): string[] {
  return r.outcomes
    .filter((o) => o.status !== 'done')
    .map((o) => `${o.status} ${o.address}${o.error ? ` ${o.error.code}` : ''}`);
}

describe('transient faults at every step are retried within one apply', () => {
  const kinds: Array<[string, (type: string) => Fault]> = [
    [
      '429 storm',
      (resourceType) => ({ kind: 'throttle', retryAfterSeconds: 0, match: { method: 'PUT', resourceType, times: 3 } }),
    ],
    ['503', (resourceType) => ({ kind: 'error', status: 503, match: { method: 'PUT', resourceType, times: 2 } })],
    ['dropped connection', (resourceType) => ({ kind: 'drop', match: { method: 'PUT', resourceType, times: 1 } })],
    [
      '503 on reads',
      (resourceType) => ({ kind: 'error', status: 503, match: { method: 'GET', resourceType, times: 1 } }),
    ],
  ];
  test.each(kinds)('%s', async (_name, make) => {
    const world = await startWorld(await loadSpecAsync(SPEC));
    try {
      await addFaults(world, WRITTEN_TYPES.map(make));
      const result = await applyOnce(world);
      expect(failedOrSkipped(result)).toEqual([]);
      // The faults were really met: some change needed more than one attempt.
      expect(result.outcomes.some((o) => o.attempts > 1)).toBe(true);
      await expectConverged(world);
    } finally {
      await world.close();
    }
  });
});

describe('a failed long-running operation fails its change; the next run converges', () => {
  const types = [
    'Microsoft.Network/virtualNetworks/subnets',
    'Microsoft.Network/networkSecurityGroups',
    'Microsoft.Network/networkSecurityGroups/securityRules',
  ];
  test.each(types)('%s', async (resourceType) => {
    const world = await startWorld(await loadSpecAsync(SPEC));
    try {
      await addFaults(world, [
        { kind: 'lro-failed', code: 'InternalOperationError', message: 'boom', match: { resourceType, times: 1 } },
      ]);
      const first = await applyOnce(world);
      expect(first.status).toBe('failed');
      const failed = first.outcomes.filter((o) => o.status === 'failed');
      expect(failed.length).toBeGreaterThanOrEqual(1);
      expect(failed[0].error?.code).toBe('InternalOperationError');
      // Whatever depended on it did not run.
      for (const o of first.outcomes.filter((x) => x.status === 'skipped')) expect(o.writes).toBe(0);
      const second = await applyOnce(world);
      expect(failedOrSkipped(second)).toEqual([]);
      await expectConverged(world);
    } finally {
      await world.close();
    }
  });

  test('a private cluster whose creation failed is never attached; re-created when the plan says so', async () => {
    const specPath = 'examples/aks-private.yml';
    const world = await startWorld(await loadSpecAsync(specPath));
    try {
      const resourceType = 'Microsoft.ContainerService/managedClusters';
      await addFaults(world, [
        {
          kind: 'lro-failed',
          code: 'VMExtensionProvisioningError',
          message: 'boom',
          match: { resourceType, times: 1 },
        },
      ]);
      const first = await planFor(world, specPath);
      const r1 = await applyFor(world, first.spec, first.plan);
      expect(r1.outcomes.find((o) => o.step === 'managed-cluster')?.error?.code).toBe('VMExtensionProvisioningError');
      expect(r1.outcomes.filter((o) => o.status === 'skipped').map((o) => o.address)).toEqual([
        'aksClusters[private-aks]',
        'aksClusters[private-aks].networkContributor',
      ]);
      const second = await planFor(world, specPath);
      const r2 = await applyFor(world, second.spec, second.plan);
      const recreate = second.plan.changes.some((c) => c.step === 'managed-cluster' && c.action !== 'no-op');
      if (recreate) {
        // The plan asks for the failed cluster again: the applier PUTs it again and everything converges.
        expect(failedOrSkipped(r2)).toEqual([]);
        expect((await planFor(world, specPath)).plan.hasChanges).toBe(false);
      } else {
        // The plan takes the failed cluster as it is: the attach refuses it, with what to do.
        expect(r2.outcomes.find((o) => o.address === 'aksClusters[private-aks]')?.error).toMatchObject({
          code: 'ManagedClusterProvisioningFailed',
          advice: expect.stringMatching(/az aks update/),
        });
        expect(
          resource(
            world,
            `${RG.replace('ml-rg', 'ml-prod-rg')}/providers/Microsoft.MachineLearningServices/workspaces/ml-prod-ws/computes/private-aks`,
          ),
        ).toBeUndefined();
      }
    } finally {
      await world.close();
    }
  });

  test('a compute whose creation failed is created afresh by the re-run (a PUT of the create body, never a delete)', async () => {
    const world = await startWorld(await loadSpecAsync(SPEC));
    try {
      const resourceType = 'Microsoft.MachineLearningServices/workspaces/computes';
      await addFaults(world, [
        { kind: 'lro-failed', code: 'InternalOperationError', message: 'boom', match: { resourceType, times: 1 } },
      ]);
      const first = await applyOnce(world);
      expect(first.outcomes.find((o) => o.address === 'aksClusters[ilb-aks]')?.error?.code).toBe(
        'InternalOperationError',
      );
      expect(first.outcomes.filter((o) => o.status === 'skipped').map((o) => o.address)).toEqual([
        'aksClusters[ilb-aks].networkContributor',
        'aksClusters[ilb-aks].loadBalancer',
      ]);
      await clearRequestLog(world);
      // The re-run PUTs the compute's create body again, then the role and the switch follow
      // (failed-cluster.emulator.test.ts has the plan side).
      const second = await applyOnce(world);
      expect(second.status).toBe('applied');
      expect(second.outcomes.find((o) => o.address === 'aksClusters[ilb-aks]')?.detail).toBe(
        'created again (the previous create had failed)',
      );
      const computeWrites = (await armWrites(world)).filter((w) => /computes\/ilb-aks$/i.test(w.path));
      expect(computeWrites.map((w) => w.method)).toEqual(['PUT', 'PUT']);
      expect((await armWrites(world)).some((w) => w.method === 'DELETE')).toBe(false);
    } finally {
      await world.close();
    }
  });
});

describe('preservation and concurrency', () => {
  const routeTable = `${RG}/providers/Microsoft.Network/routeTables/rt`;
  const foreignRule = {
    name: 'ops-allow-bastion',
    properties: {
      direction: 'Inbound',
      access: 'Allow',
      protocol: 'Tcp',
      priority: 900,
      sourceAddressPrefix: '10.9.0.0/24',
      sourcePortRange: '*',
      destinationAddressPrefix: '*',
      destinationPortRange: '22',
    },
  };
  /** A partly configured world: the AKS subnet exists with properties amlnet does not manage; the NSG has a foreign rule. */
  async function partlyConfigured(): Promise<TestWorld> {
    const spec = await loadSpecAsync(SPEC);
    return startWorld(spec, {
      resources: [
        {
          id: routeTable,
          name: 'rt',
          type: 'Microsoft.Network/routeTables',
          location: 'eastus2',
          properties: { routes: [] },
        },
        {
          id: `${VNET}/subnets/aks-subnet`,
          name: 'aks-subnet',
          type: 'Microsoft.Network/virtualNetworks/subnets',
          properties: {
            addressPrefix: '10.1.0.0/22',
            routeTable: { id: routeTable },
            serviceEndpoints: [{ service: 'Microsoft.Storage', locations: ['eastus2'] }],
            privateEndpointNetworkPolicies: 'Enabled',
            defaultOutboundAccess: false,
          },
        },
        {
          id: NSG,
          name: 'ml-nsg',
          type: 'Microsoft.Network/networkSecurityGroups',
          location: 'eastus2',
          properties: { securityRules: [foreignRule] },
        },
      ],
    });
  }

  function expectPreserved(world: TestWorld): void {
    const subnet = resource(world, `${VNET}/subnets/aks-subnet`) as { properties: Record<string, unknown> };
    expect(subnet.properties).toMatchObject({
      addressPrefix: '10.1.0.0/22',
      routeTable: { id: routeTable },
      serviceEndpoints: expect.arrayContaining([expect.objectContaining({ service: 'Microsoft.Storage' })]),
      privateEndpointNetworkPolicies: 'Enabled',
      defaultOutboundAccess: false,
      networkSecurityGroup: { id: expect.stringMatching(/ml-nsg$/i) },
    });
    const rule = resource(world, `${NSG}/securityRules/ops-allow-bastion`) as { properties: Record<string, unknown> };
    expect(rule.properties).toMatchObject(foreignRule.properties);
  }

  test('from a partly configured world: every unmanaged property and foreign rule survives', async () => {
    const world = await partlyConfigured();
    try {
      const result = await applyOnce(world);
      expect(failedOrSkipped(result)).toEqual([]);
      expectPreserved(world);
      await expectConverged(world);
    } finally {
      await world.close();
    }
  });

  test('a concurrent writer between our GET and PUT (412): re-read, re-merge, nothing lost', async () => {
    const world = await partlyConfigured();
    try {
      const clients = world.newClients();
      let edited = 0;
      // The other writer: on our first subnet PUT, someone else changes the subnet first (new etag).
      const concurrentWriter: PipelinePolicy = {
        name: 'concurrentWriter',
        async sendRequest(request, next) {
          if (request.method === 'PUT' && /\/subnets\/aks-subnet\?/i.test(request.url) && edited === 0) {
            edited++;
            const subnet = resource(world, `${VNET}/subnets/aks-subnet`) as {
              etag?: string;
              properties: Record<string, unknown>;
            };
            subnet.properties.serviceEndpoints = [
              { service: 'Microsoft.Storage', locations: ['eastus2'] },
              { service: 'Microsoft.KeyVault', locations: ['*'] },
            ];
            subnet.etag = 'W/"someone-else"';
          }
          return next(request);
        },
      };
      const withWriter: AzureClients = {
        ...clients,
        network: async () => {
          const c = await clients.network();
          if (!c.pipeline.getOrderedPolicies().some((p) => p.name === 'concurrentWriter'))
            c.pipeline.addPolicy(concurrentWriter);
          return c;
        },
      };
      const { spec, plan } = await planFor(world, SPEC);
      const result = await applyFor(world, spec, plan, { clients: withWriter });
      expect(edited).toBe(1);
      expect(failedOrSkipped(result)).toEqual([]);
      const puts = (await requestLog(world)).filter((r) => r.method === 'PUT' && /subnets\/aks-subnet$/i.test(r.path));
      expect(puts.map((p) => p.status)).toContain(412);
      const subnet = resource(world, `${VNET}/subnets/aks-subnet`) as {
        properties: { serviceEndpoints: Array<{ service: string }> };
      };
      expect(subnet.properties.serviceEndpoints.map((s) => s.service).sort()).toEqual([
        'Microsoft.KeyVault',
        'Microsoft.Storage',
      ]);
      expectPreserved(world);
      await expectConverged(world);
    } finally {
      await world.close();
    }
  });

  test('two applies started at once lose nothing', async () => {
    const world = await partlyConfigured();
    try {
      const a = await planFor(world, SPEC);
      const b = await planFor(world, SPEC);
      const results = await Promise.all([applyFor(world, a.spec, a.plan), applyFor(world, b.spec, b.plan)]);
      // Each change is done by at least one of them; a loser may fail on a conflict, never corrupt.
      for (const o of results[0].outcomes) {
        const other = results[1].outcomes.find((x) => x.address === o.address);
        expect([o.status, other?.status]).toContain('done');
      }
      expectPreserved(world);
      // If either lost a race, a third run converges.
      if (results.some((r) => r.status !== 'applied')) expect(failedOrSkipped(await applyOnce(world))).toEqual([]);
      await expectConverged(world);
    } finally {
      await world.close();
    }
  });
});

test('the GitHub ID token expiring mid-apply is fetched again by our credential; a stale one is refused', async () => {
  // ID tokens live 2 s and Entra and ARM allow NO clock skew; access tokens live 2 s, so the clients keep
  // exchanging during the apply. Each compute PUT (create, then the load-balancer switch) takes 2 s: the
  // exchanges late in the apply need a NEW ID token.
  const world = await startWorld(await loadSpecAsync(SPEC), {
    oidcTtlSeconds: 2,
    clockSkewSeconds: 0,
    accessTokenSeconds: 2,
    lroMs: { default: 20, 'Microsoft.MachineLearningServices/workspaces/computes': 2000 },
  });
  try {
    const idTokens: string[] = [];
    // amlnet's own credential (IdTokenCache + MSAL), as the action builds it; the ID tokens are recorded.
    const login = await createCredential({
      endpoints: resolveEndpoints({
        armEndpoint: world.emu.info.armEndpoint,
        authorityHost: world.emu.info.authorityHost,
      }),
      tenantId: world.emu.info.tenantId,
      clientId: world.emu.info.clientId,
      getIdToken: async (audience) => {
        const t = await world.getIdToken(audience);
        idTokens.push(t);
        return t;
      },
      env: {},
    });
    const { spec, plan } = await planFor(world, SPEC);
    await clearRequestLog(world);
    // Polls every 200 ms: each request in the last second of an access token's life starts an exchange.
    const result = await applyFor(world, spec, plan, {
      clients: world.newClients(login.credential),
      pollIntervalMs: 200,
    });
    expect(failedOrSkipped(result)).toEqual([]);
    const log = await requestLog(world);

    // The apply outlived its first ID token: Entra refuses that token now...
    const firstExp = Number(decodeJwtClaims(idTokens[0]).exp);
    const stale = await fetch(`${world.emu.info.authorityHost}/${world.emu.info.tenantId}/oauth2/v2.0/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: world.emu.info.clientId,
        client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
        client_assertion: idTokens[0],
        scope: 'https://management.azure.com/.default',
      }).toString(),
    });
    expect(stale.status).toBe(401);
    expect(await stale.json()).toMatchObject({ error: 'invalid_client', error_codes: [700024] });
    // ...but every exchange of the apply was accepted, some after that token had expired, and ARM never
    // saw an expired access token.
    const exchanges = log.filter((r) => r.service === 'entra' && r.method === 'POST');
    expect(exchanges.filter((r) => r.status !== 200)).toEqual([]);
    expect(exchanges.filter((r) => Date.parse(r.time) / 1000 >= firstExp + 1).length).toBeGreaterThan(0);
    expect(log.filter((r) => r.service === 'arm' && r.status === 401)).toEqual([]);
    expect(new Set(idTokens).size).toBeGreaterThanOrEqual(2);
    await expectConverged(world);
  } finally {
    await world.close();
  }
});

test('a Reader cannot write: the apply-mode plan refuses, and the appliers name the missing role', async () => {
  const spec = await loadSpecAsync(SPEC);
  const world = await startWorld(spec, {
    ownerOnSubscription: false,
    roleAssignments: [
      { clientId: '22222222-2222-4222-8222-222222222222', role: 'Reader', scope: `/subscriptions/${SUB}` },
    ],
  });
  try {
    // The plan made for an apply already refuses: the finding says which role to grant.
    const applyMode = await planFor(world, SPEC);
    expect(applyMode.plan.refused).toBe(true);
    const refusal = await applyFor(world, applyMode.spec, applyMode.plan);
    expect(refusal.status).toBe('refused');
    expect(refusal.refusal?.join('\n')).toMatch(/join\/action/);

    // Even with a plan made without that check, the appliers write nothing and say which role is missing.
    const planOnly = await planFor(world, SPEC, 'plan');
    expect(planOnly.plan.refused).toBe(false);
    await clearRequestLog(world);
    const result = await applyFor(world, planOnly.spec, planOnly.plan);
    expect(result.status).toBe('failed');
    const failed = result.outcomes.filter((o) => o.status === 'failed');
    expect(failed.length).toBeGreaterThan(0);
    for (const f of failed) {
      expect(f.error?.code).toBe('AuthorizationFailed');
      expect(f.error?.advice).toMatch(/needs (Network Contributor|Contributor|Owner)/);
    }
    expect((await armWrites(world)).filter((w) => w.status < 300)).toEqual([]);
  } finally {
    await world.close();
  }
});
