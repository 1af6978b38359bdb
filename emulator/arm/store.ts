// Lookups over world.resources that understand nested resources: subnets live inside their VNet's
// properties.subnets and security rules inside their NSG, exactly as the parent's GET returns them.
import type { JsonObject, World } from '../types.js';
import { asArray, asObject, asString } from './errors.js';
import { getResource } from './context.js';
import { parseResourceId, buildId } from './ids.js';

/** Finds any resource by id, top-level or nested in its parent's properties.{childCollection}. */
export function findById(world: World, id: string): JsonObject | undefined {
  const direct = getResource(world, id);
  if (direct !== undefined) return direct;
  const parsed = parseResourceId(id);
  if (parsed === undefined) return undefined;
  const types = parsed.fullType.split('/');
  if (types.length < 3) return undefined;
  const parentType = types.slice(0, -1).join('/');
  const parentId = buildId(parsed.subscriptionId, parsed.resourceGroup, parentType, parsed.names.slice(0, -1));
  const parent = findById(world, parentId);
  const collection = types[types.length - 1];
  const name = parsed.names[parsed.names.length - 1];
  return childOf(parent, collection, name);
}

export function childOf(
  parent: JsonObject | undefined,
  collection: string,
  name: string | undefined,
): JsonObject | undefined {
  if (parent === undefined || name === undefined) return undefined;
  const p = asObject(parent.properties);
  if (p === undefined) return undefined;
  const key = Object.keys(p).find((k) => k.toLowerCase() === collection.toLowerCase());
  const items = key === undefined ? [] : (asArray(p[key]) ?? []);
  for (const item of items) {
    const o = asObject(item);
    if (o !== undefined && asString(o.name)?.toLowerCase() === name.toLowerCase()) return o;
  }
  return undefined;
}

export function resourceGroupOf(world: World, subscriptionId: string, name: string): JsonObject | undefined {
  return getResource(world, `/subscriptions/${subscriptionId}/resourceGroups/${name}`);
}

export function knownSubscription(world: World, subscriptionId: string): boolean {
  return world.subscriptionIds.some((s) => s.toLowerCase() === subscriptionId.toLowerCase());
}
