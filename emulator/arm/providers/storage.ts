// Microsoft.Storage/storageAccounts (GET/PUT), shaped as the REST spec's StorageAccountGetProperties example
// (2023-05-01). What amlnet reads is properties.networkAcls (defaultAction, virtualNetworkRules[].id = a subnet
// id, ipRules, bypass) and the read-only privateEndpointConnections that private endpoints write. PUTs commit
// at once (Azure answers 202 and an async operation on create; the reader never writes storage).
import type { JsonObject } from '../../types.js';
import { asArray, asObject, asString, badRequest, clone, isObject, resourceNotFound } from '../errors.js';
import { checkPreconditions, getResource, json, newEtag, type Provider } from '../context.js';
import { T } from '../catalog.js';

const NAME = /^[a-z0-9]{3,24}$/;

function networkAcls(given: unknown): JsonObject {
  const a = asObject(given) ?? {};
  return {
    bypass: asString(a.bypass) ?? 'AzureServices',
    defaultAction: asString(a.defaultAction) ?? 'Allow',
    ipRules: (asArray(a.ipRules) ?? [])
      .filter(isObject)
      .map((r) => ({ value: asString(r.value) ?? '', action: asString(r.action) ?? 'Allow' })),
    virtualNetworkRules: (asArray(a.virtualNetworkRules) ?? []).filter(isObject).map((r) => ({
      id: asString(r.id) ?? '',
      action: asString(r.action) ?? 'Allow',
      state: 'Succeeded',
    })),
    ...(asArray(a.resourceAccessRules) !== undefined
      ? { resourceAccessRules: clone(a.resourceAccessRules ?? []) }
      : {}),
  };
}

export const storageAccountProvider: Provider = {
  get(ctx, t) {
    const sa = getResource(ctx.world, t.id);
    if (sa === undefined) throw resourceNotFound(T.storageAccount, t.names[0], t.resourceGroup);
    return json(200, sa);
  },
  put(ctx, t) {
    const name = t.names[0];
    if (!NAME.test(name)) {
      throw badRequest(
        'AccountNameInvalid',
        `${name} is not a valid storage account name. Storage account name must be between 3 and 24 characters in length and use numbers and lower-case letters only.`,
      );
    }
    const body = asObject(ctx.req.body);
    const location = asString(body?.location);
    if (body === undefined || location === undefined || location === '') {
      throw badRequest('LocationRequired', 'The location property is required for this definition.');
    }
    const existing = getResource(ctx.world, t.id);
    checkPreconditions(ctx.req, existing);
    const given = asObject(body.properties) ?? {};
    const old = asObject(existing?.properties) ?? {};
    const properties: JsonObject = { ...clone(given) };
    properties.networkAcls = networkAcls(given.networkAcls ?? old.networkAcls);
    // Written only by private endpoints (read-only in the spec).
    properties.privateEndpointConnections = clone(old.privateEndpointConnections ?? []);
    properties.publicNetworkAccess =
      asString(given.publicNetworkAccess) ?? asString(old.publicNetworkAccess) ?? 'Enabled';
    properties.primaryEndpoints = {
      blob: `https://${name}.blob.core.windows.net/`,
      file: `https://${name}.file.core.windows.net/`,
      queue: `https://${name}.queue.core.windows.net/`,
      table: `https://${name}.table.core.windows.net/`,
    };
    properties.primaryLocation = location;
    properties.creationTime = asString(old.creationTime) ?? new Date(ctx.now).toISOString();
    properties.provisioningState = 'Succeeded';
    const doc: JsonObject = {
      id: asString(existing?.id) ?? t.id,
      name: asString(existing?.name) ?? name,
      type: T.storageAccount,
      location,
      kind: asString(body.kind) ?? asString(existing?.kind) ?? 'StorageV2',
      sku: clone(asObject(body.sku) ?? asObject(existing?.sku) ?? { name: 'Standard_LRS', tier: 'Standard' }),
      properties,
      etag: newEtag(),
    };
    if (body.tags !== undefined) doc.tags = clone(body.tags);
    ctx.world.resources.set(t.id.toLowerCase(), doc);
    return json(200, doc);
  },
};
