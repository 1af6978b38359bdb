// Microsoft.ContainerRegistry/registries (GET/PUT), shaped as the REST spec's RegistryGet example (2023-07-01).
// What amlnet reads: the read-only privateEndpointConnections (written when a private endpoint targets the
// registry), plus networkRuleSet and publicNetworkAccess for whoever inspects it. PUTs commit at once.
import type { JsonObject } from '../../types.js';
import { asObject, asString, badRequest, clone, resourceNotFound } from '../errors.js';
import { checkPreconditions, getResource, json, newEtag, type Provider } from '../context.js';
import { T } from '../catalog.js';

const NAME = /^[a-zA-Z0-9]{5,50}$/;

export const registryProvider: Provider = {
  get(ctx, t) {
    const r = getResource(ctx.world, t.id);
    if (r === undefined) throw resourceNotFound(T.registry, t.names[0], t.resourceGroup);
    return json(200, r);
  },
  put(ctx, t) {
    const name = t.names[0];
    if (!NAME.test(name)) {
      throw badRequest('InvalidRegistryName', `Registry name '${name}' must be 5-50 alphanumeric characters.`);
    }
    const body = asObject(ctx.req.body);
    const location = asString(body?.location);
    const sku = asObject(body?.sku);
    if (body === undefined || location === undefined || location === '') {
      throw badRequest('LocationRequired', 'The location property is required for this definition.');
    }
    if (sku === undefined || asString(sku.name) === undefined) {
      throw badRequest('InvalidSku', 'The sku property is required for this definition.');
    }
    const existing = getResource(ctx.world, t.id);
    checkPreconditions(ctx.req, existing);
    const given = asObject(body.properties) ?? {};
    const old = asObject(existing?.properties) ?? {};
    const rules = asObject(given.networkRuleSet) ?? asObject(old.networkRuleSet) ?? {};
    const properties: JsonObject = {
      ...clone(given),
      loginServer: `${name.toLowerCase()}.azurecr.io`,
      creationDate: asString(old.creationDate) ?? new Date(ctx.now).toISOString(),
      provisioningState: 'Succeeded',
      adminUserEnabled: given.adminUserEnabled === true,
      networkRuleSet: { defaultAction: asString(rules.defaultAction) ?? 'Allow', ipRules: clone(rules.ipRules ?? []) },
      publicNetworkAccess: asString(given.publicNetworkAccess) ?? asString(old.publicNetworkAccess) ?? 'Enabled',
      networkRuleBypassOptions: asString(given.networkRuleBypassOptions) ?? 'AzureServices',
      // Written only by private endpoints (read-only in the spec).
      privateEndpointConnections: clone(old.privateEndpointConnections ?? []),
    };
    const doc: JsonObject = {
      id: asString(existing?.id) ?? t.id,
      name: asString(existing?.name) ?? name,
      type: T.registry,
      location,
      sku: { name: asString(sku.name) ?? 'Basic', tier: asString(sku.tier) ?? asString(sku.name) ?? 'Basic' },
      properties,
      etag: newEtag(),
    };
    if (body.tags !== undefined) doc.tags = clone(body.tags);
    ctx.world.resources.set(t.id.toLowerCase(), doc);
    return json(existing === undefined ? 201 : 200, doc);
  },
};
