// The shell's request handling: JSON bodies, `//` paths, request and correlation ids, the request log, and the
// real Azure SDK reaching ARM through the shell with the example world.
import { ClientAssertionCredential } from '@azure/identity';
import { NetworkManagementClient } from '@azure/arm-network';
import https from 'node:https';
import type { RunningEmulator } from '../../../emulator/types.js';
import { call, entraToken, githubIdToken, startTrusted } from './helpers.js';

let emu: RunningEmulator;
let token: string;
const rg = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/ml-rg';

beforeAll(async () => {
  emu = await startTrusted({ statePath: new URL('../../../emulator/examples/ml-world.yml', import.meta.url).pathname });
  token = String((await entraToken(emu, await githubIdToken(emu))).body.access_token);
});
afterAll(() => emu.close());

test("a body that is not JSON is ARM's 400 InvalidRequestContent", async () => {
  const res = await call(`${emu.info.armEndpoint}${rg}?api-version=2021-04-01`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: '{"location": eastus2',
  });
  expect(res.status).toBe(400);
  expect((res.body as { error: { code: string } }).error.code).toBe('InvalidRequestContent');
});

test('x-ms-request-id on every response; the client request id is echoed as the correlation id', async () => {
  const res = await call(`${emu.info.armEndpoint}${rg}?api-version=2021-04-01`, {
    headers: { authorization: `Bearer ${token}`, 'x-ms-client-request-id': 'c0ffee00-0000-4000-8000-000000000001' },
  });
  expect(res.headers.get('x-ms-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  expect(res.headers.get('x-ms-correlation-request-id')).toBe('c0ffee00-0000-4000-8000-000000000001');
  const gh = await call(`${emu.info.githubApiUrl}/user`, {
    headers: { authorization: `Bearer ${emu.info.githubToken}` },
  });
  expect(gh.headers.get('x-ms-request-id')).toMatch(/^[0-9a-f-]{36}$/);
});

test('`//subscriptions/...` (classic SDK clients) reaches the same resource as `/subscriptions/...`', async () => {
  // fetch() would normalise the URL; send the raw path as the SDK's HTTP client does.
  const raw = await new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = https.request(
      {
        host: '127.0.0.1',
        port: new URL(emu.info.armEndpoint).port,
        path: `/${rg}?api-version=2021-04-01`,
        headers: { authorization: `Bearer ${token}` },
      },
      (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
  const normal = await call(`${emu.info.armEndpoint}${rg}?api-version=2021-04-01`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(raw.status).toBe(normal.status);
  expect(JSON.parse(raw.body)).toEqual(normal.body);
  const log = (await call(`${emu.info.armEndpoint}/_emulator/requests`)).body as { requests: { path: string }[] };
  expect(log.requests.at(-2)?.path).toBe(rg);
});

test('the request log records method, path, query, status, principal and duration, never a secret; DELETE resets it', async () => {
  await call(`${emu.info.armEndpoint}/_emulator/requests`, { method: 'DELETE' });
  await githubIdToken(emu);
  await call(`${emu.info.armEndpoint}${rg}?api-version=2021-04-01`, { headers: { authorization: `Bearer ${token}` } });
  const body = (await call(`${emu.info.armEndpoint}/_emulator/requests`)).body as {
    requests: Record<string, unknown>[];
  };
  expect(body.requests).toHaveLength(2);
  expect(body.requests[1]).toMatchObject({
    method: 'GET',
    path: rg,
    query: { 'api-version': '2021-04-01' },
    principal: emu.world.applications[0].servicePrincipalObjectId,
    fault: null,
    durationMs: expect.any(Number),
  });
  const text = JSON.stringify(body);
  expect(text).not.toContain(token);
  expect(text).not.toContain(emu.info.oidcRequestToken);
});

test('the Azure SDK (arm-network) reads the seeded VNet through the shell', async () => {
  const credential = new ClientAssertionCredential(emu.info.tenantId, emu.info.clientId, () => githubIdToken(emu), {
    authorityHost: emu.info.authorityHost,
    disableInstanceDiscovery: true,
  });
  const client = new NetworkManagementClient(credential, emu.info.subscriptionId, { endpoint: emu.info.armEndpoint });
  const vnet = await client.virtualNetworks.get('ml-rg', 'ml-vnet');
  // The modular client flattens `properties`.
  expect(vnet.addressSpace?.addressPrefixes).toEqual(['10.1.0.0/16']);
  expect(vnet.subnets?.map((s) => s.name)).toEqual(['aks-subnet', 'jumpbox-subnet']);
});

test('the SDK honours a throttle: 429 + Retry-After 0 once, then its retry succeeds', async () => {
  const credential = new ClientAssertionCredential(emu.info.tenantId, emu.info.clientId, () => githubIdToken(emu), {
    authorityHost: emu.info.authorityHost,
    disableInstanceDiscovery: true,
  });
  const client = new NetworkManagementClient(credential, emu.info.subscriptionId, { endpoint: emu.info.armEndpoint });
  await call(`${emu.info.armEndpoint}/_emulator/faults`, {
    method: 'POST',
    body: {
      kind: 'throttle',
      retryAfterSeconds: 0,
      match: { resourceType: 'Microsoft.Network/networkSecurityGroups', times: 1 },
    },
  });
  await call(`${emu.info.armEndpoint}/_emulator/requests`, { method: 'DELETE' });
  const nsg = await client.networkSecurityGroups.get('ml-rg', 'ml-nsg');
  expect(nsg.securityRules?.map((r) => r.name)).toEqual(['allow-bastion-ssh']);
  const log = (await call(`${emu.info.armEndpoint}/_emulator/requests`)).body as {
    requests: { path: string; status: number }[];
  };
  expect(log.requests.filter((r) => r.path.endsWith('/ml-nsg')).map((r) => r.status)).toEqual([429, 200]);
});
