// The service range of a cluster amlnet is about to create, against the subnets Azure has in the VNet but the spec
// does not list (the offline rule AKS-SERVICE-CIDR-OVERLAPS-SUBNET sees only the spec's subnets). AKS checks every
// subnet of the cluster's VNet at create and answers 400 ServiceCidrOverlapExistingSubnetsCidr, after amlnet has
// already written the subnets and the NSG: this rule refuses the plan before the first write instead.
import { overlaps, parseCidr } from '../../net/cidr.js';
import { resolveClusters } from '../../spec/defaults.js';
import { managedClusterId } from '../../live/ids.js';
import { readable } from '../../live/types.js';
import { cite, DOC } from '../offline/sources.js';
import type { RawFinding } from '../types.js';
import { liveRule } from './define.js';

const lower = (s: string): string => s.toLowerCase();

export const serviceCidrOverlapsLiveSubnet = liveRule({
  id: 'LIVE-SERVICE-CIDR-OVERLAPS-SUBNET',
  severity: 'error',
  title: 'The service CIDR of a cluster to create overlaps no subnet Azure has in the VNet (listed in the spec or not)',
  source: cite(
    DOC.amlSwagger,
    'AksNetworkingConfiguration.serviceCidr: "It must not overlap with any Subnet IP ranges" (AKS answers 400 ServiceCidrOverlapExistingSubnetsCidr)',
  ),
  check({ spec, live }) {
    const vnet = readable(live.vnet);
    if (vnet === undefined) return [];
    const declared = new Set(spec.network.subnets.map((s) => lower(s.name)));
    const others = vnet.subnets.filter((s) => !declared.has(lower(s.name)));
    const out: RawFinding[] = [];
    for (const c of resolveClusters(spec)) {
      if (c.mode !== 'create' || c.serviceCidr === null) continue;
      // Only a cluster that does not exist yet is created (an existing compute is never re-created with a new range).
      const compute = Object.entries(live.computes).find(([name]) => lower(name) === lower(c.name));
      if (compute === undefined || compute[1] !== null) continue;
      // A private cluster an interrupted run already created is attached, not created again.
      const privateId = managedClusterId(live.subscriptionId, spec.workspace.resourceGroup, c.name).toLowerCase();
      if (c.privateCluster && live.managedClusters[privateId] !== null && live.managedClusters[privateId] !== undefined)
        continue;
      const range = parseCidr(c.serviceCidr);
      if (!range.ok) continue;
      for (const s of others) {
        const hit = s.addressPrefixes.find((p) => {
          const theirs = parseCidr(p);
          return theirs.ok && overlaps(range.value, theirs.value);
        });
        if (hit === undefined) continue;
        const value = c.defaulted.has('serviceCidr')
          ? `the default serviceCidr ${c.serviceCidr}`
          : `serviceCidr ${c.serviceCidr}`;
        out.push({
          path: c.defaulted.has('serviceCidr') ? `aksClusters[${c.index}]` : `aksClusters[${c.index}].serviceCidr`,
          message: `${value} of cluster ${c.name} overlaps subnet ${s.name} (${hit}) of VNet ${vnet.name} in Azure: AKS would refuse to create the cluster (ServiceCidrOverlapExistingSubnetsCidr) after the network writes`,
          hint: `Choose a serviceCidr (and a dnsServiceIp inside it) that no subnet of ${vnet.name} uses.`,
        });
      }
    }
    return out;
  },
});
