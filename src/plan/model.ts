// The plan: a closed set of actions over a list of changes, in the JSON shape `amlnet plan --format json` prints
// (README.md, "Command-line reference").
// Like Terraform's plans package: a change is {kind, action, before, after} (src/plan/change-kinds.ts); the reason is for display only
// and never drives the apply. Computing a plan (plan/diff) is separate from rendering it (render/).
import type { Finding } from '../findings/finding.js';
import type { Change } from './change-kinds.js';

export type * from './change-kinds.js';
export { isAttachBody } from './change-kinds.js';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/**
 * The closed set of actions. amlnet never replaces or detaches, and deletes only one thing: an NSG rule it created
 * itself (recorded in the NSG's tags) that the spec no longer lists, with `network.securityGroup.prune: true`.
 */
export type Action = 'create' | 'update' | 'delete' | 'no-op' | 'refuse';

/**
 * Which actions write to Azure: the one table. The plan's hasChanges, the executor's runnable changes and the
 * summaries all read it; a new action does not compile until it says here whether it writes.
 */
export const ACTION_WRITES: Readonly<Record<Action, boolean>> = {
  create: true,
  update: true,
  delete: true,
  'no-op': false,
  refuse: false,
};

export function writes(action: Action): boolean {
  return ACTION_WRITES[action];
}

/** For the default branch of an exhaustive switch: a value the types say cannot exist. */
export function assertNever(value: never, what: string): never {
  throw new Error(`unexpected ${what}: ${String(value)}`);
}

/**
 * The steps of the seed procedure, in the order they must happen (dependency order):
 * subnets and delegations, then the NSG and its rules, then clusters (create or attach; a private
 * cluster's managed cluster before its attach), then the Network Contributor role for each cluster
 * identity, then the internal load balancer switch (which fails on Azure without the role).
 */
export type Step =
  'subnet' | 'security-group' | 'security-rule' | 'managed-cluster' | 'compute' | 'role' | 'load-balancer';
export const STEP_ORDER: readonly Step[] = [
  'subnet',
  'security-group',
  'security-rule',
  'managed-cluster',
  'compute',
  'role',
  'load-balancer',
];

export type ResourceType =
  | 'Microsoft.Network/virtualNetworks/subnets'
  | 'Microsoft.Network/networkSecurityGroups'
  | 'Microsoft.Network/networkSecurityGroups/securityRules'
  | 'Microsoft.ContainerService/managedClusters'
  | 'Microsoft.MachineLearningServices/workspaces/computes'
  | 'Microsoft.Authorization/roleAssignments';

/** A value that only Azure can tell, after an earlier change is applied (e.g. a new cluster's principalId). */
export const KNOWN_AFTER_APPLY = '(known after apply)';

export interface Plan {
  /** SHA-256 (hex) of the canonical JSON of everything the apply acts on (plan/hash.ts). */
  planHash: string;
  /** True when any change is create, update or delete. */
  hasChanges: boolean;
  /** True when any change is a refusal or any finding is an error: such a plan is never applied. */
  refused: boolean;
  findings: Finding[];
  changes: Change[];
}
