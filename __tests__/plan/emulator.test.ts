// The plan pipeline against the emulator: real SDK clients through our factory, logged in with
// ClientAssertionCredential fed by the emulator's GitHub OIDC token.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ManagedCluster } from '@azure/arm-containerservice';
import type { RunningEmulator } from '../../emulator/types.js';
import { planSpec } from '../../src/app/plan.js';
import { createCredential, decodeJwtClaims } from '../../src/azure/credential.js';
import { resolveEndpoints } from '../../src/azure/endpoints.js';
import { createClients } from '../../src/azure/clients.js';
import { InFlightTokens } from '../apply/world.js';
import { emulatorIdToken, login, prerequisites, specOf, startTrusted, type Session } from './emulator-support.js';

/** Entra's token endpoint called as MSAL calls it, with a given assertion (no client-side cache in between). */
async function rawExchange(
  emu: RunningEmulator,
  assertion: string,
): Promise<{ status: number; body: { error?: string; error_codes?: number[]; error_description?: string } }> {
  const res = await fetch(`${emu.info.authorityHost}/${emu.info.tenantId}/oauth2/v2.0/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: emu.info.clientId,
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: assertion,
      scope: 'https://management.azure.com/.default',
    }).toString(),
  });
  return { status: res.status, body: (await res.json()) as { error?: string; error_codes?: number[] } };
}

async function requestLog(
  emu: RunningEmulator,
): Promise<Array<{ time: string; service: string; method: string; status: number }>> {
  const res = await fetch(`${emu.info.armEndpoint}/_emulator/requests`);
  return ((await res.json()) as { requests: Array<{ time: string; service: string; method: string; status: number }> })
    .requests;
}

const EXAMPLES = join(process.cwd(), 'examples');
// Azure ML v2 examples (kubernetesClusters) are refused at plan time until amlnet plans them (see apply/examples).
const exampleFiles = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.yml'))
  .filter((f) => !/^kubernetesClusters:/m.test(readFileSync(join(EXAMPLES, f), 'utf8')));

async function planned(session: Session, text: string, specPath = 'amlnet.yml') {
  const result = await planSpec({ specPath, specText: text, clients: session.clients });
  if (result.status !== 'planned') throw new Error(`not planned: ${JSON.stringify(result.validation.findings)}`);
  return result;
}

describe.each(exampleFiles)('example %s against a prepared emulator', (file) => {
  const text = readFileSync(join(EXAMPLES, file), 'utf8');
  const spec = specOf(text);
  let emu: RunningEmulator;
  let session: Session;

  beforeAll(async () => {
    emu = await startTrusted({
      subscriptions: [spec.subscriptionId],
      resources: prerequisites(spec),
      timings: { lroMs: { default: 0 } },
    });
    session = await login(emu);
  });
  afterAll(async () => emu.close());

  test('plans with creates only, no error from a live rule, and the same hash twice', async () => {
    const first = await planned(session, text, file);
    const liveErrors = first.plan.findings.filter((f) => f.ruleId.startsWith('LIVE-') && f.severity === 'error');
    expect(liveErrors).toEqual([]);
    expect(first.plan.hasChanges).toBe(true);
    expect(first.plan.changes.filter((c) => c.action === 'refuse')).toEqual([]);
    expect(
      first.plan.changes.some(
        (c) => c.resourceType === 'Microsoft.MachineLearningServices/workspaces/computes' && c.action === 'create',
      ),
    ).toBe((spec.aksClusters ?? []).length > 0);
    const second = await planned(session, text, file);
    expect(second.plan.planHash).toBe(first.plan.planHash);
    expect(second.plan).toEqual(first.plan);
  });
});

describe('live rules and refusals against the emulator', () => {
  const text = readFileSync(join(EXAMPLES, 'aks-default.yml'), 'utf8');
  const spec = specOf(text);
  const sub = spec.subscriptionId;
  const vnetId = `/subscriptions/${sub}/resourceGroups/ml-rg/providers/Microsoft.Network/virtualNetworks/ml-vnet`;

  test('a missing VNet is an error finding and a refused plan', async () => {
    const emu = await startTrusted({
      subscriptions: [sub],
      resources: prerequisites(spec).filter((r) => !String(r.id).includes('virtualNetworks')),
    });
    try {
      const r = await planned(await login(emu), text);
      expect(r.live.vnet).toBeNull();
      expect(r.plan.findings.find((f) => f.ruleId === 'LIVE-VNET-EXISTS')).toMatchObject({
        severity: 'error',
        path: 'network.name',
        line: 17,
      });
      expect(r.plan.refused).toBe(true);
    } finally {
      await emu.close();
    }
  });

  test('a subnet prefix that differs in Azure and a delegated AKS subnet are errors, not changes', async () => {
    const subnets = [
      {
        id: `${vnetId}/subnets/aks-subnet`,
        name: 'aks-subnet',
        properties: {
          addressPrefix: '10.1.0.0/23',
          delegations: [{ name: 'd', properties: { serviceName: 'Microsoft.Web/serverFarms' } }],
        },
      },
    ];
    const emu = await startTrusted({ subscriptions: [sub], resources: prerequisites(spec, { subnets }) });
    try {
      const r = await planned(await login(emu), text);
      const ids = r.plan.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId);
      expect(ids).toEqual(expect.arrayContaining(['LIVE-SUBNET-PREFIX', 'LIVE-AKS-SUBNET-DELEGATED']));
      expect(r.plan.changes.find((c) => c.address === 'network.subnets[aks-subnet]')?.action).toBe('no-op');
    } finally {
      await emu.close();
    }
  });

  test('a VNet in another region than the cluster is an error', async () => {
    const emu = await startTrusted({
      subscriptions: [sub],
      resources: prerequisites(spec, { vnetLocation: 'westeurope' }),
    });
    try {
      const r = await planned(await login(emu), text);
      expect(r.plan.findings.map((f) => f.ruleId)).toContain('LIVE-VNET-REGION');
    } finally {
      await emu.close();
    }
  });

  test('a reader-only identity can plan; the missing join permission is only a warning', async () => {
    const emu = await startTrusted({
      subscriptions: [sub],
      ownerOnSubscription: false,
      roleAssignments: [
        { clientId: '22222222-2222-4222-8222-222222222222', role: 'Reader', scope: `/subscriptions/${sub}` },
      ],
      resources: prerequisites(spec),
    });
    try {
      const session = await login(emu);
      const r = await planned(session, text);
      expect(r.plan.refused).toBe(false);
      expect(r.plan.hasChanges).toBe(true);
      expect(r.plan.findings.find((f) => f.ruleId === 'LIVE-JOIN-PERMISSION')?.severity).toBe('warning');
      // A plan only reads.
      expect(session.requests.length).toBeGreaterThan(0);
      expect(session.requests.every((q) => q.method === 'GET')).toBe(true);
    } finally {
      await emu.close();
    }
  });
});

describe('a plan after changes made in Azure', () => {
  const text = readFileSync(join(EXAMPLES, 'aks-default.yml'), 'utf8');
  const spec = specOf(text);
  let emu: RunningEmulator;
  let session: Session;

  beforeAll(async () => {
    emu = await startTrusted({
      subscriptions: [spec.subscriptionId],
      resources: prerequisites(spec),
      timings: { lroMs: { default: 0 } },
    });
    session = await login(emu);
  });
  afterAll(async () => emu.close());

  test('a subnet, NSG, rule and compute made by hand turn creates into no-ops, updates and refusals', async () => {
    const before = await planned(session, text);
    const network = await session.clients.network();
    const ml = await session.clients.machineLearning();
    const nsg = await network.networkSecurityGroups.createOrUpdate(
      'ml-rg',
      'ml-nsg',
      { location: 'eastus2' },
      { updateIntervalInMs: 0 },
    );
    await network.subnets.createOrUpdate(
      'ml-rg',
      'ml-vnet',
      'aks-subnet',
      { addressPrefix: '10.1.0.0/22', networkSecurityGroup: { id: nsg.id } },
      { updateIntervalInMs: 0 },
    );
    // The owned rule, by hand, on port 80 instead of 443.
    await network.securityRules.createOrUpdate(
      'ml-rg',
      'ml-nsg',
      'allow-scoring-inbound',
      {
        direction: 'Inbound',
        access: 'Allow',
        protocol: 'Tcp',
        priority: 200,
        sourceAddressPrefixes: ['203.0.113.0/24'],
        sourcePortRange: '*',
        destinationAddressPrefix: '*',
        destinationPortRange: '80',
        description: 'Scoring clients',
      },
      { updateIntervalInMs: 0 },
    );
    // A compute made with another service CIDR.
    const subnetId = `/subscriptions/${spec.subscriptionId}/resourceGroups/ml-rg/providers/Microsoft.Network/virtualNetworks/ml-vnet/subnets/aks-subnet`;
    await ml.computeOperations.beginCreateOrUpdateAndWait(
      'ml-rg',
      'ml-ws',
      'myaks',
      {
        location: 'eastus2',
        properties: {
          computeType: 'AKS',
          computeLocation: 'eastus2',
          properties: {
            agentCount: 3,
            agentVmSize: 'Standard_D3_v2',
            aksNetworkingConfiguration: {
              subnetId,
              serviceCidr: '10.9.0.0/16',
              dnsServiceIP: '10.9.0.10',
              dockerBridgeCidr: '172.17.0.1/16',
            },
          },
        },
      },
      { updateIntervalInMs: 0 },
    );

    const after = await planned(session, text);
    expect(after.plan.planHash).not.toBe(before.plan.planHash);
    const action = (address: string): string | undefined =>
      after.plan.changes.find((c) => c.address === address)?.action;
    expect(action('network.subnets[aks-subnet]')).toBe('no-op');
    expect(action('network.securityGroup')).toBe('no-op');
    expect(action('network.subnets[aks-subnet].securityGroup')).toBe('no-op');
    const rule = after.plan.changes.find((c) => c.address === 'network.securityGroup.rules[allow-scoring-inbound]');
    expect(rule).toMatchObject({
      action: 'update',
      before: { destinationPortRanges: ['80'] },
      after: { destinationPortRanges: ['443'] },
    });
    const cluster = after.plan.changes.find((c) => c.address === 'aksClusters[myaks]');
    expect(cluster?.action).toBe('refuse');
    expect(cluster?.reason).toMatch(/serviceCidr: 10\.9\.0\.0\/16 in Azure, 10\.0\.0\.0\/16 in the spec/);
    expect(after.plan.refused).toBe(true);

    // One read slot: a compute -> cluster -> role chain must not wait on itself (a follow-up read never
    // holds the slot of the read it follows), and the result does not depend on the parallelism.
    const serial = await planSpec({ specPath: 'amlnet.yml', specText: text, clients: session.clients, concurrency: 1 });
    expect(serial.status === 'planned' && serial.plan).toEqual(after.plan);
    expect(Object.keys(after.live.managedClusters)).toHaveLength(1);
  });
});

describe('the GitHub ID token is refreshed during a long plan', () => {
  const text = readFileSync(join(EXAMPLES, 'aks-default.yml'), 'utf8');
  const spec = specOf(text);

  test('with no clock skew, a stale ID token is refused (AADSTS700024) while our credential keeps planning', async () => {
    // GitHub ID tokens live 2 s and Entra allows NO skew; access tokens live 2 s, so the ARM clients keep
    // exchanging through the plan; 800 ms on every ARM request makes the plan outlive the first ID token.
    const emu = await startTrusted({
      subscriptions: [spec.subscriptionId],
      resources: prerequisites(spec),
      github: { oidcTtlSeconds: 2 },
      timings: { lroMs: { default: 10 }, clockSkewSeconds: 0, accessTokenSeconds: 2 },
      faults: [{ kind: 'latency', ms: 800 }],
    });
    // Background token refreshes still under way are let finish before the emulator closes.
    const tokens = new InFlightTokens();
    try {
      const endpoints = resolveEndpoints({ armEndpoint: emu.info.armEndpoint, authorityHost: emu.info.authorityHost });
      const idTokens: string[] = [];
      const fetchIdToken = emulatorIdToken(emu);
      const login = await createCredential({
        endpoints,
        tenantId: emu.info.tenantId,
        clientId: emu.info.clientId,
        getIdToken: async (audience) => {
          const t = await fetchIdToken(audience);
          idTokens.push(t);
          return t;
        },
        env: {},
      });
      const clients = createClients({
        credential: tokens.track(login.credential),
        endpoints,
        subscriptionId: emu.info.subscriptionId,
        pollIntervalMs: 5,
        maxRetryAfterSeconds: 0,
      });
      // One read at a time: the plan lasts (number of reads, 5) x 800 ms, past the first token's life.
      const result = await planSpec({ specPath: 'amlnet.yml', specText: text, clients, concurrency: 1 });
      expect(result.status).toBe('planned');
      if (result.status !== 'planned') return;
      expect(result.plan.refused).toBe(false);
      expect(result.plan.changes.find((c) => c.address === 'aksClusters[myaks]')?.action).toBe('create');

      const log = await requestLog(emu);
      // The plan outlived the first ID token: an exchange with it now is refused, as Entra refuses it.
      const firstExp = Number(decodeJwtClaims(idTokens[0]).exp);
      const stale = await rawExchange(emu, idTokens[0]);
      expect(stale.status).toBe(401);
      expect(stale.body).toMatchObject({ error: 'invalid_client', error_codes: [700024] });
      expect(stale.body.error_description).toMatch(
        /^AADSTS700024: Client assertion is not within its valid time range/,
      );

      // ...yet every exchange the plan made was accepted, some of them after the first token had expired:
      // the credential fetched a new GitHub token each time (it refreshes one with < 60 s left).
      const exchanges = log.filter((r) => r.service === 'entra' && r.method === 'POST');
      expect(exchanges.map((r) => r.status).filter((s) => s !== 200)).toEqual([]);
      const late = exchanges.filter((r) => Date.parse(r.time) / 1000 >= firstExp + 1);
      expect(late.length).toBeGreaterThan(0);
      expect(login.idTokens?.fetchCount).toBe(idTokens.length);
      expect(idTokens.length).toBeGreaterThanOrEqual(exchanges.length);
      expect(log.filter((r) => r.service === 'arm' && r.status === 401)).toEqual([]);
    } finally {
      await tokens.drain();
      await emu.close();
    }
  });
});

describe('the clients factory', () => {
  const text = readFileSync(join(EXAMPLES, 'aks-default.yml'), 'utf8');
  const spec = specOf(text);

  test('creates each client once, and a capped Retry-After keeps a throttled plan fast', async () => {
    // Azure asks for 30 s; the factory's cap (tests only) turns it into 0 so the SDK's retry is immediate.
    const emu = await startTrusted({
      subscriptions: [spec.subscriptionId],
      resources: prerequisites(spec),
      faults: [
        {
          kind: 'throttle',
          retryAfterSeconds: 30,
          match: { method: 'GET', resourceType: 'Microsoft.Network/virtualNetworks', times: 1 },
        },
      ],
    });
    try {
      const session = await login(emu);
      expect(await session.clients.network()).toBe(await session.clients.network());
      expect(await session.clients.authorization()).toBe(await session.clients.authorization());
      const started = Date.now();
      const r = await planned(session, text);
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(r.live.vnet).toMatchObject({ name: 'ml-vnet' });
      const vnetGets = session.requests.filter((q) => q.method === 'GET' && /virtualNetworks\/ml-vnet\?/.test(q.url));
      expect(vnetGets).toHaveLength(2); // the throttled one and its retry
    } finally {
      await emu.close();
    }
  });
});

describe('workspace private endpoint, registry and storage against the emulator', () => {
  const text = readFileSync(join(EXAMPLES, 'aci-delegated.yml'), 'utf8');
  const spec = specOf(text);
  const sub = spec.subscriptionId;
  const wsRg = `/subscriptions/${sub}/resourceGroups/${spec.workspace.resourceGroup}`;
  const otherSubnet = `/subscriptions/${sub}/resourceGroups/other-rg/providers/Microsoft.Network/virtualNetworks/other-vnet/subnets/pe`;

  test('an endpoint in another VNet is an error; storage Azure cannot serve is at most a notice', async () => {
    const resources = prerequisites(spec).map((r) =>
      String(r.id).includes('/workspaces/')
        ? {
            ...r,
            properties: {
              provisioningState: 'Succeeded',
              storageAccount: `${wsRg}/providers/Microsoft.Storage/storageAccounts/mlstore`,
              privateEndpointConnections: [
                {
                  id: `${String(r.id)}/privateEndpointConnections/pec`,
                  properties: {
                    privateEndpoint: {
                      id: `${wsRg}/providers/Microsoft.Network/privateEndpoints/ws-pe`,
                      subnetArmId: otherSubnet,
                    },
                  },
                },
              ],
            },
          }
        : r,
    );
    const emu = await startTrusted({ subscriptions: [sub], resources });
    try {
      const r = await planned(await login(emu), text);
      expect(r.live.workspace).toMatchObject({ privateEndpoints: [{ subnetId: otherSubnet }] });
      const ids = r.plan.findings.map((f) => `${f.ruleId}:${f.severity}`);
      expect(ids).toContain('LIVE-WORKSPACE-PE-VNET:error');
      expect(ids).toContain('LIVE-ACI-WITH-WORKSPACE-PE:warning');
      expect(ids.filter((i) => i.startsWith('LIVE-STORAGE-VNET')).every((i) => i.endsWith(':notice'))).toBe(true);
      expect(r.plan.refused).toBe(true);
    } finally {
      await emu.close();
    }
  });
});

describe('a private cluster left unattached by an earlier apply', () => {
  const text = readFileSync(join(EXAMPLES, 'aks-private.yml'), 'utf8');
  const spec = specOf(text);

  test('is planned as an attach with its known identity, not a second create', async () => {
    const emu = await startTrusted({
      subscriptions: [spec.subscriptionId],
      resources: prerequisites(spec),
      timings: { lroMs: { default: 0 } },
    });
    try {
      const session = await login(emu);
      const first = await planned(session, text);
      const mcChange = first.plan.changes.find((c) => c.address === 'aksClusters[private-aks].managedCluster');
      expect(mcChange?.action).toBe('create');
      // Create the managed cluster the way the plan says (as an apply that stopped before the attach would have).
      const network = await session.clients.network();
      await network.subnets.createOrUpdate(
        spec.network.resourceGroup,
        spec.network.name,
        'aks-private',
        { addressPrefix: '10.20.0.0/21' },
        { updateIntervalInMs: 0 },
      );
      const aks = await session.clients.containerService();
      await aks.managedClusters.createOrUpdate(
        spec.workspace.resourceGroup,
        'private-aks',
        mcChange!.after as unknown as ManagedCluster,
        {
          updateIntervalInMs: 0,
        },
      );

      const second = await planned(session, text);
      const changes = Object.fromEntries(second.plan.changes.map((c) => [c.address, c]));
      expect(changes['aksClusters[private-aks].managedCluster'].action).toBe('no-op');
      expect(changes['aksClusters[private-aks]']).toMatchObject({
        action: 'create',
        after: { resourceId: mcChange!.resourceId },
      });
      expect(
        (changes['aksClusters[private-aks].networkContributor'].after as { principalId: string }).principalId,
      ).toMatch(/^[0-9a-f-]{36}$/);
      expect(second.plan.refused).toBe(false);
    } finally {
      await emu.close();
    }
  });
});
