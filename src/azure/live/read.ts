// Reads the live state the spec names, through the clients factory. Every read starts as soon as what
// it depends on is known (compute -> its managed cluster -> that identity's role assignments; workspace ->
// its private endpoints, storage account, registry), at most `concurrency` at once, and no request twice.
// A 404 is "absent" (null), never an error; any other failure of a read is kept as Unreadable so the
// rules can say what they could not check, except auth failures, which stop the plan.
import type { Spec } from '../../spec/types.js';
import { resolveAllClusters, resolveClusters, resolveNetwork } from '../../spec/defaults.js';
import type { AzureClients } from '../clients.js';
import { toAzureError } from '../errors.js';
import { LoginError } from '../credential.js';
import { MAX_PLAN_READS, RequestGate } from './limit.js';
import { networkContributorScopeId } from '../../plan/roles.js';
import {
  normaliseCompute,
  normaliseContainerRegistry,
  normaliseManagedCluster,
  normaliseNsg,
  normalisePermissions,
  normalisePrivateEndpoint,
  normaliseRoleAssignment,
  normaliseStorageAccount,
  normaliseVnet,
  normaliseWorkspace,
} from './normalise.js';
import type { LiveManagedCluster, LiveState, LiveWorkspace, Unreadable } from '../../live/types.js';
import { isUnreadable, storageSecured } from '../../live/types.js';
import { managedClusterId, nsgId, parseResourceId, vnetId, workspaceId } from '../../live/ids.js';
import { permits, SUBNET_JOIN } from '../../live/permissions.js';
import type { LiveReadResult, LiveStateReader } from '../../live/reader.js';
import { readKubernetes } from './read-kubernetes.js';

/**
 * Parallel reads at most. A 20-cluster spec reads 24 resources at depth 1 and 20 at each of depths 2 and 3, so the
 * bound must cover a whole level for the wall time to follow the dependency depth: at 50 ms per request
 * (bench/plan-latency.ts) 8 gave 3.5-4.2x the depth bound, 16 gave 1.9x, 32 gave 1.6x. 32 stays far below
 * ARM's read limits (12,000 per hour per subscription).
 */
export const DEFAULT_CONCURRENCY = 32;

export interface ReadOptions {
  /** Parallel reads at most (default DEFAULT_CONCURRENCY). */
  concurrency?: number;
  /** Bound on distinct reads (MAX_PLAN_READS by default). */
  maxReads?: number;
}

/** Thrown when a read fails in a way that makes the whole plan meaningless (login, subscription). */
export class LiveReadError extends Error {
  override name = 'LiveReadError';
}

/**
 * The api-version @azure/arm-network sends for virtual networks, security groups and private endpoints. The plan
 * reads them through the generic GET (clients.getResource, raw ARM JSON, which the normalisers read the same way)
 * so that a plan never loads that SDK (3.4 MB, one module); only an apply or an import does.
 */
export const NETWORK_API_VERSION = '2026-01-01';
export const STORAGE_API_VERSION = '2023-05-01';
export const REGISTRY_API_VERSION = '2023-07-01';

/** Runs one read: 404 -> null; 401/403/other -> Unreadable; a login failure is rethrown. */
async function attempt<T>(fn: () => Promise<T>): Promise<T | null | Unreadable> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof LoginError) throw err;
    const info = toAzureError(err);
    if (info.status === 404) return null;
    if (info.status === 401)
      throw new LiveReadError(`Azure refused the credential (401 ${info.code}): ${info.message}`);
    const ids = [
      info.status !== undefined ? `HTTP ${info.status}` : '',
      info.correlationId ? `correlation id ${info.correlationId}` : '',
    ]
      .filter((x) => x !== '')
      .join(', ');
    return { unreadable: true, code: info.code, message: ids === '' ? info.message : `${info.message} (${ids})` };
  }
}

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

export type { LiveReadResult } from '../../live/reader.js';

/** The Azure implementation of the plan's live-state port. */
export function azureLiveReader(clients: AzureClients, options: ReadOptions = {}): LiveStateReader {
  return { read: (spec) => readLiveState(spec, clients, options) };
}

export async function readLiveState(
  spec: Spec,
  clients: AzureClients,
  options: ReadOptions = {},
): Promise<LiveReadResult> {
  const gate = new RequestGate(options.concurrency ?? DEFAULT_CONCURRENCY, options.maxReads ?? MAX_PLAN_READS);
  const sub = clients.subscriptionId;
  const net = resolveNetwork(spec);
  const clusters = resolveClusters(spec);
  const ws = spec.workspace;

  const live: LiveState = {
    subscriptionId: sub,
    vnet: null,
    workspace: null,
    computes: {},
    managedClusters: {},
    roleAssignments: {},
    privateEndpoints: {},
  };

  // Each gated call does ONE request; follow-up reads are chained outside the gate, so a read never holds
  // a slot while it waits for another (holding it would deadlock once every slot waits on a follow-up).
  const read = <T>(key: string, fn: () => Promise<T>): Promise<T | null | Unreadable> =>
    gate.run(key, () => attempt(fn));

  const readManagedCluster = (id: string): Promise<LiveManagedCluster | null | Unreadable> =>
    read(`GET ${id.toLowerCase()}`, async (): Promise<LiveManagedCluster | Unreadable> => {
      const p = parseResourceId(id);
      if (p === undefined || p.segments.length !== 2) {
        return { unreadable: true, code: 'InvalidResourceId', message: `'${id}' is not a managed cluster id` };
      }
      const c = await clients.containerService();
      return normaliseManagedCluster(await c.managedClusters.get(p.resourceGroup, p.name));
    }).then((v) => {
      live.managedClusters[id.toLowerCase()] = v;
      return v;
    });

  const readRoleAssignments = (principalId: string, scope: string): Promise<void> =>
    read(`LIST roleAssignments ${scope.toLowerCase()} principalId=${principalId}`, async () => {
      const a = await clients.authorization();
      const items = await collect(a.roleAssignments.listForScope(scope, { filter: `principalId eq '${principalId}'` }));
      return items.map(normaliseRoleAssignment);
    }).then((v) => {
      const prev = live.roleAssignments[principalId];
      const list = v === null ? [] : v;
      if (isUnreadable(list) || prev === undefined || isUnreadable(prev)) {
        live.roleAssignments[principalId] = list;
      } else {
        const seen = new Set(prev.map((r) => r.id.toLowerCase()));
        live.roleAssignments[principalId] = [...prev, ...list.filter((r) => !seen.has(r.id.toLowerCase()))];
      }
    });

  const readPrivateEndpoint = (id: string): Promise<void> =>
    read(`GET ${id.toLowerCase()}`, async () => {
      const p = parseResourceId(id);
      if (p === undefined) return null;
      const pe = await clients.getResource(id, NETWORK_API_VERSION);
      return pe === undefined ? null : normalisePrivateEndpoint(pe);
    }).then((v) => {
      live.privateEndpoints[id.toLowerCase()] = v;
    });

  const tasks: Promise<unknown>[] = [];

  // The VNet (with its subnets) and the planning identity's permissions on it.
  tasks.push(
    read('GET vnet', async () => {
      const v = await clients.getResource(vnetId(sub, net.resourceGroup, net.name), NETWORK_API_VERSION);
      return v === undefined ? null : normaliseVnet(v, net.resourceGroup);
    }).then((v) => {
      live.vnet = v;
    }),
    read('LIST permissions vnet', async () => {
      const a = await clients.authorization();
      const perms = await collect(
        a.permissions.listForResource(net.resourceGroup, 'Microsoft.Network', '', 'virtualNetworks', net.name),
      );
      return normalisePermissions(perms);
    }).then(async (v) => {
      const perms = v ?? { actions: [], notActions: [] };
      live.permissions = perms;
      if (isUnreadable(perms) || permits(perms, SUBNET_JOIN)) return;
      const used = [
        ...new Set(
          [...resolveAllClusters(spec).map((c) => c.subnet), ...(spec.aci ? [spec.aci.subnet] : [])].map((n) =>
            n.toLowerCase(),
          ),
        ),
      ];
      live.subnetPermissions = {};
      await Promise.all(
        used.map((name) =>
          read(`LIST permissions subnet ${name}`, async () => {
            const a = await clients.authorization();
            const list = await collect(
              a.permissions.listForResource(
                net.resourceGroup,
                'Microsoft.Network',
                `virtualNetworks/${net.name}`,
                'subnets',
                name,
              ),
            );
            return normalisePermissions(list);
          }).then((p) => {
            live.subnetPermissions![name] = p ?? { actions: [], notActions: [] };
          }),
        ),
      );
    }),
  );

  if (net.securityGroup !== null) {
    const sg = net.securityGroup;
    tasks.push(
      read('GET nsg', async () => {
        const nsg = await clients.getResource(nsgId(sub, sg.resourceGroup, sg.name), NETWORK_API_VERSION);
        return nsg === undefined ? null : normaliseNsg(nsg);
      }).then((v) => {
        live.nsg = v;
      }),
    );
  }

  // The workspace, then what hangs off it.
  const followWorkspace = async (v: LiveWorkspace | null | Unreadable): Promise<void> => {
    live.workspace = v;
    if (v === null || isUnreadable(v)) return;
    const follow: Promise<unknown>[] = v.privateEndpoints.map((pe) => readPrivateEndpoint(pe.id));
    if (v.storageAccountId !== null) {
      const id = v.storageAccountId;
      follow.push(
        read(`GET ${id.toLowerCase()}`, async () =>
          normaliseStorageAccount(await clients.getResource(id, STORAGE_API_VERSION)),
        ).then(async (s) => {
          live.storageAccount = s;
          // Only a storage account behind network rules needs its endpoints' subnets.
          if (s !== null && !isUnreadable(s) && storageSecured(s)) {
            await Promise.all(s.privateEndpointIds.map(readPrivateEndpoint));
          }
        }),
      );
    }
    // The registry matters only with ACI in the VNet (it must not sit in that VNet), private workspace or not.
    if (v.containerRegistryId !== null && spec.aci) {
      const id = v.containerRegistryId;
      follow.push(
        read(`GET ${id.toLowerCase()}`, async () =>
          normaliseContainerRegistry(await clients.getResource(id, REGISTRY_API_VERSION)),
        ).then(async (r) => {
          live.containerRegistry = r;
          if (r !== null && !isUnreadable(r)) await Promise.all(r.privateEndpointIds.map(readPrivateEndpoint));
        }),
      );
    }
    await Promise.all(follow);
  };
  tasks.push(
    read('GET workspace', async () => {
      const m = await clients.machineLearning();
      return normaliseWorkspace(await m.workspaces.get(ws.resourceGroup, ws.name));
    }).then(followWorkspace),
  );

  // Each named compute (GET each: a spec names few, and a list would read every compute of the workspace),
  // then the managed cluster behind it, then that identity's role assignments at the intended scope.
  const wsId = workspaceId(sub, ws.resourceGroup, ws.name);
  for (const cluster of clusters) {
    const scope = networkContributorScopeId(sub, net, cluster);
    const followCluster = async (mc: LiveManagedCluster | null | Unreadable): Promise<void> => {
      if (mc === null || isUnreadable(mc) || mc.principalId === null) return;
      await readRoleAssignments(mc.principalId, scope);
    };
    tasks.push(
      read(`GET ${wsId.toLowerCase()}/computes/${cluster.name.toLowerCase()}`, async () => {
        const m = await clients.machineLearning();
        return normaliseCompute(await m.computeOperations.get(ws.resourceGroup, ws.name, cluster.name));
      }).then(async (v) => {
        live.computes[cluster.name] = v;
        if (v !== null && !isUnreadable(v) && v.resourceId !== null) {
          await followCluster(await readManagedCluster(v.resourceId));
        }
      }),
    );
    if (cluster.mode === 'attach' && cluster.resourceId !== null) {
      // Read in parallel with the compute: for attach the cluster id is known up front.
      tasks.push(readManagedCluster(cluster.resourceId).then(followCluster));
    } else if (cluster.mode === 'create' && cluster.privateCluster) {
      // The id a private cluster gets from amlnet: it exists without a compute after a partial apply.
      tasks.push(readManagedCluster(managedClusterId(sub, ws.resourceGroup, cluster.name)).then(followCluster));
    }
  }

  tasks.push(...readKubernetes(spec, { clients, live, read, readManagedCluster, readRoleAssignments }));

  await Promise.all(tasks);
  return { live: sortLive(live), reads: gate.started };
}

/** Record keys in a fixed order, so that the live state (and anything built from it) does not depend on read timing. */
function sortLive(live: LiveState): LiveState {
  const sortRecord = <T>(r: Record<string, T>): Record<string, T> =>
    Object.fromEntries(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const roles = sortRecord(live.roleAssignments);
  for (const k of Object.keys(roles)) {
    const v = roles[k];
    if (!isUnreadable(v)) roles[k] = [...v].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  return {
    ...live,
    computes: sortRecord(live.computes),
    managedClusters: sortRecord(live.managedClusters),
    roleAssignments: roles,
    privateEndpoints: sortRecord(live.privateEndpoints),
    ...(live.subnetPermissions !== undefined ? { subnetPermissions: sortRecord(live.subnetPermissions) } : {}),
    ...(live.kubernetesExtensions !== undefined ? { kubernetesExtensions: sortRecord(live.kubernetesExtensions) } : {}),
    ...(live.azureMlExtensions !== undefined ? { azureMlExtensions: sortRecord(live.azureMlExtensions) } : {}),
    ...(live.workspaceComputes !== undefined && !isUnreadable(live.workspaceComputes)
      ? { workspaceComputes: [...live.workspaceComputes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) }
      : {}),
  };
}
