// The live rules (plan work): each sees the spec and the live state, and is registered here.
import type { Rule } from '../types.js';
import type { LiveContext } from './define.js';
import {
  aciSubnetFree,
  aciVnetResourceGroup,
  aksSubnetNotDelegated,
  nsgRegion,
  subnetPrefixMatches,
  vnetExists,
  vnetRegion,
} from './network.js';
import {
  privateEndpointOutboundOpen,
  privateWorkspaceAciUnsupported,
  privateWorkspaceClusterRegion,
  registryNotInVnet,
  storageInClusterVnet,
  workspaceExists,
  workspacePrivateEndpointVnet,
} from './workspace.js';
import { clusterIdentityKnown, computeTypeCompatible, joinPermission } from './clusters.js';
import { ownedRuleRemoved } from './nsg-ownership.js';
import {
  kubernetesClusterIdentity,
  kubernetesExtensionConflict,
  kubernetesLegacyCompute,
  kubernetesProviderRegistered,
  kubernetesSecondExtension,
} from './kubernetes.js';
import { liveReadFailed } from './read-failed.js';
import { serviceCidrOverlapsLiveSubnet } from './service-cidr.js';

export type { LiveContext } from './define.js';

export const liveRules: Rule<LiveContext>[] = [
  vnetExists,
  liveReadFailed,
  vnetRegion,
  nsgRegion,
  subnetPrefixMatches,
  aksSubnetNotDelegated,
  serviceCidrOverlapsLiveSubnet,
  aciSubnetFree,
  aciVnetResourceGroup,
  workspaceExists,
  workspacePrivateEndpointVnet,
  registryNotInVnet,
  privateWorkspaceAciUnsupported,
  privateWorkspaceClusterRegion,
  storageInClusterVnet,
  privateEndpointOutboundOpen,
  computeTypeCompatible,
  clusterIdentityKnown,
  joinPermission,
  ownedRuleRemoved,
  kubernetesProviderRegistered,
  kubernetesClusterIdentity,
  kubernetesExtensionConflict,
  kubernetesSecondExtension,
  kubernetesLegacyCompute,
];
