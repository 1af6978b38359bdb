// Subnets: created when missing, delegated when the spec asks and the subnet has no delegation. Removing or
// swapping a delegation could break whatever uses the subnet: a refusal, never done by amlnet. Pure.
import type { LiveSubnet, LiveVnet } from '../../live/types.js';
import { subnetId } from '../../live/ids.js';
import type { ResolvedNetwork } from '../../spec/defaults.js';
import { subnetAddress } from '../address.js';
import type { SubnetValues } from '../model.js';
import { lower, sortedEq, type Draft } from './common.js';

function subnetDesired(prefix: string, delegation: string | null | undefined, live?: LiveSubnet): SubnetValues {
  // delegation undefined = not managed: keep whatever Azure has.
  const delegations = delegation === undefined ? (live?.delegations ?? []) : delegation === null ? [] : [delegation];
  return { addressPrefix: live?.addressPrefix ?? prefix, delegations };
}

function subnetBefore(s: LiveSubnet): SubnetValues {
  return { addressPrefix: s.addressPrefix, delegations: [...s.delegations] };
}

type SpecSubnet = ResolvedNetwork['subnets'][number];

function diffSubnet(s: SpecSubnet, index: number, net: ResolvedNetwork, vnet: LiveVnet, sub: string): Draft {
  const base = {
    kind: 'subnet' as const,
    address: subnetAddress(s.name, index),
    resourceType: 'Microsoft.Network/virtualNetworks/subnets' as const,
    resourceId: subnetId(sub, net.resourceGroup, net.name, s.name),
    step: 'subnet' as const,
    needs: [],
  };
  const live = vnet.subnets.find((x) => lower(x.name) === lower(s.name));
  if (live === undefined) {
    return {
      ...base,
      action: 'create',
      before: null,
      after: subnetDesired(s.addressPrefix, s.delegation ?? null),
      reason: `subnet ${s.name} does not exist in ${net.name}`,
    };
  }
  const before = subnetBefore(live);
  const want = s.delegation;
  if (
    want === undefined ||
    (want === null && live.delegations.length === 0) ||
    (want !== null && sortedEq(live.delegations, [want]))
  ) {
    return { ...base, action: 'no-op', before, after: before, reason: 'matches' };
  }
  if (want !== null && live.delegations.length === 0) {
    return {
      ...base,
      action: 'update',
      before,
      after: subnetDesired(s.addressPrefix, want, live),
      reason: `delegate ${s.name} to ${want}`,
    };
  }
  return {
    ...base,
    action: 'refuse',
    before,
    after: null,
    reason:
      want === null
        ? `${s.name} is delegated to ${live.delegations.join(', ')} in Azure; amlnet never removes a delegation`
        : `${s.name} is delegated to ${live.delegations.join(', ')} in Azure, not ${want}; amlnet never replaces a delegation`,
  };
}

export function diffSubnets(net: ResolvedNetwork, vnet: LiveVnet, sub: string): Draft[] {
  return net.subnets.map((s, i) => diffSubnet(s, i, net, vnet, sub));
}
