// The Kubernetes service range of each cluster amlnet creates.
import { reservedRangeOverlapping } from '../../net/reserved.js';
import {
  analysisOf,
  clusterPath,
  createdClusters,
  describeValue,
  overlappedSubnets,
  suggestFreeRange,
  type Analysis,
  type AnalyzedCluster,
} from '../analysis.js';
import { offlineRule } from '../define.js';
import type { RawFinding } from '../types.js';
import { cite, DOC } from './sources.js';

/** /12 is the largest range kube-apiserver accepts ("the mask must be >= 12"). */
export const MAX_SERVICE_CIDR_PREFIX = 12;

/** "such as serviceCidr 10.100.0.0/16 with dnsServiceIp 10.100.0.10", when a free range of the same size exists. */
function serviceSuggestion(a: Analysis, c: AnalyzedCluster, prefix: number): string {
  const avoid = [c.podCidr, c.dockerBridgeCidr].filter((x) => x !== null);
  const free = suggestFreeRange(a, prefix, avoid);
  if (!free) return '';
  const dns = free.replace(/\.0\/\d+$/, '.10');
  return ` such as serviceCidr ${free} with dnsServiceIp ${dns}`;
}

export const serviceCidrOverlapsSubnet = offlineRule({
  id: 'AKS-SERVICE-CIDR-OVERLAPS-SUBNET',
  severity: 'error',
  title: 'The service CIDR overlaps no subnet of the VNet',
  source: cite(
    DOC.amlSwagger,
    'AksNetworkingConfiguration.serviceCidr: "It must not overlap with any Subnet IP ranges" (AKS answers 400 ServiceCidrOverlapExistingSubnetsCidr)',
  ),
  check({ spec }) {
    const a = analysisOf(spec);
    const out: RawFinding[] = [];
    for (const c of createdClusters(a)) {
      if (!c.serviceCidr) continue;
      const hit = overlappedSubnets(a, c.serviceCidr);
      if (!hit) continue;
      out.push({
        path: clusterPath(c, 'serviceCidr'),
        message: `${describeValue(c, 'serviceCidr', c.serviceCidr.text)} of cluster ${c.resolved.name} overlaps ${hit}`,
        hint: `Choose a serviceCidr that no subnet of the VNet (or any connected network) uses, and a dnsServiceIp inside it${serviceSuggestion(a, c, c.serviceCidr.prefix)}.`,
      });
    }
    return out;
  },
});

export const serviceCidrInAddressSpace = offlineRule({
  id: 'AKS-SERVICE-CIDR-IN-ADDRESS-SPACE',
  severity: 'warning',
  title: 'The service CIDR lies outside the VNet address space',
  source: cite(
    DOC.aksIpPlanning,
    '"technically possible … isn\'t recommended": nothing on or connected to the VNet may use it',
  ),
  check({ spec }) {
    const a = analysisOf(spec);
    const out: RawFinding[] = [];
    for (const c of createdClusters(a)) {
      // When it already overlaps a subnet, AKS-SERVICE-CIDR-OVERLAPS-SUBNET says more; do not repeat it.
      if (!c.serviceCidr || a.subnetIndex.findOverlap(c.serviceCidr)) continue;
      const hit = a.addressSpaceIndex.findOverlap(c.serviceCidr);
      if (!hit || !hit.value.cidr) continue;
      out.push({
        path: clusterPath(c, 'serviceCidr'),
        message: `${describeValue(c, 'serviceCidr', c.serviceCidr.text)} of cluster ${c.resolved.name} is inside the VNet address space ${hit.value.cidr.text}`,
        hint: 'Use a range outside the VNet address space so that no future subnet or peered network can collide with it.',
      });
    }
    return out;
  },
});

export const serviceCidrTooLarge = offlineRule({
  id: 'AKS-SERVICE-CIDR-TOO-LARGE',
  severity: 'error',
  title: 'The service CIDR is no larger than /12',
  source: cite(DOC.kubeApiserverValidation, 'kube-apiserver: "for 32-bit addresses, the mask must be >= 12"'),
  check({ spec }) {
    const out: RawFinding[] = [];
    for (const c of createdClusters(analysisOf(spec))) {
      if (!c.serviceCidr || c.serviceCidr.prefix >= MAX_SERVICE_CIDR_PREFIX) continue;
      out.push({
        path: clusterPath(c, 'serviceCidr'),
        message: `serviceCidr ${c.serviceCidr.text} of cluster ${c.resolved.name} is larger than /${MAX_SERVICE_CIDR_PREFIX}`,
        hint: `Use a prefix of /${MAX_SERVICE_CIDR_PREFIX} or longer (a /16 is plenty for services).`,
      });
    }
    return out;
  },
});

export const serviceCidrReserved = offlineRule({
  id: 'AKS-SERVICE-CIDR-RESERVED',
  severity: 'error',
  title: 'The service CIDR avoids the ranges AKS reserves (169.254.0.0/16, 172.30.0.0/16, 172.31.0.0/16, 192.0.2.0/24)',
  source: cite(DOC.aksKubenet, 'reserved ranges may not be used for the service range'),
  check({ spec }) {
    const out: RawFinding[] = [];
    for (const c of createdClusters(analysisOf(spec))) {
      const reserved = c.serviceCidr && reservedRangeOverlapping(c.serviceCidr);
      if (!c.serviceCidr || !reserved) continue;
      out.push({
        path: clusterPath(c, 'serviceCidr'),
        message: `serviceCidr ${c.serviceCidr.text} of cluster ${c.resolved.name} overlaps the AKS-reserved range ${reserved.text}`,
        hint: 'Pick a service range outside 169.254.0.0/16, 172.30.0.0/16, 172.31.0.0/16 and 192.0.2.0/24.',
      });
    }
    return out;
  },
});

export const serviceCidrRules = [
  serviceCidrOverlapsSubnet,
  serviceCidrInAddressSpace,
  serviceCidrTooLarge,
  serviceCidrReserved,
];
