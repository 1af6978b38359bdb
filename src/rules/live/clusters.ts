// Live rules about existing computes and clusters, and the planning identity's permissions.
import { isUnreadable, readable } from '../../live/types.js';
import { permits, SUBNET_JOIN, VNET_JOIN } from '../../live/permissions.js';
import { resolveClusters } from '../../spec/defaults.js';
import { cite, DOC } from '../offline/sources.js';
import type { RawFinding } from '../types.js';
import { liveRule } from './define.js';

export const computeTypeCompatible = liveRule({
  id: 'LIVE-COMPUTE-TYPE',
  severity: 'error',
  title: 'An existing compute of the same name is an AKS compute',
  source: cite(DOC.amlSwagger, 'Compute_CreateOrUpdate "will overwrite a compute if it exists"'),
  check({ spec, live }) {
    const out: RawFinding[] = [];
    for (const c of resolveClusters(spec)) {
      const existing = readable(live.computes[c.name]);
      if (existing !== undefined && existing.computeType !== 'AKS') {
        out.push({
          path: `aksClusters[${c.index}].name`,
          message: `compute ${c.name} already exists in the workspace with type ${existing.computeType}; amlnet manages AKS computes only`,
          hint: 'Pick another compute name.',
        });
      }
    }
    return out;
  },
});

export const clusterIdentityKnown = liveRule({
  id: 'LIVE-CLUSTER-IDENTITY',
  severity: 'warning',
  title: 'The cluster identity that needs Network Contributor is known',
  source: cite(
    DOC.aksKubenet,
    'Cluster identity needs Network Contributor; CLI assigns automatically only for system-assigned identity',
  ),
  check({ spec, live }) {
    const out: RawFinding[] = [];
    for (const c of resolveClusters(spec)) {
      const compute = readable(live.computes[c.name]);
      const id = compute?.resourceId ?? (c.mode === 'attach' ? c.resourceId : null);
      if (id === null) continue;
      const mc = live.managedClusters[id.toLowerCase()];
      if (mc === undefined || mc === null) continue;
      if (isUnreadable(mc)) {
        out.push({
          path: `aksClusters[${c.index}]`,
          message: `could not read cluster ${id} (${mc.code}); its Network Contributor role is not planned`,
        });
      } else if (mc.usesServicePrincipal) {
        out.push({
          path: `aksClusters[${c.index}]`,
          message: `cluster ${mc.name} authenticates with a service principal; amlnet cannot look up its object id`,
          hint: 'Grant that service principal Network Contributor on the VNet resource group yourself.',
        });
      } else if (mc.principalId === null) {
        out.push({
          path: `aksClusters[${c.index}]`,
          message: `cluster ${mc.name} has no managed identity; its Network Contributor role is not planned`,
        });
      }
    }
    return out;
  },
});

export { actionMatches, permits as permitted } from '../../live/permissions.js';

export const joinPermission = liveRule({
  id: 'LIVE-JOIN-PERMISSION',
  severity: 'warning',
  title: 'The deploying identity may join the VNet and its subnets',
  source: cite(
    DOC.amlInferencingVnet,
    '"Microsoft.Network/virtualNetworks/join/action" on the virtual network resource; "…/subnet/join/action" on the subnet resource',
  ),
  check({ spec, live, mode }) {
    const perms = live.permissions;
    if (perms === undefined || readable(live.vnet) === undefined) return [];
    if (isUnreadable(perms)) {
      return [
        {
          path: 'network.name',
          severity: 'notice',
          message: `could not read this identity's permissions on ${spec.network.name} (${perms.code})`,
        },
      ];
    }
    const missing: string[] = [];
    if (!permits(perms, VNET_JOIN)) missing.push(`${VNET_JOIN} on ${spec.network.name}`);
    if (!permits(perms, SUBNET_JOIN)) {
      // Granted on the subnets alone is enough: check each subnet amlnet puts something in.
      const bySubnet = live.subnetPermissions ?? {};
      const lacking = Object.keys(bySubnet).filter((name) => {
        const p = bySubnet[name];
        return isUnreadable(p) || !permits(p, SUBNET_JOIN);
      });
      if (Object.keys(bySubnet).length === 0) missing.push(`${SUBNET_JOIN} on ${spec.network.name}`);
      else if (lacking.length > 0) missing.push(`${SUBNET_JOIN} on subnet(s) ${lacking.join(', ')}`);
    }
    if (missing.length === 0) return [];
    const applying = mode === 'apply';
    return [
      {
        path: 'network.name',
        severity: applying ? 'error' : 'warning',
        message: `the identity ${applying ? 'applying' : 'planning'} lacks ${missing.join(' and ')}${applying ? '' : ' (fine for a read-only plan identity; the applying identity needs them)'}`,
        hint: 'Grant Network Contributor (or a custom role with these actions) on the VNet to the identity that applies.',
      },
    ];
  },
});
