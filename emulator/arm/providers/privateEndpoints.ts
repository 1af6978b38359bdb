// Microsoft.Network/privateEndpoints (GET/PUT/DELETE), shaped as the REST spec's PrivateEndpointGet example.
// A private endpoint is what makes a workspace, storage account or registry "in a VNet", so committing one
// also writes the read-only back-references Azure shows: the subnet's `privateEndpoints` (which is what makes a
// later delegation change fail with SubnetDelegationsCannotChangeWhenSubnetUsedByResource) and the target's
// `privateEndpointConnections`. PUTs commit at once (no LRO): the callers here only need the end state.
import { createHash, randomBytes } from 'node:crypto';
import type { JsonObject, World } from '../../types.js';
import { asArray, asObject, asString, badRequest, clone, isObject, resourceNotFound } from '../errors.js';
import {
  checkPreconditions,
  deleteResource,
  getResource,
  json,
  newEtag,
  props,
  putResource,
  resourcesOfType,
  type Provider,
} from '../context.js';
import { parseResourceId } from '../ids.js';
import { T } from '../catalog.js';
import { findSubnet } from './network.js';

/** Which connection type each private-link target shows (`{targetType}/privateEndpointConnections`). */
const TARGET_TYPES = [T.workspace, T.storageAccount, T.registry].map((t) => t.toLowerCase());

function sameText(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
}

function connectionsOf(pe: JsonObject): JsonObject[] {
  const p = asObject(pe.properties) ?? {};
  return [
    ...(asArray(p.privateLinkServiceConnections) ?? []),
    ...(asArray(p.manualPrivateLinkServiceConnections) ?? []),
  ].filter(isObject);
}

function subnetIdOf(pe: JsonObject): string | undefined {
  return asString(asObject(asObject(pe.properties)?.subnet)?.id);
}

/** Adds or removes `{id}` in a subnet's read-only privateEndpoints list. */
function linkSubnet(world: World, subnetId: string, peId: string, present: boolean): void {
  const ref = findSubnet(world, subnetId);
  if (ref === undefined) return;
  const p = props(ref.subnet);
  const list = (asArray(p.privateEndpoints) ?? []).filter(isObject);
  const has = list.some((x) => sameText(asString(x.id), peId));
  if (has === present) return;
  const next = present ? [...list, { id: peId }] : list.filter((x) => !sameText(asString(x.id), peId));
  if (next.length === 0) delete p.privateEndpoints;
  else p.privateEndpoints = next;
  ref.subnet.etag = newEtag();
  ref.vnet.etag = newEtag();
}

/** The target's view of the endpoint: {targetType}/privateEndpointConnections/{name}. */
function targetConnection(target: JsonObject, pe: JsonObject): JsonObject {
  const peId = asString(pe.id) ?? '';
  // Stable per endpoint, so re-reflecting an unchanged endpoint changes nothing.
  const name = `${asString(pe.name) ?? 'pe'}.${createHash('sha256').update(peId.toLowerCase()).digest('hex').slice(0, 12)}`;
  // Only `id`, as every RP's GET example shows it (the ML spec's PrivateEndpoint also declares a read-only
  // subnetArmId, but its Workspace/get.json example has none): a reader must GET the endpoint for its subnet.
  const endpoint: JsonObject = { id: peId };
  return {
    id: `${asString(target.id) ?? ''}/privateEndpointConnections/${name}`,
    name,
    type: `${asString(target.type) ?? ''}/privateEndpointConnections`,
    properties: {
      privateEndpoint: endpoint,
      privateLinkServiceConnectionState: { status: 'Approved', description: 'Auto-Approved', actionsRequired: 'None' },
      provisioningState: 'Succeeded',
    },
  };
}

function setTargetConnection(world: World, targetId: string, pe: JsonObject | undefined, peId: string): void {
  const target = getResource(world, targetId);
  if (target === undefined || !TARGET_TYPES.includes(asString(target.type)?.toLowerCase() ?? '')) return;
  const p = props(target);
  const list = (asArray(p.privateEndpointConnections) ?? []).filter(isObject);
  const others = list.filter((c) => !sameText(asString(asObject(asObject(c.properties)?.privateEndpoint)?.id), peId));
  const next = pe === undefined ? others : [...others, targetConnection(target, pe)];
  if (JSON.stringify(next) === JSON.stringify(list)) return;
  p.privateEndpointConnections = next;
  if (sameText(asString(target.type), T.workspace)) p.privateLinkCount = next.length;
  target.etag = newEtag();
}

/** Writes every back-reference of one endpoint (present) or removes them (deleted). */
function reflect(world: World, pe: JsonObject, present: boolean): void {
  const peId = asString(pe.id) ?? '';
  const subnetId = subnetIdOf(pe);
  if (subnetId !== undefined) linkSubnet(world, subnetId, peId, present);
  for (const c of connectionsOf(pe)) {
    const target = asString(asObject(c.properties)?.privateLinkServiceId) ?? asString(c.privateLinkServiceId);
    if (target !== undefined) setTargetConnection(world, target, present ? pe : undefined, peId);
  }
}

const reflected = new WeakSet<JsonObject>();

/** Seeded endpoints (hand-written state) get the same back-references as API-created ones; idempotent. */
export function normalizePrivateEndpoints(world: World): void {
  for (const pe of resourcesOfType(world, T.privateEndpoint)) {
    if (reflected.has(pe)) continue;
    reflected.add(pe);
    fill(pe);
    reflect(world, pe, true);
  }
}

/** The server-set parts of an endpoint: connection ids/states, the NIC, provisioningState, etag. */
function fill(pe: JsonObject): void {
  const peId = asString(pe.id) ?? '';
  const p = props(pe);
  for (const key of ['privateLinkServiceConnections', 'manualPrivateLinkServiceConnections']) {
    p[key] = (asArray(p[key]) ?? []).filter(isObject).map((c, i) => {
      const name = asString(c.name) ?? `${asString(pe.name) ?? 'pe'}-connection${i}`;
      const cp = asObject(c.properties) ?? {};
      return {
        name,
        id: `${peId}/${key}/${name}`,
        type: 'Microsoft.Network/privateEndpoints/privateLinkServiceConnections',
        etag: asString(c.etag) ?? newEtag(),
        properties: {
          ...cp,
          groupIds: asArray(cp.groupIds) ?? [],
          privateLinkServiceConnectionState: asObject(cp.privateLinkServiceConnectionState) ?? {
            status: key === 'privateLinkServiceConnections' ? 'Approved' : 'Pending',
            description: key === 'privateLinkServiceConnections' ? 'Auto-Approved' : '',
            actionsRequired: 'None',
          },
          provisioningState: 'Succeeded',
        },
      } satisfies JsonObject;
    });
  }
  if (asArray(p.networkInterfaces) === undefined) {
    const parsed = parseResourceId(peId);
    const nic = `${asString(pe.name) ?? 'pe'}.nic.${randomBytes(16).toString('hex').slice(0, 32)}`;
    p.networkInterfaces =
      parsed === undefined
        ? []
        : [
            {
              id: `/subscriptions/${parsed.subscriptionId}/resourceGroups/${parsed.resourceGroup}/providers/Microsoft.Network/networkInterfaces/${nic}`,
            },
          ];
  }
  for (const key of ['customDnsConfigs', 'applicationSecurityGroups', 'ipConfigurations']) {
    if (asArray(p[key]) === undefined) p[key] = [];
  }
  if (asString(p.provisioningState) === undefined) p.provisioningState = 'Succeeded';
  if (asString(pe.etag) === undefined) pe.etag = newEtag();
}

function validSubnet(world: World, subnetId: string | undefined, peId: string): void {
  if (subnetId === undefined) {
    throw badRequest(
      'InvalidRequestFormat',
      `Private endpoint ${peId} must reference a subnet (properties.subnet.id).`,
    );
  }
  const ref = findSubnet(world, subnetId);
  if (ref === undefined) {
    throw badRequest(
      'InvalidResourceReference',
      `Resource ${subnetId} referenced by resource ${peId} was not found. Please make sure that the referenced ` +
        'resource exists, and that both resources are in the same region.',
    );
  }
  const delegations = asArray(asObject(ref.subnet.properties)?.delegations) ?? [];
  if (delegations.length > 0) {
    throw badRequest(
      'PrivateEndpointCreationNotAllowedAsSubnetIsDelegated',
      `Private endpoint ${peId} cannot be created as subnet ${subnetId} is delegated.`,
    );
  }
}

export const privateEndpointProvider: Provider = {
  get(ctx, t) {
    const pe = getResource(ctx.world, t.id);
    if (pe === undefined) throw resourceNotFound(T.privateEndpoint, t.names[0], t.resourceGroup);
    return json(200, pe);
  },
  put(ctx, t) {
    const body = asObject(ctx.req.body);
    const location = asString(body?.location);
    if (body === undefined || location === undefined || location === '') {
      throw badRequest('LocationRequired', 'The location property is required for this definition.');
    }
    const existing = getResource(ctx.world, t.id);
    checkPreconditions(ctx.req, existing);
    const given = asObject(body.properties) ?? {};
    const subnetId = asString(asObject(given.subnet)?.id);
    const oldSubnet = existing === undefined ? undefined : subnetIdOf(existing);
    if (oldSubnet !== undefined && !sameText(oldSubnet, subnetId)) {
      throw badRequest('CannotChangePrivateEndpointSubnet', `The subnet of private endpoint ${t.id} cannot change.`);
    }
    if (existing === undefined) validSubnet(ctx.world, subnetId, t.id);
    const properties: JsonObject = clone(given);
    properties.subnet = { id: findSubnet(ctx.world, subnetId ?? '')?.subnet.id ?? subnetId ?? '' };
    const old = asObject(existing?.properties);
    if (old?.networkInterfaces !== undefined) properties.networkInterfaces = clone(old.networkInterfaces);
    delete properties.provisioningState;
    const doc: JsonObject = {
      id: asString(existing?.id) ?? t.id,
      name: asString(existing?.name) ?? t.names[0],
      type: T.privateEndpoint,
      location,
      properties,
    };
    if (body.tags !== undefined) doc.tags = clone(body.tags);
    fill(doc);
    doc.etag = newEtag();
    if (existing !== undefined) reflect(ctx.world, existing, false);
    putResource(ctx.world, doc);
    reflected.add(doc);
    reflect(ctx.world, doc, true);
    return json(existing === undefined ? 201 : 200, doc);
  },
  delete(ctx, t) {
    const pe = getResource(ctx.world, t.id);
    if (pe === undefined) return json(204, undefined);
    reflect(ctx.world, pe, false);
    deleteResource(ctx.world, t.id);
    return json(200, undefined);
  },
};
