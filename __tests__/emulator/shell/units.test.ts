// Pure parts of the shell: resource types from ARM paths, fault counting (nth/times/rate) and JWT verification.
import { armResourceType } from '../../../emulator/arm-path.js';
import { FaultStore, mulberry32 } from '../../../emulator/faults.js';
import { newSigningKey, parseJwt, signJwt, verifyRs256 } from '../../../emulator/jwt.js';
import type { EmuRequest, Fault } from '../../../emulator/types.js';

const S = '/subscriptions/00000000-0000-0000-0000-000000000000';

test.each([
  [S, 'Microsoft.Resources/subscriptions'],
  [`${S}/resourceGroups/ml-rg`, 'Microsoft.Resources/resourceGroups'],
  [`${S}/resourcegroups`, 'Microsoft.Resources/resourceGroups'],
  [`${S}/resourceGroups/ml-rg/providers/Microsoft.Network/virtualNetworks/v`, 'Microsoft.Network/virtualNetworks'],
  [
    `${S}/resourceGroups/ml-rg/providers/Microsoft.Network/virtualNetworks/v/subnets/a`,
    'Microsoft.Network/virtualNetworks/subnets',
  ],
  [
    `${S}/resourceGroups/ml-rg/providers/Microsoft.Network/virtualNetworks/v/subnets`,
    'Microsoft.Network/virtualNetworks/subnets',
  ],
  [
    `${S}/resourceGroups/ml-rg/providers/Microsoft.MachineLearningServices/workspaces/w/computes/c`,
    'Microsoft.MachineLearningServices/workspaces/computes',
  ],
  [
    `${S}/resourceGroups/ml-rg/providers/Microsoft.Network/virtualNetworks/v/providers/Microsoft.Authorization/roleAssignments/g`,
    'Microsoft.Authorization/roleAssignments',
  ],
  [`${S}/providers/Microsoft.Authorization/roleAssignments/g`, 'Microsoft.Authorization/roleAssignments'],
  ['/providers/Microsoft.Network', 'Microsoft.Network'],
  ['/github/repos/o/r', undefined],
])('armResourceType(%s) = %s', (path, type) => {
  expect(armResourceType(path)).toBe(type);
});

const req = (method = 'GET', path = `${S}/resourceGroups/rg`): EmuRequest => ({
  method,
  path,
  query: new URLSearchParams(),
  headers: {},
  body: undefined,
  rawBody: '',
  baseUrl: 'https://127.0.0.1:1',
  requestId: 'r',
});
const fired = (faults: Fault[], n: number, seed = 1): boolean[] => {
  const store = new FaultStore(seed, faults);
  return Array.from({ length: n }, () => store.forRequest(req(), 'arm').fault !== undefined);
};

test.each<[string, Fault['match'], boolean[]]>([
  ['no match: every request', undefined, [true, true, true, true]],
  ['nth 1 (default times 1 with nth)', { nth: 1 }, [true, false, false, false]],
  ['nth 3', { nth: 3 }, [false, false, true, false]],
  ['nth 2, times 2', { nth: 2, times: 2 }, [false, true, true, false]],
  ['times 3', { times: 3 }, [true, true, true, false]],
  ['rate 0', { rate: 0 }, [false, false, false, false]],
  ['rate 1', { rate: 1 }, [true, true, true, true]],
  ['another method never matches', { method: 'PUT' }, [false, false, false, false]],
  ['a /regex/ path', { path: '/RESOURCEGROUPS\\/rg$/i' }, [true, true, true, true]],
  ['a substring path is case-insensitive', { path: 'resourcegroups/RG' }, [true, true, true, true]],
  ['another service never matches', { service: 'github' }, [false, false, false, false]],
])('%s', (_name, match, expected) => {
  expect(fired([{ kind: 'error', status: 500, ...(match ? { match } : {}) }], expected.length)).toEqual(expected);
});

test('latencies add up and do not stop a later terminal fault; the first terminal fault wins', () => {
  const store = new FaultStore(1, [
    { kind: 'latency', ms: 10 },
    { kind: 'latency', ms: 5, match: { method: 'GET' } },
    { kind: 'throttle', match: { times: 1 } },
    { kind: 'error', status: 503 },
  ]);
  expect(store.forRequest(req(), 'arm')).toEqual({ latencyMs: 15, fault: { kind: 'throttle', match: { times: 1 } } });
  expect(store.forRequest(req(), 'arm')).toEqual({ latencyMs: 15, fault: { kind: 'error', status: 503 } });
});

test('the seeded rate is a fixed sequence per seed, near the asked rate', () => {
  const a = fired([{ kind: 'drop', match: { rate: 0.3 } }], 2000, 5);
  expect(fired([{ kind: 'drop', match: { rate: 0.3 } }], 2000, 5)).toEqual(a);
  const share = a.filter(Boolean).length / a.length;
  expect(share).toBeGreaterThan(0.25);
  expect(share).toBeLessThan(0.35);
  const r = mulberry32(1);
  const values = Array.from({ length: 100 }, r);
  expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
});

test('RS256: a signed token verifies with its key and not with another or when tampered', async () => {
  const [k1, k2] = await Promise.all([newSigningKey(), newSigningKey()]);
  const token = signJwt(k1, { sub: 'x' });
  const parsed = parseJwt(token);
  expect(parsed?.header).toMatchObject({ alg: 'RS256', kid: k1.kid, typ: 'JWT' });
  expect(verifyRs256(parsed!, [k1.jwk])).toBe(true);
  expect(verifyRs256(parsed!, [{ ...k2.jwk, kid: k1.kid }])).toBe(false);
  const [h, , s] = token.split('.');
  const forged = parseJwt(`${h}.${Buffer.from('{"sub":"y"}').toString('base64url')}.${s}`);
  expect(verifyRs256(forged!, [k1.jwk])).toBe(false);
  expect(parseJwt('a.b')).toBeUndefined();
  expect(parseJwt('!!.??.xx')).toBeUndefined();
});
