// Role-based access control as ARM evaluates it: a principal may perform an action over a scope when a
// role assignment at that scope or any parent grants a role whose actions match (with `*` wildcards,
// case-insensitively) and whose notActions do not.
import type { JsonObject, Principal, World } from '../types.js';
import { ArmError, asArray, asObject, asString } from './errors.js';
import { scopeCovers } from './ids.js';
import { T } from './catalog.js';

export interface Permission {
  actions: string[];
  notActions: string[];
  dataActions: string[];
  notDataActions: string[];
}

export interface RoleDefinition {
  /** The role definition GUID. */
  name: string;
  roleName: string;
  description: string;
  type: 'BuiltInRole' | 'CustomRole';
  permissions: Permission[];
  assignableScopes: string[];
}

const perm = (actions: string[], notActions: string[] = []): Permission => ({
  actions,
  notActions,
  dataActions: [],
  notDataActions: [],
});

/** The built-in roles amlnet deals with (subset of Azure's, same GUIDs and permissions). */
export const builtInRoleDefinitions: readonly RoleDefinition[] = [
  {
    name: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
    roleName: 'Owner',
    description: 'Grants full access to manage all resources, including the ability to assign roles in Azure RBAC.',
    type: 'BuiltInRole',
    permissions: [perm(['*'])],
    assignableScopes: ['/'],
  },
  {
    name: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
    roleName: 'Contributor',
    description:
      'Grants full access to manage all resources, but does not allow you to assign roles in Azure RBAC, manage assignments in Azure Blueprints, or share image galleries.',
    type: 'BuiltInRole',
    permissions: [
      perm(
        ['*'],
        [
          'Microsoft.Authorization/*/Delete',
          'Microsoft.Authorization/*/Write',
          'Microsoft.Authorization/elevateAccess/Action',
          'Microsoft.Blueprint/blueprintAssignments/write',
          'Microsoft.Blueprint/blueprintAssignments/delete',
          'Microsoft.Compute/galleries/share/action',
          'Microsoft.Purview/consents/write',
          'Microsoft.Purview/consents/delete',
          'Microsoft.Resources/deploymentStacks/manageDenySetting/action',
          'Microsoft.Subscription/cancel/action',
          'Microsoft.Subscription/enable/action',
        ],
      ),
    ],
    assignableScopes: ['/'],
  },
  {
    name: 'acdd72a7-3385-48ef-bd42-f606fba81ae7',
    roleName: 'Reader',
    description: 'View all resources, but does not allow you to make any changes.',
    type: 'BuiltInRole',
    permissions: [perm(['*/read'])],
    assignableScopes: ['/'],
  },
  {
    name: '4d97b98b-1d4f-4787-a291-c67834d212e7',
    roleName: 'Network Contributor',
    description: 'Lets you manage networks, but not access to them.',
    type: 'BuiltInRole',
    permissions: [
      perm([
        'Microsoft.Authorization/*/read',
        'Microsoft.Insights/alertRules/*',
        'Microsoft.Network/*',
        'Microsoft.ResourceHealth/availabilityStatuses/read',
        'Microsoft.Resources/deployments/*',
        'Microsoft.Resources/subscriptions/resourceGroups/read',
        'Microsoft.Support/*',
      ]),
    ],
    assignableScopes: ['/'],
  },
  {
    name: 'f58310d9-a9f6-439a-9e8d-f62e7b41a168',
    roleName: 'Role Based Access Control Administrator',
    description:
      'Manage access to Azure resources by assigning roles using Azure RBAC. This role does not allow you to manage access using other ways, such as Azure Policy.',
    type: 'BuiltInRole',
    permissions: [
      perm([
        'Microsoft.Authorization/roleAssignments/write',
        'Microsoft.Authorization/roleAssignments/delete',
        '*/read',
        'Microsoft.Support/*',
      ]),
    ],
    assignableScopes: ['/'],
  },
  {
    name: '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9',
    roleName: 'User Access Administrator',
    description: 'Lets you manage user access to Azure resources.',
    type: 'BuiltInRole',
    permissions: [perm(['*/read', 'Microsoft.Authorization/*', 'Microsoft.Support/*'])],
    assignableScopes: ['/'],
  },
];

export const ROLE_IDS = {
  owner: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
  contributor: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
  reader: 'acdd72a7-3385-48ef-bd42-f606fba81ae7',
  networkContributor: '4d97b98b-1d4f-4787-a291-c67834d212e7',
  rbacAdministrator: 'f58310d9-a9f6-439a-9e8d-f62e7b41a168',
  userAccessAdministrator: '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9',
} as const;

const patternCache = new Map<string, RegExp>();

/** ARM action wildcard match: `*` spans any characters, including `/`; case-insensitive. */
export function actionMatches(pattern: string, action: string): boolean {
  let re = patternCache.get(pattern);
  if (re === undefined) {
    const body = pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*');
    re = new RegExp(`^${body}$`, 'i');
    patternCache.set(pattern, re);
  }
  return re.test(action);
}

export function permissionAllows(p: Permission, action: string): boolean {
  return p.actions.some((a) => actionMatches(a, action)) && !p.notActions.some((a) => actionMatches(a, action));
}

/** The GUID at the end of a role definition id (or the GUID itself). */
export function roleGuid(roleDefinitionId: string): string {
  const parts = roleDefinitionId.split('/').filter((s) => s.length > 0);
  return (parts[parts.length - 1] ?? '').toLowerCase();
}

function strings(v: unknown): string[] {
  return (asArray(v) ?? []).filter((s): s is string => typeof s === 'string');
}

/** A custom role definition seeded into the world as a resource of type roleDefinitions. */
function customRole(resource: JsonObject): RoleDefinition | undefined {
  const props = asObject(resource.properties);
  const name = asString(resource.name);
  if (props === undefined || name === undefined) return undefined;
  return {
    name: name.toLowerCase(),
    roleName: asString(props.roleName) ?? name,
    description: asString(props.description) ?? '',
    type: 'CustomRole',
    permissions: (asArray(props.permissions) ?? []).map((p) => {
      const o = asObject(p) ?? {};
      return {
        actions: strings(o.actions),
        notActions: strings(o.notActions),
        dataActions: strings(o.dataActions),
        notDataActions: strings(o.notDataActions),
      };
    }),
    assignableScopes: strings(props.assignableScopes),
  };
}

export function findRoleDefinition(world: World, idOrGuid: string): RoleDefinition | undefined {
  const guid = roleGuid(idOrGuid);
  const builtIn = builtInRoleDefinitions.find((r) => r.name === guid);
  if (builtIn !== undefined) return builtIn;
  for (const r of world.resources.values()) {
    if (
      asString(r.type)?.toLowerCase() === T.roleDefinition.toLowerCase() &&
      asString(r.name)?.toLowerCase() === guid
    ) {
      return customRole(r);
    }
  }
  return undefined;
}

export function allRoleDefinitions(world: World): RoleDefinition[] {
  const custom: RoleDefinition[] = [];
  for (const r of world.resources.values()) {
    if (asString(r.type)?.toLowerCase() === T.roleDefinition.toLowerCase()) {
      const def = customRole(r);
      if (def !== undefined) custom.push(def);
    }
  }
  return [...builtInRoleDefinitions, ...custom];
}

/** `{scope}/providers/Microsoft.Authorization/roleDefinitions/{guid}` in the GET shape of the 2022-04-01 API. */
export function roleDefinitionJson(def: RoleDefinition, subscriptionId: string | undefined): JsonObject {
  const prefix = subscriptionId === undefined ? '' : `/subscriptions/${subscriptionId}`;
  return {
    id: `${prefix}/providers/Microsoft.Authorization/roleDefinitions/${def.name}`,
    name: def.name,
    type: T.roleDefinition,
    properties: {
      roleName: def.roleName,
      type: def.type,
      description: def.description,
      assignableScopes: def.assignableScopes,
      permissions: def.permissions.map((p) => ({ ...p })),
    },
  };
}

export interface Assignment {
  id: string;
  scope: string;
  principalId: string;
  roleDefinitionId: string;
  resource: JsonObject;
}

export function scopeOfAssignmentId(id: string): string {
  const i = id.toLowerCase().lastIndexOf('/providers/microsoft.authorization/roleassignments/');
  return i < 0 ? '' : id.slice(0, i);
}

export function roleAssignments(world: World): Assignment[] {
  const out: Assignment[] = [];
  for (const r of world.resources.values()) {
    if (asString(r.type)?.toLowerCase() !== T.roleAssignment.toLowerCase()) continue;
    const props = asObject(r.properties);
    const id = asString(r.id);
    const principalId = asString(props?.principalId);
    const roleDefinitionId = asString(props?.roleDefinitionId);
    if (id === undefined || principalId === undefined || roleDefinitionId === undefined) continue;
    out.push({
      id,
      scope: asString(props?.scope) ?? scopeOfAssignmentId(id),
      principalId,
      roleDefinitionId,
      resource: r,
    });
  }
  return out;
}

/** The permission sets granted to a principal over a scope (one per applicable assignment's role). */
export function effectivePermissions(world: World, principalId: string, scope: string): Permission[] {
  const out: Permission[] = [];
  for (const a of roleAssignments(world)) {
    if (a.principalId.toLowerCase() !== principalId.toLowerCase() || !scopeCovers(a.scope, scope)) continue;
    const def = findRoleDefinition(world, a.roleDefinitionId);
    if (def !== undefined) out.push(...def.permissions);
  }
  return out;
}

export function isAllowed(world: World, principalId: string, action: string, scope: string): boolean {
  return effectivePermissions(world, principalId, scope).some((p) => permissionAllows(p, action));
}

export function authorizationFailed(principal: Principal, action: string, scope: string): ArmError {
  const oid = principal.objectId;
  return new ArmError(
    403,
    'AuthorizationFailed',
    `The client '${oid}' with object id '${oid}' does not have authorization to perform action '${action}' ` +
      `over scope '${scope}' or the scope is invalid. If access was recently granted, please refresh your credentials.`,
  );
}

export function authorize(world: World, principal: Principal, action: string, scope: string): void {
  if (!isAllowed(world, principal.objectId, action, scope)) throw authorizationFailed(principal, action, scope);
}
