// What an ACI deployment needs to land in the VNet (AciWebservice.deploy_configuration(vnet_name=...,
// subnet_name=...)): reported once the delegated subnet is in place, never before.
import type { Spec } from '../spec/types.js';
import type { AciDeploymentValues, ApplyResult } from './types.js';

export function aciDeploymentValues(spec: Spec): AciDeploymentValues | undefined {
  const aci = spec.aci;
  if (aci === undefined || aci === null) return undefined;
  const { resourceGroup, name } = spec.network;
  return {
    vnetName: name,
    subnetName: aci.subnet,
    vnetResourceGroup: resourceGroup,
    subnetId: `/subscriptions/${spec.subscriptionId}/resourceGroups/${resourceGroup}/providers/Microsoft.Network/virtualNetworks/${name}/subnets/${aci.subnet}`,
  };
}

/** The result with `aci` set when the spec has ACI and its subnet change (if any) did not fail. */
export function withAciValues(result: ApplyResult, spec: Spec): ApplyResult {
  const values = aciDeploymentValues(spec);
  if (values === undefined || result.status === 'refused') return result;
  const subnetOutcome = result.outcomes.find((o) => o.resourceId.toLowerCase() === values.subnetId.toLowerCase());
  if (subnetOutcome !== undefined && subnetOutcome.status !== 'done') return result;
  return { ...result, aci: values };
}
