// The NSG (created when missing) and its association with every spec subnet that has none. A subnet with
// another NSG is a refusal: amlnet never swaps a subnet's NSG. Pure.
import type { LiveNsg, LiveState, LiveVnet } from '../../live/types.js';
import { isUnreadable } from '../../live/types.js';
import { sameId, subnetId } from '../../live/ids.js';
import type { ResolvedNetwork } from '../../spec/defaults.js';
import { SECURITY_GROUP_ADDRESS, subnetAddress, subnetSecurityGroupAddress } from '../address.js';
import { lower, type Draft } from './common.js';

type ResolvedSecurityGroup = NonNullable<ResolvedNetwork['securityGroup']>;

export function diffSecurityGroup(
  sg: ResolvedSecurityGroup,
  net: ResolvedNetwork,
  live: LiveState,
  liveNsg: LiveNsg | undefined,
  id: string,
): Draft {
  const base = {
    kind: 'security-group' as const,
    address: SECURITY_GROUP_ADDRESS,
    resourceType: 'Microsoft.Network/networkSecurityGroups' as const,
    resourceId: id,
    step: 'security-group' as const,
    needs: [],
  };
  if (isUnreadable(live.nsg)) {
    return {
      ...base,
      action: 'refuse',
      before: null,
      after: null,
      reason: `could not read ${sg.name}: ${live.nsg.code}`,
    };
  }
  if (liveNsg === undefined) {
    return {
      ...base,
      action: 'create',
      before: null,
      after: { location: net.location },
      reason: `${sg.name} does not exist`,
    };
  }
  const before = { location: liveNsg.location };
  return { ...base, action: 'no-op', before, after: before, reason: 'exists' };
}

/** Associate the NSG with every spec subnet that has none (without the VNet there is nothing to associate). */
export function diffAssociations(
  sg: ResolvedSecurityGroup,
  net: ResolvedNetwork,
  vnet: LiveVnet,
  sub: string,
  id: string,
): Draft[] {
  return net.subnets.map((s, i): Draft => {
    const liveSubnet = vnet.subnets.find((x) => lower(x.name) === lower(s.name));
    const current = liveSubnet?.networkSecurityGroupId ?? null;
    const base = {
      kind: 'subnet-security-group' as const,
      address: subnetSecurityGroupAddress(s.name, i),
      resourceType: 'Microsoft.Network/virtualNetworks/subnets' as const,
      resourceId: subnetId(sub, net.resourceGroup, net.name, s.name),
      step: 'security-group' as const,
      needs: [SECURITY_GROUP_ADDRESS, subnetAddress(s.name, i)],
    };
    const before = liveSubnet === undefined ? null : { networkSecurityGroup: current };
    if (current === null) {
      return {
        ...base,
        action: 'update',
        before,
        after: { networkSecurityGroup: id },
        reason: `associate ${sg.name} with ${s.name}`,
      };
    }
    if (sameId(current, id) && before !== null) {
      return { ...base, action: 'no-op', before, after: before, reason: 'associated' };
    }
    return {
      ...base,
      action: 'refuse',
      before,
      after: null,
      reason: `${s.name} is already controlled by another NSG (${current}); amlnet never swaps a subnet's NSG`,
    };
  });
}
