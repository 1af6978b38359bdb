// Microsoft.Authorization: role assignments (2022-04-01, not an LRO), role definitions and the
// permissions API, at any scope.
import type { DirectoryPrincipal, EmuResponse, JsonObject, World } from '../../types.js';
import { ArmError, asObject, asString, badRequest, resourceGroupNotFound } from '../errors.js';
import { deleteResource, getResource, json, putResource, type Ctx } from '../context.js';
import {
  allRoleDefinitions,
  authorize,
  effectivePermissions,
  findRoleDefinition,
  roleAssignments,
  roleDefinitionJson,
  roleGuid,
} from '../rbac.js';
import { parsePath, scopeCovers } from '../ids.js';
import { findById, resourceGroupOf } from '../store.js';
import { T } from '../catalog.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PRINCIPAL_TYPES = ['User', 'Group', 'ServicePrincipal', 'ForeignGroup', 'Device'];

function subscriptionOfScope(scope: string): string | undefined {
  const m = /^\/subscriptions\/([^/]+)/i.exec(scope);
  return m?.[1];
}

/** The scope must exist: subscription, resource group or resource (nested ones included). */
function checkScopeExists(world: World, scope: string): void {
  if (scope === '' || scope === '/') return;
  const route = parsePath(scope);
  if (route.kind === 'subscription') return;
  if (route.kind === 'resourceGroup') {
    if (resourceGroupOf(world, route.subscriptionId, route.resourceGroup) === undefined) {
      throw resourceGroupNotFound(route.resourceGroup);
    }
    return;
  }
  if (route.kind === 'resource' && route.ref.resourceGroup !== undefined && !route.ref.collection) {
    if (resourceGroupOf(world, route.ref.subscriptionId, route.ref.resourceGroup) === undefined) {
      throw resourceGroupNotFound(route.ref.resourceGroup);
    }
    if (findById(world, scope) === undefined) {
      throw new ArmError(404, 'ResourceNotFound', `The Resource '${scope}' was not found.`);
    }
    return;
  }
  throw badRequest('InvalidScope', `The scope '${scope}' is not valid for role assignments.`);
}

export function directoryPrincipal(world: World, objectId: string): DirectoryPrincipal | undefined {
  const id = objectId.toLowerCase();
  const p = world.principals.find((x) => x.objectId.toLowerCase() === id);
  if (p !== undefined) return p;
  const app = world.applications.find((a) => a.servicePrincipalObjectId.toLowerCase() === id);
  return app === undefined
    ? undefined
    : { objectId: app.servicePrincipalObjectId, type: 'ServicePrincipal', createdAt: 0, displayName: app.displayName };
}

function principalNotFound(world: World, principalId: string): ArmError {
  return badRequest(
    'PrincipalNotFound',
    `Principal ${principalId.replace(/-/g, '')} does not exist in the directory ${world.tenantId}. Check that you have ` +
      'the correct principal ID. If you are creating this principal and then immediately assigning a role, this error ' +
      'might be related to a replication delay. In this case, set the role assignment principalType property to a value, ' +
      'such as ServicePrincipal, User, or Group.  See https://aka.ms/docs-principaltype',
  );
}

function normalizedRoleDefinitionId(scope: string, guid: string): string {
  const sub = subscriptionOfScope(scope);
  return `${sub === undefined ? '' : `/subscriptions/${sub}`}/providers/Microsoft.Authorization/roleDefinitions/${guid}`;
}

function putRoleAssignment(ctx: Ctx, scope: string, name: string): EmuResponse {
  const world = ctx.world;
  authorize(world, ctx.principal, 'Microsoft.Authorization/roleAssignments/write', scope || '/');
  if (!GUID.test(name)) {
    throw badRequest(
      'InvalidRoleAssignmentId',
      `The role assignment ID '${name}' is not valid. The role assignment ID must be a GUID.`,
    );
  }
  checkScopeExists(world, scope);
  const p = asObject(asObject(ctx.req.body)?.properties);
  const roleDefinitionId = asString(p?.roleDefinitionId);
  const principalId = asString(p?.principalId);
  if (roleDefinitionId === undefined || roleDefinitionId === '') {
    throw badRequest(
      'InvalidRoleAssignmentRequest',
      "The request is missing the required property 'properties.roleDefinitionId'.",
    );
  }
  if (principalId === undefined || principalId === '') {
    throw badRequest(
      'InvalidRoleAssignmentRequest',
      "The request is missing the required property 'properties.principalId'.",
    );
  }
  const guid = roleGuid(roleDefinitionId);
  if (findRoleDefinition(world, guid) === undefined) {
    throw badRequest('RoleDefinitionDoesNotExist', `The specified role definition with ID '${guid}' does not exist.`);
  }
  const givenType = asString(p?.principalType);
  if (givenType !== undefined && !PRINCIPAL_TYPES.includes(givenType)) {
    throw badRequest(
      'InvalidPrincipalType',
      `The principal type '${givenType}' is not valid. Valid values are: ${PRINCIPAL_TYPES.join(', ')}.`,
    );
  }
  // Without principalType ARM looks the principal up in the directory, which lags behind new identities; with
  // one it skips that lookup for a principal it cannot find yet (https://aka.ms/docs-principaltype) but refuses a
  // type that contradicts the directory (UnmatchedPrincipalType).
  const known = directoryPrincipal(world, principalId);
  const replicationMs = world.timings.lroMs['principal-replication'] ?? 10000;
  const principal = known !== undefined && ctx.now - known.createdAt >= replicationMs ? known : undefined;
  if (principal === undefined && givenType === undefined) throw principalNotFound(world, principalId);
  if (principal !== undefined && givenType !== undefined && givenType.toLowerCase() !== principal.type.toLowerCase()) {
    throw badRequest(
      'UnmatchedPrincipalType',
      `The PrincipalId '${principalId.replace(/-/g, '')}' has type '${principal.type}' , which is different from specified PrincipalType '${givenType}'.`,
    );
  }
  const id = `${scope}/providers/Microsoft.Authorization/roleAssignments/${name}`;
  const existing = getResource(world, id);
  const sameAssignment = (a: { scope: string; principalId: string; roleDefinitionId: string }): boolean =>
    a.scope.toLowerCase() === (scope || '/').toLowerCase() &&
    a.principalId.toLowerCase() === principalId.toLowerCase() &&
    roleGuid(a.roleDefinitionId) === guid;
  if (existing !== undefined) {
    const ep = asObject(existing.properties) ?? {};
    const same = sameAssignment({
      scope: asString(ep.scope) ?? '',
      principalId: asString(ep.principalId) ?? '',
      roleDefinitionId: asString(ep.roleDefinitionId) ?? '',
    });
    if (!same) {
      throw badRequest(
        'RoleAssignmentUpdateNotPermitted',
        'Tenant ID, application ID, principal ID, and scope are not allowed to be updated.',
      );
    }
    // An identical re-PUT under the same name succeeds (200) and only updates the description/condition.
    const updated = structuredClone(existing);
    const up = asObject(updated.properties) ?? {};
    if (p?.description !== undefined) up.description = p.description ?? null;
    up.updatedOn = new Date(ctx.now).toISOString();
    up.updatedBy = ctx.principal.objectId;
    putResource(world, updated);
    return json(200, updated);
  }
  const duplicate = roleAssignments(world).find((a) => sameAssignment(a));
  if (duplicate !== undefined) {
    throw new ArmError(409, 'RoleAssignmentExists', 'The role assignment already exists.');
  }
  const stamp = new Date(ctx.now).toISOString();
  const created: JsonObject = {
    id,
    name,
    type: T.roleAssignment,
    properties: {
      roleDefinitionId: normalizedRoleDefinitionId(scope, guid),
      principalId,
      principalType: givenType ?? principal?.type ?? null,
      scope: scope || '/',
      condition: asString(p?.condition) ?? null,
      conditionVersion: asString(p?.conditionVersion) ?? null,
      description: asString(p?.description) ?? null,
      delegatedManagedIdentityResourceId: null,
      createdOn: stamp,
      updatedOn: stamp,
      createdBy: ctx.principal.objectId,
      updatedBy: ctx.principal.objectId,
    },
  };
  putResource(world, created);
  return json(201, created);
}

function parseFilter(filter: string | null): { atScope: boolean; principalId?: string } {
  if (filter === null) return { atScope: false };
  const atScope = /atScope\(\)/i.test(filter);
  const m = /principalId\s+eq\s+'([^']+)'/i.exec(filter) ?? /assignedTo\('([^']+)'\)/i.exec(filter);
  return { atScope, principalId: m?.[1] };
}

function listRoleAssignments(ctx: Ctx, scope: string): EmuResponse {
  authorize(ctx.world, ctx.principal, 'Microsoft.Authorization/roleAssignments/read', scope || '/');
  checkScopeExists(ctx.world, scope);
  const f = parseFilter(ctx.req.query.get('$filter'));
  const value = roleAssignments(ctx.world)
    .filter((a) => {
      const above = scopeCovers(a.scope, scope);
      const below = scopeCovers(scope, a.scope);
      if (f.atScope ? !above : !(above || below)) return false;
      return f.principalId === undefined || a.principalId.toLowerCase() === f.principalId.toLowerCase();
    })
    .map((a) => a.resource);
  return json(200, { value });
}

function roleDefinitions(ctx: Ctx, scope: string, name: string | undefined): EmuResponse {
  if (ctx.req.method.toUpperCase() !== 'GET') {
    throw new ArmError(405, 'MethodNotAllowed', 'The emulator serves role definitions read-only.');
  }
  authorize(ctx.world, ctx.principal, 'Microsoft.Authorization/roleDefinitions/read', scope || '/');
  const sub = subscriptionOfScope(scope);
  if (name !== undefined) {
    const def = findRoleDefinition(ctx.world, name);
    if (def === undefined) {
      throw new ArmError(
        404,
        'RoleDefinitionDoesNotExist',
        `The specified role definition with ID '${name}' does not exist.`,
      );
    }
    return json(200, roleDefinitionJson(def, sub));
  }
  const filter = ctx.req.query.get('$filter') ?? '';
  const roleName = /roleName\s+eq\s+'([^']+)'/i.exec(filter)?.[1];
  const value = allRoleDefinitions(ctx.world)
    .filter((d) => roleName === undefined || d.roleName.toLowerCase() === roleName.toLowerCase())
    .map((d) => roleDefinitionJson(d, sub));
  return json(200, { value });
}

/** What the caller may do over the scope: one {actions, notActions, ...} per applicable role. */
function permissions(ctx: Ctx, scope: string): EmuResponse {
  checkScopeExists(ctx.world, scope);
  const value = effectivePermissions(ctx.world, ctx.principal.objectId, scope).map((p) => ({
    actions: p.actions,
    notActions: p.notActions,
    dataActions: p.dataActions,
    notDataActions: p.notDataActions,
  }));
  return json(200, { value });
}

export function handleAuthorization(
  ctx: Ctx,
  scope: string,
  collection: 'roleassignments' | 'roledefinitions' | 'permissions',
  name: string | undefined,
): EmuResponse {
  const method = ctx.req.method.toUpperCase();
  if (collection === 'roledefinitions') return roleDefinitions(ctx, scope, name);
  if (collection === 'permissions') {
    if (method !== 'GET' || name !== undefined)
      throw new ArmError(405, 'MethodNotAllowed', 'Permissions are read-only.');
    return permissions(ctx, scope);
  }
  if (name === undefined) {
    if (method !== 'GET') throw new ArmError(405, 'MethodNotAllowed', `${method} is not supported on a collection.`);
    return listRoleAssignments(ctx, scope);
  }
  const id = `${scope}/providers/Microsoft.Authorization/roleAssignments/${name}`;
  if (method === 'PUT') return putRoleAssignment(ctx, scope, name);
  if (method === 'GET') {
    authorize(ctx.world, ctx.principal, 'Microsoft.Authorization/roleAssignments/read', scope || '/');
    const ra = getResource(ctx.world, id);
    if (ra === undefined) {
      throw new ArmError(404, 'RoleAssignmentNotFound', `The role assignment '${name}' is not found.`);
    }
    return json(200, ra);
  }
  if (method === 'DELETE') {
    authorize(ctx.world, ctx.principal, 'Microsoft.Authorization/roleAssignments/delete', scope || '/');
    const ra = getResource(ctx.world, id);
    if (ra === undefined) return { status: 204 };
    deleteResource(ctx.world, id);
    return json(200, ra);
  }
  throw new ArmError(405, 'MethodNotAllowed', `${method} is not supported on role assignments.`);
}
