// The resources a spec presupposes, which amlnet never creates: the resource groups it names, the virtual
// network (with the spec's address space and, unless given, no subnets) and the workspace. Seeding them gives
// the emulator the world a spec's plan starts from (`amlnet emulator --for SPEC`, the demo, tests, benchmarks).
import type { Spec } from '../src/spec/types.js';
import type { JsonObject } from './types.js';

export interface PrerequisiteOptions {
  /** Subnets already in the VNet (GET-shaped ARM JSON); none by default. */
  subnets?: JsonObject[];
  /** The VNet's region when it should differ from the spec's (to exercise the region rules). */
  vnetLocation?: string;
}

export function prerequisitesOf(spec: Spec, opts: PrerequisiteOptions = {}): JsonObject[] {
  const sub = spec.subscriptionId;
  const location = spec.network.location ?? spec.location;
  const groups = new Set([
    spec.workspace.resourceGroup,
    spec.network.resourceGroup,
    spec.network.securityGroup?.resourceGroup ?? spec.network.resourceGroup,
  ]);
  const rgId = (rg: string): string => `/subscriptions/${sub}/resourceGroups/${rg}`;
  return [
    ...[...groups].map((rg) => ({
      id: rgId(rg),
      name: rg,
      type: 'Microsoft.Resources/resourceGroups',
      location,
      properties: { provisioningState: 'Succeeded' },
    })),
    {
      id: `${rgId(spec.network.resourceGroup)}/providers/Microsoft.Network/virtualNetworks/${spec.network.name}`,
      name: spec.network.name,
      type: 'Microsoft.Network/virtualNetworks',
      location: opts.vnetLocation ?? location,
      properties: {
        provisioningState: 'Succeeded',
        addressSpace: { addressPrefixes: spec.network.addressSpace ?? ['10.0.0.0/8'] },
        subnets: opts.subnets ?? [],
      },
    },
    {
      id: `${rgId(spec.workspace.resourceGroup)}/providers/Microsoft.MachineLearningServices/workspaces/${spec.workspace.name}`,
      name: spec.workspace.name,
      type: 'Microsoft.MachineLearningServices/workspaces',
      location: spec.location,
      properties: { provisioningState: 'Succeeded' },
    },
  ];
}
