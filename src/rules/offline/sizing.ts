// Subnet sizing and maxPods limits for the clusters amlnet creates.
import { rangeSize } from '../../net/cidr.js';
import { podsUseSubnet, type ResolvedAnyCluster } from '../../spec/defaults.js';
import { analysisOf, clusterPath, createdClusters, type AnalyzedCluster, type AnalyzedSubnet } from '../analysis.js';
import { offlineRule } from '../define.js';
import type { RawFinding } from '../types.js';
import { cite, DOC } from './sources.js';

export const MIN_MAX_PODS = 10;
export const MAX_MAX_PODS = 250;
/** A node pool must hold at least this many pods when maxPods is below it (so maxPods 10 needs 3 nodes). */
export const MIN_POOL_PODS = 30;
/** Azure keeps the first four addresses and the last one of every subnet. */
export const AZURE_RESERVED_PER_SUBNET = 5;

/**
 * Subnet addresses a cluster takes. Azure CNI (non-overlay): every node, including the maxSurge upgrade nodes, and
 * maxPods pod addresses per node: (agentCount + maxSurge) * (maxPods + 1). kubenet and overlay: one per node.
 */
export function requiredSubnetAddresses(c: ResolvedAnyCluster): number {
  const nodes = c.agentCount + c.maxSurge;
  return podsUseSubnet(c) ? nodes * (c.maxPods + 1) : nodes;
}

function formula(c: ResolvedAnyCluster): string {
  const nodes = `(${c.agentCount}+${c.maxSurge} nodes)`;
  return podsUseSubnet(c) ? `${nodes} × (${c.maxPods} pods + 1)` : `${nodes}, pods outside the subnet`;
}

/** The longest prefix whose usable size holds `needed` addresses. */
export function prefixFor(needed: number): number {
  let prefix = 29;
  while (prefix > 0 && 2 ** (32 - prefix) - AZURE_RESERVED_PER_SUBNET < needed) prefix--;
  return prefix;
}

export const maxPodsRange = offlineRule({
  id: 'AKS-MAX-PODS-RANGE',
  severity: 'error',
  title: `maxPods is between ${MIN_MAX_PODS} and ${MAX_MAX_PODS}`,
  source: cite(DOC.aksIpPlanning, 'maxPods "min 10, max 250", strictly enforced by the AKS service'),
  check({ spec }) {
    const out: RawFinding[] = [];
    for (const c of createdClusters(analysisOf(spec))) {
      const m = c.resolved.maxPods;
      if (m >= MIN_MAX_PODS && m <= MAX_MAX_PODS) continue;
      out.push({
        path: clusterPath(c, 'maxPods'),
        message: `maxPods ${m} of cluster ${c.resolved.name} is outside ${MIN_MAX_PODS}..${MAX_MAX_PODS}`,
        hint: `Set maxPods between ${MIN_MAX_PODS} and ${MAX_MAX_PODS}.`,
      });
    }
    return out;
  },
});

export const maxPodsMinNodes = offlineRule({
  id: 'AKS-MAX-PODS-MIN-NODES',
  severity: 'error',
  title: `With maxPods below ${MIN_POOL_PODS}, the node pool still holds at least ${MIN_POOL_PODS} pods`,
  source: cite(DOC.aksIpPlanning, '"10 only if each node pool has room for ≥30 pods (≥3 nodes)"'),
  check({ spec }) {
    const out: RawFinding[] = [];
    for (const c of createdClusters(analysisOf(spec))) {
      const { maxPods, agentCount, name } = c.resolved;
      if (maxPods < MIN_MAX_PODS || maxPods >= MIN_POOL_PODS || maxPods * agentCount >= MIN_POOL_PODS) continue;
      const nodes = Math.ceil(MIN_POOL_PODS / maxPods);
      out.push({
        path: clusterPath(c, 'agentCount'),
        message: `cluster ${name} has maxPods ${maxPods} with agentCount ${agentCount}: ${maxPods * agentCount} pods, below the ${MIN_POOL_PODS} AKS requires`,
        hint: `Use agentCount ${nodes} or more, or maxPods ${Math.ceil(MIN_POOL_PODS / Math.max(agentCount, 1))} or more.`,
      });
    }
    return out;
  },
});

export const subnetTooSmallForClusters = offlineRule({
  id: 'AKS-SUBNET-TOO-SMALL',
  severity: 'error',
  title:
    'Each AKS subnet has room for its clusters: (agentCount+maxSurge)×(maxPods+1) with Azure CNI, nodes only otherwise',
  source: cite(
    DOC.aksIpPlanning,
    'Azure CNI minimum = (nodes + maxSurge) + (nodes + maxSurge) * maxPods; Azure reserves 5 IPs per subnet',
  ),
  check({ spec }) {
    const a = analysisOf(spec);
    // Clusters sharing a subnet add up.
    const bySubnet = new Map<AnalyzedSubnet, AnalyzedCluster[]>();
    for (const c of createdClusters(a)) {
      const s = a.subnetsByName.get(c.resolved.subnet.toLowerCase());
      if (!s?.cidr) continue;
      const list = bySubnet.get(s) ?? [];
      list.push(c);
      bySubnet.set(s, list);
    }
    const out: RawFinding[] = [];
    for (const [s, clusters] of bySubnet) {
      if (!s.cidr) continue;
      const usable = rangeSize(s.cidr) - AZURE_RESERVED_PER_SUBNET;
      const needed = clusters.reduce((sum, c) => sum + requiredSubnetAddresses(c.resolved), 0);
      if (needed <= usable) continue;
      const shown = clusters
        .slice(0, 5)
        .map((c) => `${c.resolved.name} ${formula(c.resolved)} = ${requiredSubnetAddresses(c.resolved)}`);
      if (clusters.length > 5) shown.push(`and ${clusters.length - 5} more clusters`);
      out.push({
        path: s.path,
        message:
          `subnet ${s.spec.name} ${s.cidr.text} has ${usable} usable addresses (${rangeSize(s.cidr)} minus ${AZURE_RESERVED_PER_SUBNET} Azure reserves) ` +
          `but its clusters need ${needed}: ${shown.join('; ')}`,
        hint: `Use a /${prefixFor(needed)} or larger subnet, or lower agentCount/maxSurge/maxPods, or move a cluster to another subnet.`,
      });
    }
    return out;
  },
});

export const kubenetSharedSubnet = offlineRule({
  id: 'AKS-KUBENET-SHARED-SUBNET',
  severity: 'warning',
  title: 'A kubenet cluster has its subnet to itself',
  source: cite(
    DOC.aksKubenet,
    "kubenet: one route table per cluster; don't create more than one AKS cluster in the same subnet",
  ),
  check({ spec }) {
    const a = analysisOf(spec);
    const firstBySubnet = new Map<string, AnalyzedCluster>();
    const out: RawFinding[] = [];
    for (const c of createdClusters(a)) {
      const key = c.resolved.subnet.toLowerCase();
      const first = firstBySubnet.get(key);
      if (!first) {
        firstBySubnet.set(key, c);
        continue;
      }
      if (c.resolved.networkPlugin !== 'kubenet' && first.resolved.networkPlugin !== 'kubenet') continue;
      out.push({
        path: clusterPath(c, 'subnet'),
        message: `cluster ${c.resolved.name} shares subnet ${c.resolved.subnet} with cluster ${first.resolved.name}, and kubenet needs a subnet (and route table) per cluster`,
        hint: 'Give each kubenet cluster its own subnet.',
      });
    }
    return out;
  },
});

export const sizingRules = [maxPodsRange, maxPodsMinNodes, subnetTooSmallForClusters, kubenetSharedSubnet];
