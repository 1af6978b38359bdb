// Test helpers: a hand-built World and a direct caller of the ARM handler (no HTTPS, no shell).
import { randomUUID } from 'node:crypto';
import { createArmHandler } from '../../../emulator/arm/index.js';
import { ROLE_IDS } from '../../../emulator/arm/rbac.js';
import { FaultStore } from '../../../emulator/faults.js';
import type { EmuResponse, Fault, JsonObject, Principal, World } from '../../../emulator/types.js';

export const SUB = '00000000-0000-0000-0000-0000000000aa';
export const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
export const OWNER = '11111111-1111-1111-1111-111111111111';
export const READER = '22222222-2222-2222-2222-222222222222';

export const API = {
  resources: '2021-04-01',
  network: '2026-01-01',
  aks: '2026-06-01',
  ml: '2022-10-01',
  authz: '2022-04-01',
} as const;

export function assignment(scope: string, roleGuid: string, principalId: string): JsonObject {
  const name = randomUUID();
  return {
    id: `${scope}/providers/Microsoft.Authorization/roleAssignments/${name}`,
    name,
    type: 'Microsoft.Authorization/roleAssignments',
    properties: {
      roleDefinitionId: `/subscriptions/${SUB}/providers/Microsoft.Authorization/roleDefinitions/${roleGuid}`,
      principalId,
      principalType: 'ServicePrincipal',
      scope,
    },
  };
}

export function makeWorld(
  opts: { lroMs?: Record<string, number>; faults?: Fault[]; resources?: JsonObject[] } = {},
): World {
  const resources = new Map<string, JsonObject>();
  const add = (r: JsonObject): void => void resources.set(String(r.id).toLowerCase(), r);
  add(assignment(`/subscriptions/${SUB}`, ROLE_IDS.owner, OWNER));
  add(assignment(`/subscriptions/${SUB}`, ROLE_IDS.reader, READER));
  for (const r of opts.resources ?? []) add(r);
  return {
    tenantId: TENANT,
    subscriptionIds: [SUB],
    applications: [
      { clientId: 'app', displayName: 'amlnet', servicePrincipalObjectId: OWNER, federatedCredentials: [] },
    ],
    principals: [
      { objectId: OWNER, type: 'ServicePrincipal', createdAt: 0 },
      { objectId: READER, type: 'ServicePrincipal', createdAt: 0 },
    ],
    resources,
    github: { repositories: [], tokens: [], oidcSubject: '' },
    timings: { lroMs: { default: 0, ...(opts.lroMs ?? {}) } },
    faults: opts.faults ?? [],
    seed: 1,
  };
}

export interface Arm {
  world: World;
  call(
    method: string,
    path: string,
    opts?: { body?: unknown; api?: string | null; as?: string; headers?: Record<string, string> },
  ): Promise<EmuResponse>;
  /** PUT and wait until its operation is over (settles lazily, like the SDK's poll). */
  put(path: string, body: unknown, api: string, as?: string): Promise<EmuResponse>;
  /** Reads an operation status URL returned in Azure-AsyncOperation. */
  status(res: EmuResponse): Promise<JsonObject>;
}

export function makeArm(world: World = makeWorld()): Arm {
  const faults = new FaultStore(world.seed, world.faults);
  const handler = createArmHandler(world, faults);
  let n = 0;
  const call: Arm['call'] = async (method, path, opts = {}) => {
    const url = new URL(`https://127.0.0.1:1${path}`);
    const api = opts.api === undefined ? undefined : opts.api;
    if (api !== null && api !== undefined && !url.searchParams.has('api-version'))
      url.searchParams.set('api-version', api);
    const principal: Principal = { objectId: opts.as ?? OWNER, tenantId: TENANT };
    return handler.handle(
      {
        method,
        path: url.pathname,
        query: url.searchParams,
        headers: opts.headers ?? {},
        body: opts.body,
        rawBody: opts.body === undefined ? '' : JSON.stringify(opts.body),
        baseUrl: 'https://127.0.0.1:1',
        requestId: `req-${++n}`,
      },
      principal,
    );
  };
  const status: Arm['status'] = async (res) => {
    const url = res.headers?.['Azure-AsyncOperation'];
    if (url === undefined)
      throw new Error(`no Azure-AsyncOperation header (status ${res.status}: ${JSON.stringify(res.body)})`);
    const u = new URL(url);
    const r = await call('GET', u.pathname + u.search);
    return r.body as JsonObject;
  };
  const put: Arm['put'] = async (path, body, api, as) => {
    const res = await call('PUT', path, { body, api, as });
    if (res.status < 300) await status(res);
    return res;
  };
  return { world, call, put, status };
}

export const rgPath = (rg: string): string => `/subscriptions/${SUB}/resourceGroups/${rg}`;
export const vnetPath = (rg: string, vnet: string): string =>
  `${rgPath(rg)}/providers/Microsoft.Network/virtualNetworks/${vnet}`;
export const subnetPath = (rg: string, vnet: string, subnet: string): string =>
  `${vnetPath(rg, vnet)}/subnets/${subnet}`;
export const nsgPath = (rg: string, nsg: string): string =>
  `${rgPath(rg)}/providers/Microsoft.Network/networkSecurityGroups/${nsg}`;
export const clusterPath = (rg: string, name: string): string =>
  `${rgPath(rg)}/providers/Microsoft.ContainerService/managedClusters/${name}`;
export const workspacePath = (rg: string, ws: string): string =>
  `${rgPath(rg)}/providers/Microsoft.MachineLearningServices/workspaces/${ws}`;
export const computePath = (rg: string, ws: string, c: string): string => `${workspacePath(rg, ws)}/computes/${c}`;

/** A resource group with a VNet 10.0.0.0/16 holding aks-subnet 10.0.1.0/24 and aci-subnet 10.0.2.0/24. */
export async function baseline(arm: Arm, location = 'eastus'): Promise<void> {
  await arm.call('PUT', rgPath('rg'), { body: { location }, api: API.resources });
  const res = await arm.put(
    vnetPath('rg', 'vnet'),
    {
      location,
      properties: {
        addressSpace: { addressPrefixes: ['10.0.0.0/16'] },
        subnets: [
          { name: 'aks-subnet', properties: { addressPrefix: '10.0.1.0/24' } },
          { name: 'aci-subnet', properties: { addressPrefix: '10.0.2.0/24' } },
        ],
      },
    },
    API.network,
  );
  if (res.status !== 201) throw new Error(`baseline VNet: ${res.status} ${JSON.stringify(res.body)}`);
}

export function errorOf(res: EmuResponse): { code: string; message: string; target?: string } {
  return (res.body as { error: { code: string; message: string; target?: string } }).error;
}
