// Request-level faults over HTTPS (latency, 429, 5xx, dropped connections), their matching by method, path,
// resource type, nth, times and a seeded rate, and live configuration through /_emulator/faults.
import { FaultStore } from '../../../emulator/faults.js';
import type { EmuRequest, Fault, RunningEmulator } from '../../../emulator/types.js';
import { call, startTrusted } from './helpers.js';

let emu: RunningEmulator;
let base: string;
const sub = '00000000-0000-0000-0000-000000000000';
const subnet = (n: number): string =>
  `/subscriptions/${sub}/resourceGroups/ml-rg/providers/Microsoft.Network/virtualNetworks/ml-vnet/subnets/s${n}?api-version=2026-01-01`;
const vnet = `/subscriptions/${sub}/resourceGroups/ml-rg/providers/Microsoft.Network/virtualNetworks/ml-vnet?api-version=2026-01-01`;

beforeAll(async () => {
  emu = await startTrusted({ state: { seed: 7 } });
  base = emu.info.armEndpoint;
});
afterAll(() => emu.close());
afterEach(async () => {
  await call(`${base}/_emulator/faults`, { method: 'DELETE' });
});

const addFaults = async (faults: Fault[]): Promise<void> => {
  const res = await call(`${base}/_emulator/faults`, { method: 'POST', body: { faults } });
  expect(res.status).toBe(201);
};
/** Requests go unauthenticated: a request the fault leaves alone is ARM's 401, so statuses tell them apart. */
const status = async (method: string, path: string): Promise<number> =>
  (await call(`${base}${path}`, { method, body: method === 'PUT' ? {} : undefined })).status;

test("throttle: 429 with Retry-After, x-ms-ratelimit-remaining-* and ARM's TooManyRequests body", async () => {
  await addFaults([{ kind: 'throttle', retryAfterSeconds: 3, match: { method: 'GET', times: 1 } }]);
  const res = await call(`${base}${vnet}`);
  expect(res.status).toBe(429);
  expect(res.headers.get('retry-after')).toBe('3');
  expect(res.headers.get('x-ms-ratelimit-remaining-subscription-reads')).toBe('0');
  expect(res.body).toEqual({ error: { code: 'TooManyRequests', message: expect.stringContaining('throttled') } });
  expect(res.headers.get('x-ms-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  expect(await status('GET', vnet)).toBe(401);
});

test.each([
  [500, 'InternalServerError'],
  [503, 'ServiceUnavailable'],
])('error %i with an ARM error body', async (code, errorCode) => {
  await addFaults([
    { kind: 'error', status: code as 500 | 503, match: { resourceType: 'Microsoft.Network/virtualNetworks' } },
  ]);
  const res = await call(`${base}${vnet}`);
  expect(res.status).toBe(code);
  expect((res.body as { error: { code: string } }).error.code).toBe(errorCode);
  // Another resource type is untouched.
  expect(await status('GET', subnet(1))).toBe(401);
});

test('drop: the connection closes without a response', async () => {
  await addFaults([{ kind: 'drop', match: { path: '/virtualNetworks/ml-vnet', times: 1 } }]);
  await expect(fetch(`${base}${vnet}`)).rejects.toThrow();
  expect(await status('GET', vnet)).toBe(401);
  const log = (await call(`${base}/_emulator/requests`)).body as {
    requests: { fault: string | null; status: number }[];
  };
  expect(log.requests.some((r) => r.fault === 'drop' && r.status === 0)).toBe(true);
});

test('latency delays the answer and is recorded in the request log', async () => {
  await call(`${base}/_emulator/requests`, { method: 'DELETE' });
  await addFaults([{ kind: 'latency', ms: 120, match: { method: 'GET' } }]);
  expect(await status('GET', vnet)).toBe(401);
  const log = (await call(`${base}/_emulator/requests`)).body as {
    requests: { fault: string | null; durationMs: number }[];
  };
  expect(log.requests).toHaveLength(1);
  expect(log.requests[0].fault).toBe('latency');
  // Timers may fire a hair early against performance.now(); the point is that the delay happened.
  expect(log.requests[0].durationMs).toBeGreaterThanOrEqual(100);
});

test('nth: only the 3rd PUT on subnets fails; GETs and other types do not count', async () => {
  await addFaults([
    {
      kind: 'error',
      status: 500,
      match: { method: 'PUT', resourceType: 'Microsoft.Network/virtualNetworks/subnets', nth: 3 },
    },
  ]);
  const seen: number[] = [];
  for (let i = 1; i <= 5; i++) {
    await status('GET', subnet(i));
    await status('PUT', vnet);
    seen.push(await status('PUT', subnet(i)));
  }
  expect(seen).toEqual([401, 401, 500, 401, 401]);
  const listed = (await call(`${base}/_emulator/faults`)).body as { faults: { seen: number; applied: number }[] };
  expect(listed.faults[0]).toMatchObject({ seen: 5, applied: 1 });
});

test('nth counts every matching request, also those an earlier fault answered', async () => {
  // A storm on the first two PUTs and a 503 on the 3rd: the 3rd PUT is the first one the storm lets through.
  await addFaults([
    { kind: 'throttle', retryAfterSeconds: 0, match: { method: 'PUT', path: '/subnets/', times: 2 } },
    { kind: 'error', status: 503, match: { method: 'PUT', path: '/subnets/', nth: 3 } },
  ]);
  const seen: number[] = [];
  for (let i = 1; i <= 4; i++) seen.push(await status('PUT', subnet(i)));
  expect(seen).toEqual([429, 429, 503, 401]);
});

test('times: at most N times, then requests pass', async () => {
  await addFaults([{ kind: 'throttle', retryAfterSeconds: 0, match: { path: '/resourceGroups/ml-rg/', times: 2 } }]);
  const seen = [];
  for (let i = 0; i < 4; i++) seen.push(await status('GET', vnet));
  expect(seen).toEqual([429, 429, 401, 401]);
});

test('rate: the seeded generator fails the same requests on every run with the same seed', async () => {
  const run = async (emulator: RunningEmulator): Promise<number[]> => {
    await call(`${emulator.info.armEndpoint}/_emulator/faults`, {
      method: 'POST',
      body: { kind: 'error', status: 500, match: { rate: 0.5 } },
    });
    const out: number[] = [];
    for (let i = 0; i < 24; i++) out.push((await call(`${emulator.info.armEndpoint}${vnet}`)).status);
    return out;
  };
  const first = await run(emu);
  const twin = await startTrusted({ state: { seed: 7 } });
  const other = await startTrusted({ state: { seed: 8 } });
  try {
    const second = await run(twin);
    const third = await run(other);
    expect(second).toEqual(first);
    expect(first).toContain(500);
    expect(first).toContain(401);
    expect(third).not.toEqual(first);
  } finally {
    await twin.close();
    await other.close();
  }
});

test('faults never hit Entra, GitHub or the OIDC service unless they say so', async () => {
  await addFaults([{ kind: 'error', status: 500 }]);
  expect(await status('GET', vnet)).toBe(500);
  const oidc = await call(`${emu.info.oidcRequestUrl}&audience=x`, {
    headers: { authorization: `Bearer ${emu.info.oidcRequestToken}` },
  });
  expect(oidc.status).toBe(200);
  await addFaults([{ kind: 'error', status: 500, match: { service: 'github' } }]);
  const gh = await call(`${emu.info.githubApiUrl}/repos/octo-org/octo-repo`, {
    headers: { authorization: `token ${emu.info.githubToken}` },
  });
  expect(gh.status).toBe(500);
  expect(gh.body).toMatchObject({ message: 'Server Error' });
});

test('live configuration: list, delete one, clear; a bad fault is a 400 naming the field', async () => {
  await addFaults([
    { kind: 'latency', ms: 1 },
    { kind: 'drop', match: { method: 'DELETE' } },
  ]);
  const listed = (await call(`${base}/_emulator/faults`)).body as { faults: { id: number; fault: Fault }[] };
  expect(listed.faults.map((f) => f.fault.kind)).toEqual(['latency', 'drop']);
  expect((await call(`${base}/_emulator/faults/${listed.faults[1].id}`, { method: 'DELETE' })).status).toBe(204);
  expect(((await call(`${base}/_emulator/faults`)).body as { faults: unknown[] }).faults).toHaveLength(1);
  expect((await call(`${base}/_emulator/state`)).body).toMatchObject({ faults: [{ fault: { kind: 'latency' } }] });

  const bad = await call(`${base}/_emulator/faults`, { method: 'POST', body: { kind: 'error', status: 404 } });
  expect(bad.status).toBe(400);
  expect((bad.body as { error: { message: string } }).error.message).toContain(
    'faults[0].status: expected 500, 502, 503 or 504, got 404',
  );
  const typo = await call(`${base}/_emulator/faults`, {
    method: 'POST',
    body: { kind: 'drop', match: { metod: 'GET' } },
  });
  expect((typo.body as { error: { message: string } }).error.message).toContain(
    "faults[0].match.metod: unknown key 'metod'",
  );
});

describe('take(): faults the ARM side acts out itself', () => {
  const req = (method: string, path: string): EmuRequest => ({
    method,
    path,
    query: new URLSearchParams(),
    headers: {},
    body: undefined,
    rawBody: '',
    baseUrl: 'https://127.0.0.1:1',
    requestId: 'r',
  });
  test('lro-failed is taken by kind and resource type, counted, and never acted out by the shell', () => {
    const store = new FaultStore(1, [
      {
        kind: 'lro-failed',
        code: 'InternalServerError',
        match: { resourceType: 'Microsoft.Network/virtualNetworks/subnets', times: 1 },
      },
    ]);
    const put = req('PUT', subnet(1).split('?')[0]);
    expect(store.forRequest(put, 'arm')).toEqual({ latencyMs: 0, fault: undefined });
    expect(store.take('lro-failed', req('PUT', vnet.split('?')[0]))).toBeUndefined();
    expect(store.take('lro-failed', put)).toMatchObject({ kind: 'lro-failed', code: 'InternalServerError' });
    expect(store.take('lro-failed', put)).toBeUndefined();
    expect(store.take('throttle', put)).toBeUndefined();
  });
  test('an explicit resource type overrides the one derived from the path', () => {
    const store = new FaultStore(1, [
      { kind: 'lro-failed', match: { resourceType: 'Microsoft.MachineLearningServices/workspaces/computes' } },
    ]);
    const poll = req(
      'GET',
      `/subscriptions/${sub}/providers/Microsoft.MachineLearningServices/locations/eastus2/computeOperationsStatus/x`,
    );
    expect(store.take('lro-failed', poll)).toBeUndefined();
    expect(store.take('lro-failed', poll, 'Microsoft.MachineLearningServices/workspaces/computes')).toBeDefined();
  });
});
