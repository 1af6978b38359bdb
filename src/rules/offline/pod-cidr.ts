// The pod range (kubenet and Azure CNI Overlay), the plugin mode, and AKS's reserved ranges in the VNet.
import { overlaps } from '../../net/cidr.js';
import { reservedRangeOverlapping } from '../../net/reserved.js';
import { podsUseSubnet } from '../../spec/defaults.js';
import { analysisOf, clusterPath, createdClusters, describeValue, overlappedSubnets } from '../analysis.js';
import { offlineRule } from '../define.js';
import type { RawFinding } from '../types.js';
import { cite, DOC } from './sources.js';

export const podCidrNeedsPlugin = offlineRule({
  id: 'AKS-POD-CIDR-PLUGIN',
  severity: 'error',
  title: 'podCidr is only given with kubenet, or with azure and networkPluginMode overlay',
  source: cite(
    DOC.azureCliAksDecorator,
    'CLI: "Please specify network plugin mode `overlay` when using pod_cidr or use network plugin `kubenet`"',
  ),
  check({ spec }) {
    const out: RawFinding[] = [];
    for (const c of createdClusters(analysisOf(spec))) {
      if (c.resolved.podCidr === null || !podsUseSubnet(c.resolved)) continue;
      out.push({
        path: clusterPath(c, 'podCidr'),
        message: `podCidr ${c.resolved.podCidr} of cluster ${c.resolved.name} needs networkPlugin kubenet, or azure with networkPluginMode overlay (networkPlugin is ${c.resolved.networkPlugin})`,
        hint: 'Remove podCidr (Azure CNI gives pods subnet addresses), or set networkPluginMode: overlay.',
      });
    }
    return out;
  },
});

export const overlayNeedsAzure = offlineRule({
  id: 'AKS-PLUGIN-MODE-OVERLAY',
  severity: 'error',
  title: 'networkPluginMode overlay is only used with networkPlugin azure',
  source: cite(
    DOC.aksCniOverlay,
    'networkPluginMode overlay is a mode of the Azure CNI plugin (--network-plugin azure --network-plugin-mode overlay)',
  ),
  check({ spec }) {
    const out: RawFinding[] = [];
    for (const c of createdClusters(analysisOf(spec))) {
      if (c.resolved.networkPluginMode !== 'overlay' || c.resolved.networkPlugin === 'azure') continue;
      out.push({
        path: clusterPath(c, 'networkPluginMode'),
        message: `networkPluginMode overlay of cluster ${c.resolved.name} needs networkPlugin azure, not ${c.resolved.networkPlugin}`,
        hint: 'Set networkPlugin: azure, or remove networkPluginMode.',
      });
    }
    return out;
  },
});

export const podCidrReserved = offlineRule({
  id: 'AKS-POD-CIDR-RESERVED',
  severity: 'error',
  title: 'The pod CIDR avoids the ranges AKS reserves',
  source: cite(DOC.aksKubenet, '"AKS rejects pod CIDRs that overlap a reserved range … 172.16.0.0/12 isn\'t valid"'),
  check({ spec }) {
    const out: RawFinding[] = [];
    for (const c of createdClusters(analysisOf(spec))) {
      const reserved = c.podCidr && reservedRangeOverlapping(c.podCidr);
      if (!c.podCidr || !reserved) continue;
      out.push({
        path: clusterPath(c, 'podCidr'),
        message: `podCidr ${c.podCidr.text} of cluster ${c.resolved.name} overlaps the AKS-reserved range ${reserved.text}`,
        hint: 'Pick a pod range outside 169.254.0.0/16, 172.30.0.0/16, 172.31.0.0/16 and 192.0.2.0/24 (the default is 10.244.0.0/16).',
      });
    }
    return out;
  },
});

export const vnetReservedRange = offlineRule({
  id: 'AKS-VNET-RESERVED-RANGE',
  severity: 'error',
  title: 'The VNet of an AKS cluster avoids the ranges AKS reserves',
  source: cite(DOC.aksKubenet, 'reserved ranges may not be used for the cluster VNet range'),
  check({ spec }) {
    const a = analysisOf(spec);
    if (createdClusters(a).length === 0) return [];
    // The address space when given; otherwise the subnets are the only part of the VNet the spec shows.
    const ranges =
      a.addressSpace.length > 0
        ? a.addressSpace.map((s) => ({ cidr: s.cidr, path: s.path, label: 'VNet address space' }))
        : a.subnets.map((s) => ({ cidr: s.cidr, path: s.path, label: `subnet ${s.spec.name}` }));
    const out: RawFinding[] = [];
    for (const r of ranges) {
      const reserved = r.cidr && reservedRangeOverlapping(r.cidr);
      if (!r.cidr || !reserved) continue;
      out.push({
        path: r.path,
        message: `${r.label} ${r.cidr.text} overlaps the AKS-reserved range ${reserved.text}`,
        hint: 'AKS clusters cannot use a VNet that includes 169.254.0.0/16, 172.30.0.0/16, 172.31.0.0/16 or 192.0.2.0/24.',
      });
    }
    return out;
  },
});

export const podCidrOverlap = offlineRule({
  id: 'AKS-POD-CIDR-OVERLAP',
  severity: 'error',
  title: 'The pod CIDR overlaps no subnet, the service CIDR or the VNet address space',
  source: cite(DOC.aksKubenet, 'kubenet: nodes take VNet IPs, pods use the pod CIDR'),
  check({ spec }) {
    const a = analysisOf(spec);
    const out: RawFinding[] = [];
    for (const c of createdClusters(a)) {
      const pod = c.podCidr;
      if (!pod) continue;
      const path = clusterPath(c, 'podCidr');
      const label = `${describeValue(c, 'podCidr', pod.text)} of cluster ${c.resolved.name}`;
      const subnet = overlappedSubnets(a, pod);
      const space = subnet ? undefined : a.addressSpaceIndex.findOverlap(pod);
      if (subnet)
        out.push({
          path,
          message: `${label} overlaps ${subnet}`,
          hint: 'Use a pod range outside the VNet (the default is 10.244.0.0/16).',
        });
      else if (space?.value.cidr)
        out.push({
          path,
          message: `${label} is inside the VNet address space ${space.value.cidr.text}`,
          hint: 'Use a pod range outside the VNet address space.',
        });
      if (c.serviceCidr && overlaps(pod, c.serviceCidr))
        out.push({
          path,
          message: `${label} overlaps ${describeValue(c, 'serviceCidr', c.serviceCidr.text)}`,
          hint: 'Give pods and services disjoint ranges.',
        });
    }
    return out;
  },
});

export const podCidrRules = [podCidrNeedsPlugin, overlayNeedsAzure, podCidrReserved, vnetReservedRange, podCidrOverlap];
