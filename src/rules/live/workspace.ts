// Live rules about the workspace and what hangs off it: its private endpoint, container registry, storage.
import { readable, isUnreadable, storageSecured, type LiveState } from '../../live/types.js';
import { sameId, vnetOfSubnet } from '../../live/ids.js';
import { resolveClusters } from '../../spec/defaults.js';
import { regionKey } from '../azure-regions.js';
import { cite, DOC } from '../offline/sources.js';
import type { RawFinding } from '../types.js';
import { liveRule } from './define.js';

function peSubnet(live: LiveState, pe: { id: string; subnetId: string | null }): string | null {
  return pe.subnetId ?? readable(live.privateEndpoints[pe.id.toLowerCase()])?.subnetId ?? null;
}

export const workspaceExists = liveRule({
  id: 'LIVE-WORKSPACE-EXISTS',
  severity: 'error',
  title: 'The Azure Machine Learning workspace exists',
  source: cite(DOC.amlInferencingVnet, 'add AKS in a virtual network to your workspace'),
  check({ spec, live }) {
    const w = spec.workspace;
    if (live.workspace === null) {
      return [
        {
          path: 'workspace.name',
          message: `workspace ${w.name} does not exist in resource group ${w.resourceGroup}`,
          hint: 'Create the workspace first, or fix workspace.name / workspace.resourceGroup.',
        },
      ];
    }
    // Unreadable is not absent: LIVE-READ-FAILED reports it.
    return [];
  },
});

export const workspacePrivateEndpointVnet = liveRule({
  id: 'LIVE-WORKSPACE-PE-VNET',
  severity: 'error',
  title: "With a workspace private endpoint, ACI uses the endpoint's VNet",
  source: cite(
    DOC.amlInferencingVnet,
    'If your workspace has a private endpoint, the virtual network used for Azure Container Instances must be the same as the one used by the workspace private endpoint.',
  ),
  check({ spec, live }) {
    const ws = readable(live.workspace);
    const vnet = readable(live.vnet);
    if (!spec.aci || ws === undefined || vnet === undefined) return [];
    const out: RawFinding[] = [];
    for (const pe of ws.privateEndpoints) {
      const subnet = peSubnet(live, pe);
      if (subnet === null) continue;
      const peVnet = vnetOfSubnet(subnet);
      if (peVnet !== undefined && !sameId(peVnet, vnet.id)) {
        out.push({
          path: 'network.name',
          message: `the workspace's private endpoint is in ${peVnet}, but ACI would use ${vnet.id}`,
          hint: "Use the private endpoint's VNet for ACI.",
        });
      }
    }
    return out;
  },
});

export const registryNotInVnet = liveRule({
  id: 'LIVE-REGISTRY-IN-VNET',
  severity: 'error',
  title: "With ACI in the VNet, the workspace's container registry is not in that VNet",
  source: cite(
    DOC.amlInferencingVnet,
    "the Azure Container Registry (ACR) for your workspace can't be in the virtual network",
  ),
  check({ spec, live }) {
    const vnet = readable(live.vnet);
    const acr = readable(live.containerRegistry);
    if (!spec.aci || vnet === undefined || acr === undefined) return [];
    const out: RawFinding[] = [];
    for (const id of acr.privateEndpointIds) {
      const subnet = readable(live.privateEndpoints[id.toLowerCase()])?.subnetId;
      if (subnet && sameId(vnetOfSubnet(subnet), vnet.id)) {
        out.push({
          path: 'aci.subnet',
          message: `the workspace's container registry ${acr.id} has a private endpoint in ${vnet.name}`,
          hint: 'Move the registry endpoint out of the VNet, or do not use ACI in it.',
        });
      }
    }
    return out;
  },
});

export const privateWorkspaceAciUnsupported = liveRule({
  id: 'LIVE-ACI-WITH-WORKSPACE-PE',
  severity: 'warning',
  title: 'ACI in a VNet with a workspace private endpoint is not supported any more',
  source: cite(DOC.amlInferencingVnet, 'with a workspace PE, ACI-in-VNet is now unsupported'),
  check({ spec, live }) {
    const ws = readable(live.workspace);
    if (!spec.aci || ws === undefined || ws.privateEndpoints.length === 0) return [];
    return [
      {
        path: 'aci',
        message: `workspace ${ws.name} has a private endpoint; Azure ML no longer supports ACI in a VNet with it`,
      },
    ];
  },
});

export const privateWorkspaceClusterRegion = liveRule({
  id: 'LIVE-PE-CLUSTER-REGION',
  severity: 'error',
  title: "With a workspace private endpoint, clusters are in the workspace's region",
  source: cite(
    DOC.amlInferencingVnet,
    'if the workspace has a private endpoint, AKS must be in the same region as the workspace',
  ),
  check({ spec, live }) {
    const ws = readable(live.workspace);
    if (ws === undefined || ws.privateEndpoints.length === 0 || ws.location === '') return [];
    return resolveClusters(spec)
      .filter((c) => regionKey(c.location) !== regionKey(ws.location))
      .map((c) => ({
        path: c.defaulted.has('location') ? `aksClusters[${c.index}]` : `aksClusters[${c.index}].location`,
        message: `cluster ${c.name} would be in ${c.location}; workspace ${ws.name} has a private endpoint and is in ${ws.location}`,
      }));
  },
});

export const storageInClusterVnet = liveRule({
  id: 'LIVE-STORAGE-VNET',
  severity: 'error',
  title: "A storage account secured in a VNet is in the cluster's VNet",
  source: cite(
    DOC.amlInferencingVnet2020,
    'If you secure the Azure Storage Account(s) used by the workspace in a virtual network, they must be in the same virtual network as the AKS instance.',
  ),
  check({ spec, live }) {
    const clusters = resolveClusters(spec);
    const vnet = readable(live.vnet);
    if (clusters.length === 0 || vnet === undefined) return [];
    if (isUnreadable(live.storageAccount)) {
      return [
        {
          path: 'workspace',
          severity: 'notice',
          message: `could not read the workspace's storage account (${live.storageAccount.code}); check yourself that, if it is secured in a VNet, it allows ${vnet.name}`,
        },
      ];
    }
    const sa = readable(live.storageAccount);
    if (sa === undefined || !storageSecured(sa)) return [];
    const inVnet =
      sa.virtualNetworkSubnetIds.some((s) => sameId(vnetOfSubnet(s), vnet.id)) ||
      sa.privateEndpointIds.some((id) => {
        const subnet = readable(live.privateEndpoints[id.toLowerCase()])?.subnetId;
        return subnet ? sameId(vnetOfSubnet(subnet), vnet.id) : false;
      });
    if (inVnet) return [];
    return [
      {
        path: 'network.name',
        message: `the workspace's storage account ${sa.id} is secured (${(sa.publicNetworkAccess ?? '').toLowerCase() === 'disabled' ? 'public network access disabled' : 'network rules deny by default'}) and allows no subnet or private endpoint of ${vnet.name}`,
        hint: `Add a virtual network rule or private endpoint for ${vnet.name} to the storage account.`,
      },
    ];
  },
});

export const privateEndpointOutboundOpen = liveRule({
  id: 'LIVE-PE-OUTBOUND-OPEN',
  severity: 'warning',
  title: 'A workspace behind a private endpoint has its outbound traffic restricted (restrictOutbound: true)',
  source: cite(
    DOC.amlDataExfiltration,
    'limit outbound traffic to the required service tags so that data cannot leave through an open outbound path',
  ),
  check({ spec, live }) {
    const ws = readable(live.workspace);
    if (ws === undefined || ws.privateEndpoints.length === 0) return [];
    const sg = spec.network.securityGroup;
    if (sg !== undefined && sg !== null && sg.restrictOutbound === true) return [];
    const where =
      sg === undefined || sg === null
        ? { path: 'network.name', what: 'the spec has no network.securityGroup to restrict outbound traffic' }
        : {
            path:
              sg.restrictOutbound === undefined
                ? 'network.securityGroup.name'
                : 'network.securityGroup.restrictOutbound',
            what: `restrictOutbound is off on NSG ${sg.name}`,
          };
    return [
      {
        path: where.path,
        message:
          `workspace ${ws.name} is behind a private endpoint, but ${where.what}: ` +
          'the clusters can still send data anywhere on the internet',
        hint: 'Set network.securityGroup.restrictOutbound: true (amlnet adds the outbound allows Azure ML needs before the deny).',
      },
    ];
  },
});
