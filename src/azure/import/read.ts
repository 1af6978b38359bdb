// Reads an ImportSource from Azure: GETs and lists only (the Reader role is enough; nothing is ever written).
// A missing workspace, VNet or named NSG stops the import with an ImportReadError naming it; a compute whose
// cluster, extension or role assignments cannot be read is still imported when the subnet of its nodes is known
// (v1: the compute says it), with the problem reported, and skipped with the reason otherwise.
import type { AzureClients } from '../clients.js';
import { normaliseCompute, normaliseNsg, normaliseVnet, normaliseWorkspace } from '../live/normalise.js';
import { parseResourceId, sameId } from '../../live/ids.js';
import type { LiveCompute, LiveVnet } from '../../live/types.js';
import { toAzureError, formatAzureError } from '../errors.js';
import { LoginError } from '../credential.js';
import { adopterFor } from './computes.js';
import type { ImportSource, ImportedCluster, SkippedCompute, UnexpressibleRule } from '../../import/source.js';

export interface ResourceRef {
  resourceGroup: string;
  name: string;
}

export interface ImportTarget {
  workspace: ResourceRef;
  network: ResourceRef;
  /** The NSG to import; absent: the one the VNet's subnets use. resourceGroup defaults to the network's. */
  securityGroup?: { resourceGroup?: string; name: string };
}

/** The import cannot go on (a resource it starts from is missing or unreadable). */
export class ImportReadError extends Error {
  override name = 'ImportReadError';
}

async function must<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof LoginError) throw err;
    const info = toAzureError(err);
    if (info.status === 404) throw new ImportReadError(`${what} does not exist (Azure answered 404 ${info.code})`);
    throw new ImportReadError(`${what} could not be read: ${formatAzureError(info)}`);
  }
}

/** The NSG id the VNet's subnets use most, preferring those of `preferred` subnets (the clusters'). */
function usedNsgId(vnet: LiveVnet, preferredSubnetIds: readonly string[]): string | null {
  const count = (subnets: LiveVnet['subnets']): Map<string, { id: string; n: number }> => {
    const m = new Map<string, { id: string; n: number }>();
    for (const s of subnets) {
      if (s.networkSecurityGroupId === null) continue;
      const k = s.networkSecurityGroupId.toLowerCase();
      m.set(k, { id: s.networkSecurityGroupId, n: (m.get(k)?.n ?? 0) + 1 });
    }
    return m;
  };
  const preferred = count(vnet.subnets.filter((s) => preferredSubnetIds.some((p) => sameId(p, s.id))));
  const all = preferred.size > 0 ? preferred : count(vnet.subnets);
  const best = [...all.values()].sort((a, b) => b.n - a.n || a.id.localeCompare(b.id))[0];
  return best?.id ?? null;
}

/** Rules the spec cannot express: address or port lists Azure gives through application security groups. */
function unexpressibleRules(rawNsg: unknown): UnexpressibleRule[] {
  const rules = (rawNsg as { securityRules?: unknown }).securityRules;
  if (!Array.isArray(rules)) return [];
  const out: UnexpressibleRule[] = [];
  for (const r of rules as Record<string, unknown>[]) {
    const asgs = ['sourceApplicationSecurityGroups', 'destinationApplicationSecurityGroups'].filter(
      (k) => Array.isArray(r[k]) && (r[k] as unknown[]).length > 0,
    );
    if (asgs.length > 0 && typeof r.name === 'string') {
      out.push({ name: r.name, reason: `it uses ${asgs.join(' and ')}, which the spec has no field for` });
    }
  }
  return out;
}

export async function readImportSource(target: ImportTarget, clients: AzureClients): Promise<ImportSource> {
  const { workspace: ws, network: net } = target;
  const [wsRaw, vnetRaw, computes] = await Promise.all([
    must(`workspace ${ws.resourceGroup}/${ws.name}`, async () =>
      (await clients.machineLearning()).workspaces.get(ws.resourceGroup, ws.name),
    ),
    must(`virtual network ${net.resourceGroup}/${net.name}`, async () =>
      (await clients.network()).virtualNetworks.get(net.resourceGroup, net.name),
    ),
    must(`the computes of workspace ${ws.resourceGroup}/${ws.name}`, async () => {
      const ml = await clients.machineLearning();
      const out: LiveCompute[] = [];
      for await (const c of ml.computeOperations.list(ws.resourceGroup, ws.name)) out.push(normaliseCompute(c));
      return out.sort((a, b) => a.name.localeCompare(b.name));
    }),
  ]);
  const vnet = normaliseVnet(vnetRaw, net.resourceGroup);
  const workspace = { ...normaliseWorkspace(wsRaw), resourceGroup: ws.resourceGroup };

  const clusters: ImportedCluster[] = [];
  const skippedComputes: SkippedCompute[] = [];
  const adopted = await Promise.all(
    computes.map(async (c) => {
      const adopter = adopterFor(c.computeType);
      if (adopter !== undefined) return adopter.adopt(c, { clients, vnet });
      return undefined; // compute instances, AML compute clusters...: not inferencing clusters in a VNet
    }),
  );
  for (const a of adopted) {
    if (a === undefined) continue;
    if ('imported' in a) clusters.push(a.imported);
    else skippedComputes.push(a.skipped);
  }

  let nsg: ImportSource['nsg'] = null;
  const sg = target.securityGroup;
  const nsgRef =
    sg !== undefined
      ? { resourceGroup: sg.resourceGroup ?? net.resourceGroup, name: sg.name }
      : (() => {
          const id = usedNsgId(
            vnet,
            clusters.map((c) => c.subnet.id),
          );
          const p = id === null ? undefined : parseResourceId(id);
          return p === undefined ? undefined : { resourceGroup: p.resourceGroup, name: p.name };
        })();
  if (nsgRef !== undefined) {
    const raw = await must(`network security group ${nsgRef.resourceGroup}/${nsgRef.name}`, async () =>
      (await clients.network()).networkSecurityGroups.get(nsgRef.resourceGroup, nsgRef.name),
    );
    nsg = { ...normaliseNsg(raw), resourceGroup: nsgRef.resourceGroup, unexpressible: unexpressibleRules(raw) };
  }
  return { subscriptionId: clients.subscriptionId, workspace, vnet, nsg, clusters, skippedComputes };
}
