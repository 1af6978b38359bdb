// Microsoft.Resources: subscriptions (read) and resource groups (PUT/GET/HEAD/list), 2021-04-01 shapes.
import type { EmuResponse, JsonObject } from '../../types.js';
import { ArmError, asObject, asString, badRequest, clone, resourceGroupNotFound } from '../errors.js';
import { json, putResource, resourcesOfType, type Ctx } from '../context.js';
import { authorize } from '../rbac.js';
import { resourceGroupOf } from '../store.js';
import { T } from '../catalog.js';

const RG_READ = 'Microsoft.Resources/subscriptions/resourceGroups/read';
const RG_WRITE = 'Microsoft.Resources/subscriptions/resourceGroups/write';

export function subscriptionJson(ctx: Ctx, subscriptionId: string): JsonObject {
  return {
    id: `/subscriptions/${subscriptionId}`,
    authorizationSource: 'RoleBased',
    subscriptionId,
    tenantId: ctx.world.tenantId,
    displayName: `Emulated subscription ${subscriptionId.slice(0, 8)}`,
    state: 'Enabled',
    subscriptionPolicies: {
      locationPlacementId: 'Public_2014-09-01',
      quotaId: 'PayAsYouGo_2014-09-01',
      spendingLimit: 'Off',
    },
  };
}

/**
 * A resource provider's registration (GET /subscriptions/{s}/providers/{namespace}, the Provider shape of
 * https://learn.microsoft.com/en-us/rest/api/resources/providers/get). Every namespace is Registered unless the world
 * holds a resource with that id (type Microsoft.Resources/providers) saying otherwise, e.g. NotRegistered.
 */
export function providerJson(ctx: Ctx, subscriptionId: string, namespace: string): JsonObject {
  const id = `/subscriptions/${subscriptionId}/providers/${namespace}`;
  const seeded = ctx.world.resources.get(id.toLowerCase());
  return {
    id,
    namespace: asString(seeded?.namespace) ?? namespace,
    registrationState: asString(seeded?.registrationState) ?? 'Registered',
    registrationPolicy: 'RegistrationRequired',
    resourceTypes: [],
  };
}

export function handleResourceGroup(ctx: Ctx, subscriptionId: string, name: string): EmuResponse {
  const id = `/subscriptions/${subscriptionId}/resourceGroups/${name}`;
  const existing = resourceGroupOf(ctx.world, subscriptionId, name);
  const method = ctx.req.method.toUpperCase();
  if (method === 'GET' || method === 'HEAD') {
    authorize(ctx.world, ctx.principal, RG_READ, existing ? (asString(existing.id) ?? id) : id);
    if (method === 'HEAD') return { status: existing ? 204 : 404 };
    if (existing === undefined) throw resourceGroupNotFound(name);
    return json(200, existing);
  }
  if (method !== 'PUT')
    throw new ArmError(405, 'MethodNotAllowed', `The emulator does not support ${method} on resource groups.`);
  authorize(ctx.world, ctx.principal, RG_WRITE, id);
  const body = asObject(ctx.req.body);
  const location = asString(body?.location);
  if (location === undefined || location === '') {
    throw badRequest('LocationRequired', 'The location property is required for this definition.');
  }
  if (!/^[-\w._()]{1,90}$/.test(name) || name.endsWith('.')) {
    throw badRequest(
      'InvalidResourceGroupName',
      `The resource group name '${name}' is invalid. It can contain letters, digits, '_', '-', '.', '(' and ')', ` +
        'must not end with a period and must be 1-90 characters long.',
    );
  }
  if (existing !== undefined) {
    const oldLocation = asString(existing.location) ?? '';
    if (oldLocation.toLowerCase() !== location.toLowerCase()) {
      throw new ArmError(
        409,
        'InvalidResourceGroupLocation',
        `Invalid resource group location '${location}'. The Resource group already exists in location '${oldLocation}'.`,
      );
    }
    const updated: JsonObject = { ...existing };
    if (body?.tags !== undefined) updated.tags = clone(body.tags);
    putResource(ctx.world, updated);
    return json(200, updated);
  }
  const created: JsonObject = {
    id,
    name,
    type: T.resourceGroup,
    location,
    properties: { provisioningState: 'Succeeded' },
  };
  const tags = asObject(body?.tags);
  if (tags !== undefined) created.tags = clone(tags);
  if (typeof body?.managedBy === 'string') created.managedBy = body.managedBy;
  putResource(ctx.world, created);
  return json(201, created);
}

export function listResourceGroups(ctx: Ctx, subscriptionId: string): EmuResponse {
  authorize(ctx.world, ctx.principal, RG_READ, `/subscriptions/${subscriptionId}`);
  const prefix = `/subscriptions/${subscriptionId}/`.toLowerCase();
  const value = resourcesOfType(ctx.world, T.resourceGroup).filter((r) =>
    (asString(r.id) ?? '').toLowerCase().startsWith(prefix),
  );
  return json(200, { value });
}
