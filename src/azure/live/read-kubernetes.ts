// Azure ML v2 (kubernetesClusters) live reads, started by read.ts with its gate and memoised helpers. For each
// cluster: the managed cluster (identity, local accounts, network profile, agent count) -> its identity's Network
// Contributor assignments at the intended scope, and the AzureML extension (raw GET at 2023-05-01 on
// {cluster}/providers/Microsoft.KubernetesConfiguration/extensions/{name}); the Kubernetes compute; once per plan
// the registration of Microsoft.KubernetesConfiguration and the workspace's computes (to find a v1 AKS compute
// still holding the cluster). A 404 is absent (null), any other failure Unreadable, as for every other read.
import type { Spec } from '../../spec/types.js';
import { resolveKubernetesClusters, resolveNetwork } from '../../spec/defaults.js';
import type { AzureClients } from '../clients.js';
import type { LiveCompute, LiveManagedCluster, LiveState, Unreadable } from '../../live/types.js';
import { isUnreadable } from '../../live/types.js';
import { kubernetesClusterId, kubernetesExtensionId, providerId, workspaceId } from '../../live/ids.js';
import { networkContributorScopeId } from '../../plan/roles.js';
import {
  azureMlOnly,
  extensionsOf,
  normaliseCompute,
  normaliseKubernetesExtension,
  normaliseProviderRegistration,
} from './normalise.js';

/** The extensions API version amlnet reads and writes (the stable version @azure/arm-kubernetesconfiguration 6.x uses). */
export const EXTENSION_API_VERSION = '2023-05-01';
/** Microsoft.Resources providers API version (GET /subscriptions/{s}/providers/{namespace}). */
export const PROVIDERS_API_VERSION = '2021-04-01';
export const KUBERNETES_CONFIGURATION = 'Microsoft.KubernetesConfiguration';

export interface KubernetesReadDeps {
  clients: AzureClients;
  live: LiveState;
  /** One gated, memoised request: 404 -> null, other failures -> Unreadable (read.ts). */
  read<T>(key: string, fn: () => Promise<T>): Promise<T | null | Unreadable>;
  readManagedCluster(id: string): Promise<LiveManagedCluster | null | Unreadable>;
  readRoleAssignments(principalId: string, scope: string): Promise<void>;
}

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

/** Starts the v2 reads; the returned promises settle when every read (and its follow-ups) is in `live`. */
export function readKubernetes(spec: Spec, deps: KubernetesReadDeps): Promise<unknown>[] {
  const clusters = resolveKubernetesClusters(spec);
  if (clusters.length === 0) return [];
  const { clients, live, read } = deps;
  const sub = clients.subscriptionId;
  const net = resolveNetwork(spec);
  const ws = spec.workspace;
  const wsId = workspaceId(sub, ws.resourceGroup, ws.name);
  live.kubernetesExtensions = {};
  live.azureMlExtensions = {};
  live.providers = {};
  const tasks: Promise<unknown>[] = [];

  tasks.push(
    read(`GET provider ${KUBERNETES_CONFIGURATION.toLowerCase()}`, async () =>
      normaliseProviderRegistration(
        await clients.getResource(providerId(sub, KUBERNETES_CONFIGURATION), PROVIDERS_API_VERSION),
      ),
    ).then((v) => {
      live.providers![KUBERNETES_CONFIGURATION.toLowerCase()] = v ?? 'Unknown';
    }),
    read(`LIST ${wsId.toLowerCase()}/computes`, async () => {
      const m = await clients.machineLearning();
      return (await collect(m.computeOperations.list(ws.resourceGroup, ws.name))).map(normaliseCompute);
    }).then((v) => {
      live.workspaceComputes = v ?? [];
    }),
  );

  for (const c of clusters) {
    const clusterId = kubernetesClusterId(sub, c);
    const scope = networkContributorScopeId(sub, net, c);
    const extId = kubernetesExtensionId(clusterId, c.extensionName);
    tasks.push(
      deps.readManagedCluster(clusterId).then(async (mc) => {
        if (mc === null || isUnreadable(mc)) {
          // No cluster (yet), or unreadable: its extension cannot be read either.
          live.kubernetesExtensions![extId.toLowerCase()] = mc;
          return;
        }
        await Promise.all([
          mc.principalId !== null ? deps.readRoleAssignments(mc.principalId, scope) : Promise.resolve(),
          // One list of the cluster's extensions gives both the one the spec names and every AzureML extension
          // already there, whatever its name (a second one must never be installed).
          read(`LIST ${clusterId.toLowerCase()}/extensions`, async () =>
            extensionsOf(
              await clients.getResource(
                `${clusterId}/providers/${KUBERNETES_CONFIGURATION}/extensions`,
                EXTENSION_API_VERSION,
              ),
            ),
          ).then(async (page) => {
            const listed = page === null ? { all: [], morePages: false } : page;
            live.azureMlExtensions![clusterId.toLowerCase()] = isUnreadable(listed) ? listed : azureMlOnly(listed.all);
            const named = isUnreadable(listed)
              ? undefined
              : listed.all.find((e) => e.name.toLowerCase() === c.extensionName.toLowerCase());
            if (named !== undefined || (!isUnreadable(listed) && !listed.morePages)) {
              live.kubernetesExtensions![extId.toLowerCase()] = named ?? null;
              return;
            }
            // The list could not be read, or the extension may be on a later page: read it by its name.
            live.kubernetesExtensions![extId.toLowerCase()] = await read(`GET ${extId.toLowerCase()}`, async () =>
              normaliseKubernetesExtension(await clients.getResource(extId, EXTENSION_API_VERSION)),
            );
          }),
        ]);
      }),
      read(`GET ${wsId.toLowerCase()}/computes/${c.name.toLowerCase()}`, async (): Promise<LiveCompute> => {
        const m = await clients.machineLearning();
        return normaliseCompute(await m.computeOperations.get(ws.resourceGroup, ws.name, c.name));
      }).then((v) => {
        live.computes[c.name] = v;
      }),
    );
  }
  return tasks;
}
