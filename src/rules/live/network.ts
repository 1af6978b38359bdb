// Live rules about the virtual network and its subnets.
import { parseCidr, overlaps } from '../../net/cidr.js';
import { regionKey } from '../azure-regions.js';
import { resolveClusters, resolveNetwork } from '../../spec/defaults.js';
import { readable } from '../../live/types.js';
import { sameId } from '../../live/ids.js';
import { cite, DOC } from '../offline/sources.js';
import type { RawFinding } from '../types.js';
import { liveRule } from './define.js';

const lower = (s: string): string => s.toLowerCase();
const ACI_DELEGATION = 'Microsoft.ContainerInstance/containerGroups';

export const vnetExists = liveRule({
  id: 'LIVE-VNET-EXISTS',
  severity: 'error',
  title: 'The virtual network exists (a prerequisite; amlnet never creates it)',
  source: cite(DOC.amlInferencingVnet, 'An existing virtual network and subnet to use with your compute resources.'),
  check({ spec, live }) {
    const n = spec.network;
    if (live.vnet === null) {
      return [
        {
          path: 'network.name',
          message: `virtual network ${n.name} does not exist in resource group ${n.resourceGroup} of subscription ${live.subscriptionId}`,
          hint: 'Create the VNet first (amlnet never creates or deletes VNets), or fix network.name / network.resourceGroup.',
        },
      ];
    }
    // Unreadable is not absent: LIVE-READ-FAILED reports it.
    return [];
  },
});

export const vnetRegion = liveRule({
  id: 'LIVE-VNET-REGION',
  severity: 'error',
  title: 'The VNet is in the region of the clusters',
  source: cite(DOC.amlInferencingVnet2020, 'The AKS instance and the virtual network must be in the same region'),
  check({ spec, live }) {
    const vnet = readable(live.vnet);
    if (vnet === undefined || vnet.location === '') return [];
    const out: RawFinding[] = [];
    if (spec.network.location && regionKey(spec.network.location) !== regionKey(vnet.location)) {
      out.push({
        path: 'network.location',
        message: `network.location is ${spec.network.location} but VNet ${vnet.name} is in ${vnet.location}`,
        hint: `Set network.location to ${vnet.location}.`,
      });
    }
    for (const c of resolveClusters(spec)) {
      if (regionKey(c.location) !== regionKey(vnet.location)) {
        out.push({
          path: c.defaulted.has('location') ? `aksClusters[${c.index}]` : `aksClusters[${c.index}].location`,
          message: `cluster ${c.name} would be in ${c.location} but VNet ${vnet.name} is in ${vnet.location}`,
          hint: `Set aksClusters[${c.index}].location to ${vnet.location}.`,
        });
      }
    }
    return out;
  },
});

export const subnetPrefixMatches = liveRule({
  id: 'LIVE-SUBNET-PREFIX',
  severity: 'error',
  title: 'Declared subnet prefixes match Azure (a mismatch is never changed by amlnet)',
  source: cite(DOC.networkVnetSwagger, 'Subnet PUT replaces the whole subnet; amlnet never resizes subnets'),
  check({ spec, live }) {
    const vnet = readable(live.vnet);
    if (vnet === undefined) return [];
    const out: RawFinding[] = [];
    spec.network.subnets.forEach((s, i) => {
      const l = vnet.subnets.find((x) => lower(x.name) === lower(s.name));
      if (l === undefined) {
        // A new subnet must fit the VNet and not overlap the subnets already there.
        const mine = parseCidr(s.addressPrefix);
        if (!mine.ok) return;
        for (const other of vnet.subnets) {
          for (const p of other.addressPrefixes) {
            const theirs = parseCidr(p);
            if (theirs.ok && overlaps(mine.value, theirs.value)) {
              out.push({
                path: `network.subnets[${i}].addressPrefix`,
                message: `new subnet ${s.name} (${s.addressPrefix}) overlaps existing subnet ${other.name} (${p}) of ${vnet.name}`,
                hint: 'Pick a free range of the VNet.',
              });
            }
          }
        }
        const inSpace = vnet.addressSpace.some((a) => {
          const space = parseCidr(a);
          return space.ok && space.value.start <= mine.value.start && mine.value.end <= space.value.end;
        });
        if (vnet.addressSpace.length > 0 && !inSpace) {
          out.push({
            path: `network.subnets[${i}].addressPrefix`,
            message: `new subnet ${s.name} (${s.addressPrefix}) is outside the address space of ${vnet.name} (${vnet.addressSpace.join(', ')})`,
          });
        }
        return;
      }
      if (l.addressPrefixes.length > 0 && !l.addressPrefixes.some((p) => p === s.addressPrefix)) {
        out.push({
          path: `network.subnets[${i}].addressPrefix`,
          message: `subnet ${s.name} is ${l.addressPrefixes.join(', ')} in Azure, not ${s.addressPrefix}`,
          hint: `Set addressPrefix to ${l.addressPrefixes[0]}: amlnet never resizes a subnet.`,
        });
      }
    });
    const declared = spec.network.addressSpace ?? [];
    if (declared.length > 0 && vnet.addressSpace.length > 0) {
      const a = [...declared].sort().join(',');
      const b = [...vnet.addressSpace].sort().join(',');
      if (a !== b) {
        out.push({
          path: 'network.addressSpace',
          message: `network.addressSpace is ${declared.join(', ')} but ${vnet.name} has ${vnet.addressSpace.join(', ')}`,
          hint: `Set network.addressSpace to [${vnet.addressSpace.join(', ')}] (amlnet never changes a VNet).`,
        });
      }
    }
    return out;
  },
});

export const aksSubnetNotDelegated = liveRule({
  id: 'LIVE-AKS-SUBNET-DELEGATED',
  severity: 'error',
  title: 'The AKS subnet is not delegated in Azure',
  source: cite(DOC.aksCniOverview, 'AKS subnet cannot be delegated'),
  check({ spec, live }) {
    const vnet = readable(live.vnet);
    if (vnet === undefined) return [];
    const out: RawFinding[] = [];
    for (const c of resolveClusters(spec)) {
      const l = vnet.subnets.find((x) => lower(x.name) === lower(c.subnet));
      if (l !== undefined && l.delegations.length > 0) {
        out.push({
          path: `aksClusters[${c.index}].subnet`,
          message: `subnet ${c.subnet} of cluster ${c.name} is delegated to ${l.delegations.join(', ')} in Azure; an AKS subnet cannot be delegated`,
          hint: 'Use another subnet for the cluster.',
        });
      }
    }
    return out;
  },
});

export const aciSubnetFree = liveRule({
  id: 'LIVE-ACI-SUBNET-IN-USE',
  severity: 'error',
  title: 'An ACI subnet to be delegated holds nothing else',
  source: cite(
    DOC.aciVnetConcepts,
    'SubnetDelegationsCannotChangeWhenSubnetUsedByResource; the subnet can be used only for container groups',
  ),
  check({ spec, live }) {
    const aci = spec.aci;
    const vnet = readable(live.vnet);
    if (!aci || vnet === undefined) return [];
    const l = vnet.subnets.find((x) => lower(x.name) === lower(aci.subnet));
    if (l === undefined) return [];
    const out: RawFinding[] = [];
    const already = l.delegations.some((d) => lower(d) === lower(ACI_DELEGATION));
    const other = l.delegations.filter((d) => lower(d) !== lower(ACI_DELEGATION));
    if (other.length > 0) {
      out.push({
        path: 'aci.subnet',
        message: `ACI subnet ${aci.subnet} is delegated to ${other.join(', ')} in Azure`,
      });
    }
    if (!already) {
      const users = [...l.ipConfigurationIds, ...l.privateEndpointIds];
      if (users.length > 0) {
        out.push({
          path: 'aci.subnet',
          message: `ACI subnet ${aci.subnet} cannot be delegated: it is used by ${users.length} resource(s), e.g. ${users[0]}`,
          hint: 'Use an empty subnet for ACI; Azure refuses to change the delegation of a used subnet.',
        });
      }
    }
    for (const c of resolveClusters(spec)) {
      if (lower(c.subnet) === lower(aci.subnet)) {
        out.push({
          path: `aksClusters[${c.index}].subnet`,
          message: `cluster ${c.name} uses the ACI subnet ${aci.subnet}`,
        });
      }
    }
    for (const [id, mc] of Object.entries(live.managedClusters)) {
      const m = readable(mc);
      if (m !== undefined && m.subnetIds.some((s) => sameId(s, l.id))) {
        out.push({ path: 'aci.subnet', message: `ACI subnet ${aci.subnet} is used by cluster ${m.name || id}` });
      }
    }
    return out;
  },
});

export const aciVnetResourceGroup = liveRule({
  id: 'LIVE-ACI-VNET-RESOURCE-GROUP',
  severity: 'error',
  title: "ACI's VNet is in the workspace's resource group",
  source: cite(
    DOC.amlInferencingVnet,
    'the virtual network must be in the same resource group as your Azure Machine Learning workspace',
  ),
  check({ spec, live }) {
    if (!spec.aci) return [];
    const vnet = readable(live.vnet);
    const rg = vnet?.resourceGroup ?? resolveNetwork(spec).resourceGroup;
    if (lower(rg) === lower(spec.workspace.resourceGroup)) return [];
    return [
      {
        path: 'network.resourceGroup',
        message: `ACI in a VNet needs the VNet in the workspace's resource group ${spec.workspace.resourceGroup}; ${spec.network.name} is in ${rg}`,
        hint: 'Use a VNet in the workspace resource group for ACI, or drop the aci section.',
      },
    ];
  },
});

export const nsgRegion = liveRule({
  id: 'LIVE-NSG-REGION',
  severity: 'error',
  title: 'The NSG is in the region of the VNet whose subnets it controls',
  source: cite(DOC.nsgOverview, 'a network security group can be associated only with subnets of its own region'),
  check({ live }) {
    const vnet = readable(live.vnet);
    const nsg = readable(live.nsg ?? null);
    if (vnet === undefined || nsg === undefined || nsg.location === '' || vnet.location === '') return [];
    if (regionKey(nsg.location) === regionKey(vnet.location)) return [];
    return [
      {
        path: 'network.securityGroup.name',
        message: `network security group ${nsg.name} is in ${nsg.location} but VNet ${vnet.name} is in ${vnet.location}: Azure refuses to associate it with the subnets`,
        hint: `Use an NSG in ${vnet.location} (amlnet creates one there when the named NSG does not exist).`,
      },
    ];
  },
});
