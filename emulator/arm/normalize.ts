// Seeded resources come from hand-written state files in GET shape and may lack what the resource providers
// always set. Before each request, fill the gaps so seeded and API-created resources behave the same.
import type { JsonObject, World } from '../types.js';
import { asObject, asString } from './errors.js';
import { props } from './context.js';
import { T } from './catalog.js';
import { normalizeNetwork } from './providers/network.js';
import { commitCluster, stampEtags } from './providers/containerService.js';

const done = new WeakSet<JsonObject>();
const WITH_STATE = new Set([T.resourceGroup, T.cluster, T.workspace, T.compute].map((t) => t.toLowerCase()));
const AKS_INNER = ['agentVmSize', 'agentCount', 'clusterPurpose', 'clusterFqdn', 'systemServices'];

export function normalizeWorld(world: World): void {
  normalizeNetwork(world);
  for (const r of [...world.resources.values()]) {
    if (done.has(r)) continue;
    done.add(r);
    const type = asString(r.type)?.toLowerCase();
    if (type === undefined || !WITH_STATE.has(type)) continue;
    const p = props(r);
    const state = asString(p.provisioningState);
    if (state === undefined) p.provisioningState = 'Succeeded';
    if (type === T.cluster.toLowerCase() && (state === undefined || state === 'Succeeded')) {
      // A seeded cluster's identity exists in the directory and its nodes use their subnets.
      const pid = asString(asObject(r.identity)?.principalId);
      const known = pid === undefined || world.principals.some((x) => x.objectId.toLowerCase() === pid.toLowerCase());
      if (!known)
        world.principals.push({
          objectId: pid ?? '',
          type: 'ServicePrincipal',
          createdAt: 0,
          displayName: asString(r.name),
        });
      commitCluster(world, r, 0);
      if (r.eTag === undefined) stampEtags(r);
    }
    if (type === T.compute.toLowerCase()) {
      for (const key of ['provisioningErrors', 'description', 'resourceId']) if (p[key] === undefined) p[key] = null;
      if (r.tags === undefined) r.tags = null;
      const inner = asObject(p.properties);
      if (inner !== undefined) for (const key of AKS_INNER) if (inner[key] === undefined) inner[key] = null;
    }
  }
}
