// Azure Container Instances in the VNet: a declared subnet delegated to ACI alone, in the workspace's resource group.
import { analysisOf, clusterPath } from '../analysis.js';
import { offlineRule } from '../define.js';
import type { RawFinding } from '../types.js';
import { cite, DOC } from './sources.js';

export const ACI_DELEGATION = 'Microsoft.ContainerInstance/containerGroups';

export const aciSubnetDelegation = offlineRule({
  id: 'ACI-SUBNET-DELEGATION',
  severity: 'error',
  title: 'The ACI subnet is declared and delegated to Microsoft.ContainerInstance/containerGroups',
  source: cite(
    DOC.amlInferencingVnet,
    'When enabling delegation, use Microsoft.ContainerInstance/containerGroups as the Delegate subnet to service value',
  ),
  check({ spec }) {
    if (!spec.aci) return [];
    const a = analysisOf(spec);
    const s = a.subnetsByName.get(spec.aci.subnet.toLowerCase());
    if (!s)
      return [
        {
          path: 'aci.subnet',
          message: `ACI subnet ${spec.aci.subnet} is not declared in network.subnets`,
          hint: `Declare it under network.subnets with delegation: ${ACI_DELEGATION}.`,
        },
      ];
    const delegation = s.spec.delegation;
    if (delegation === ACI_DELEGATION) return [];
    const path = `network.subnets[${s.index}].delegation`;
    if (delegation === null || delegation === undefined || delegation === '')
      return [
        {
          path,
          message: `ACI subnet ${s.spec.name} is not delegated; ACI needs delegation ${ACI_DELEGATION}`,
          hint: `Add delegation: ${ACI_DELEGATION} to subnet ${s.spec.name}.`,
        },
      ];
    return [
      {
        path,
        message: `ACI subnet ${s.spec.name} is delegated to ${delegation}; ACI needs exactly ${ACI_DELEGATION}`,
        hint: `Set delegation: ${ACI_DELEGATION} (a subnet has one delegation, and an ACI subnet holds nothing else).`,
      },
    ];
  },
});

export const aciSubnetNotUsedByAks = offlineRule({
  id: 'ACI-SUBNET-USED-BY-AKS',
  severity: 'error',
  title: 'No AKS cluster uses the ACI subnet (as its subnet or load balancer subnet)',
  source: cite(DOC.aciVnetConcepts, '"the subnet can be used only for container groups"'),
  check({ spec }) {
    if (!spec.aci) return [];
    const key = spec.aci.subnet.toLowerCase();
    const out: RawFinding[] = [];
    for (const c of analysisOf(spec).clusters) {
      const uses: string[] = [];
      if (c.resolved.subnet.toLowerCase() === key) uses.push('subnet');
      if (c.resolved.kind === 'aksClusters' && c.resolved.loadBalancerSubnet?.toLowerCase() === key)
        uses.push('loadBalancerSubnet');
      for (const field of uses)
        out.push({
          path: clusterPath(c, field),
          message: `cluster ${c.resolved.name} uses the ACI subnet ${spec.aci.subnet} as its ${field}; a subnet delegated to ACI holds only container groups`,
          hint: 'Give the cluster a subnet of its own.',
        });
    }
    return out;
  },
});

export const aciVnetResourceGroup = offlineRule({
  id: 'ACI-VNET-RESOURCE-GROUP',
  severity: 'error',
  title: "With ACI, the VNet is in the workspace's resource group",
  source: cite(
    DOC.amlInferencingVnet,
    'When using Azure Container Instances in a virtual network, the virtual network must be in the same resource group as your Azure Machine Learning workspace',
  ),
  check({ spec }) {
    if (!spec.aci) return [];
    if (spec.network.resourceGroup.toLowerCase() === spec.workspace.resourceGroup.toLowerCase()) return [];
    return [
      {
        path: 'network.resourceGroup',
        message: `the VNet's resource group ${spec.network.resourceGroup} differs from the workspace's ${spec.workspace.resourceGroup}, which ACI in a VNet requires`,
        hint: `Use a VNet in resource group ${spec.workspace.resourceGroup}, or remove the aci section.`,
      },
    ];
  },
});

export const aciRules = [aciSubnetDelegation, aciSubnetNotUsedByAks, aciVnetResourceGroup];
