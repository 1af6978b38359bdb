// The docker bridge range of each cluster amlnet creates.
import { overlaps } from '../../net/cidr.js';
import { analysisOf, clusterPath, createdClusters, describeValue, overlappedSubnets } from '../analysis.js';
import { offlineRule } from '../define.js';
import type { RawFinding } from '../types.js';
import { cite, DOC } from './sources.js';

export const dockerBridgeOverlap = offlineRule({
  id: 'AKS-DOCKER-BRIDGE-OVERLAP',
  severity: 'error',
  title: 'The docker bridge CIDR overlaps no subnet, the service CIDR or the VNet address space',
  source: cite(
    DOC.amlInferencingVnet,
    'Docker bridge address … must not be in any subnet IP ranges, or the Kubernetes service address range',
  ),
  check({ spec }) {
    const a = analysisOf(spec);
    const out: RawFinding[] = [];
    for (const c of createdClusters(a)) {
      const bridge = c.dockerBridgeCidr;
      if (!bridge) continue;
      const path = clusterPath(c, 'dockerBridgeCidr');
      const label = `${describeValue(c, 'dockerBridgeCidr', bridge.text)} of cluster ${c.resolved.name}`;
      const subnet = overlappedSubnets(a, bridge);
      const space = subnet ? undefined : a.addressSpaceIndex.findOverlap(bridge);
      if (subnet)
        out.push({
          path,
          message: `${label} overlaps ${subnet}`,
          hint: 'Use a range outside the VNet, such as the default 172.17.0.1/16 when it is free.',
        });
      else if (space?.value.cidr)
        out.push({
          path,
          message: `${label} is inside the VNet address space ${space.value.cidr.text}`,
          hint: 'Use a range outside the VNet address space, such as the default 172.17.0.1/16 when it is free.',
        });
      if (c.serviceCidr && overlaps(bridge, c.serviceCidr))
        out.push({
          path,
          message: `${label} overlaps ${describeValue(c, 'serviceCidr', c.serviceCidr.text)}`,
          hint: 'Give the docker bridge and the service range disjoint ranges.',
        });
    }
    return out;
  },
});

export const dockerBridgeRules = [dockerBridgeOverlap];
