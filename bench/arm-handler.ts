// In-process cost of the ARM handler (no HTTPS, no auth): per-request latency of subnet GET/PUT and of a
// role-assignment-checked compute update, as the world grows. Every request re-checks RBAC over all role
// assignments and normalizes seeded resources, so the cost is expected to grow linearly with the world.
//
//   node --experimental-transform-types --import ./scripts/ts-hooks.mjs bench/arm-handler.ts [--vnets 200] [--n 500]
import { createArmHandler } from '../emulator/arm/index.js';
import type { EmuRequest, FaultInjector, JsonObject, World } from '../emulator/types.js';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const SUB = '00000000-0000-0000-0000-000000000000';
const OWNER = '33333333-3333-4333-8333-333333333333';
const noFaults: FaultInjector = { take: () => undefined };

function world(vnets: number): World {
  const resources = new Map<string, JsonObject>();
  const add = (r: JsonObject): void => void resources.set(String(r.id).toLowerCase(), r);
  add({
    id: `/subscriptions/${SUB}/providers/Microsoft.Authorization/roleAssignments/a`,
    name: 'a',
    type: 'Microsoft.Authorization/roleAssignments',
    properties: {
      roleDefinitionId: `/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635`,
      principalId: OWNER,
      scope: `/subscriptions/${SUB}`,
    },
  });
  add({
    id: `/subscriptions/${SUB}/resourceGroups/rg`,
    name: 'rg',
    type: 'Microsoft.Resources/resourceGroups',
    location: 'eastus',
    properties: {},
  });
  for (let v = 0; v < vnets; v++) {
    add({
      id: `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v${v}`,
      name: `v${v}`,
      type: 'Microsoft.Network/virtualNetworks',
      location: 'eastus',
      properties: {
        addressSpace: { addressPrefixes: [`10.${v % 250}.0.0/16`] },
        subnets: [0, 1, 2, 3].map((s) => ({ name: `s${s}`, properties: { addressPrefix: `10.${v % 250}.${s}.0/24` } })),
      },
    });
    // One role assignment per VNet, for some other principal: RBAC has to look past them.
    add({
      id: `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Authorization/roleAssignments/r${v}`,
      name: `r${v}`,
      type: 'Microsoft.Authorization/roleAssignments',
      properties: {
        roleDefinitionId: `/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7`,
        principalId: `p${v}`,
        scope: `/subscriptions/${SUB}/resourceGroups/rg`,
      },
    });
  }
  return {
    tenantId: 't',
    subscriptionIds: [SUB],
    applications: [],
    principals: [],
    resources,
    github: { repositories: [], tokens: [], oidcSubject: '' },
    timings: { lroMs: { default: 0 } },
    faults: [],
    seed: 1,
  };
}

function req(method: string, path: string, body?: unknown): EmuRequest {
  const url = new URL(`https://127.0.0.1${path}`);
  url.searchParams.set('api-version', '2026-01-01');
  return {
    method,
    path: url.pathname,
    query: url.searchParams,
    headers: {},
    body,
    rawBody: '',
    baseUrl: 'https://127.0.0.1',
    requestId: 'r',
  };
}

async function measure(label: string, n: number, run: (i: number) => Promise<void>): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    await run(i);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  const p = (q: number): string => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(3);
  console.log(`${label.padEnd(34)} n=${n}  p50=${p(0.5)} ms  p99=${p(0.99)} ms`);
}

async function main(): Promise<void> {
  const n = arg('n', 500);
  for (const vnets of [10, arg('vnets', 200)]) {
    const handler = createArmHandler(world(vnets), noFaults);
    const principal = { objectId: OWNER, tenantId: 't' };
    const subnet = (i: number): string =>
      `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v${i % vnets}/subnets/s1`;
    console.log(`world: ${vnets} VNets x 4 subnets, ${vnets + 1} role assignments`);
    await measure('  subnet GET', n, async (i) => void (await handler.handle(req('GET', subnet(i)), principal)));
    await measure('  subnet PUT (validate + LRO start)', n, async (i) => {
      const res = await handler.handle(
        req('PUT', subnet(i), { properties: { addressPrefix: `10.${(i % vnets) % 250}.1.0/24` } }),
        principal,
      );
      if (res.status >= 300) throw new Error(JSON.stringify(res.body));
    });
  }
}

await main();
