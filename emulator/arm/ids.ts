// Parsing of ARM request paths into what they address. Segments are matched case-insensitively, as ARM does.

export interface ResourceRef {
  subscriptionId: string;
  /** Undefined for subscription-wide collections (/subscriptions/{s}/providers/{ns}/{type}). */
  resourceGroup?: string;
  namespace: string;
  /** Type segments as sent, e.g. ['virtualNetworks', 'subnets']. */
  types: string[];
  /** Names, one per type except the last type of a collection. */
  names: string[];
  collection: boolean;
  /**
   * Extension resources ({parent}/providers/{ns}/{type}/{name}, e.g. Microsoft.KubernetesConfiguration/extensions on
   * a managed cluster): the parent resource's path as sent. Absent for ordinary resources.
   */
  scope?: string;
}

export type Route =
  | { kind: 'subscriptions' }
  | { kind: 'subscription'; subscriptionId: string }
  /** GET /subscriptions/{s}/providers/{namespace}: a resource provider's registration. */
  | { kind: 'provider'; subscriptionId: string; namespace: string }
  | { kind: 'resourceGroups'; subscriptionId: string }
  | { kind: 'resourceGroup'; subscriptionId: string; resourceGroup: string }
  | { kind: 'operation'; subscriptionId: string; namespace: string; location: string; operationId: string }
  | {
      kind: 'authorization';
      /** The scope as sent ('' is the tenant root), without a trailing slash. */
      scope: string;
      collection: 'roleassignments' | 'roledefinitions' | 'permissions';
      name?: string;
    }
  | { kind: 'resource'; ref: ResourceRef }
  | { kind: 'unknown' };

const eq = (a: string | undefined, b: string): boolean => a !== undefined && a.toLowerCase() === b.toLowerCase();

export function parsePath(path: string): Route {
  const segs = path
    .split('/')
    .filter((s) => s.length > 0)
    .map((s) => decodeURIComponent(s));
  // Extension resources of Microsoft.Authorization hang off any scope: {scope}/providers/Microsoft.Authorization/...
  for (let i = segs.length - 2; i >= 0; i--) {
    if (eq(segs[i], 'providers') && eq(segs[i + 1], 'Microsoft.Authorization')) {
      const rest = segs.slice(i + 2);
      const coll = rest[0]?.toLowerCase();
      if ((coll === 'roleassignments' || coll === 'roledefinitions' || coll === 'permissions') && rest.length <= 2) {
        const scope = segs.length > 0 && i > 0 ? '/' + segs.slice(0, i).join('/') : '';
        return { kind: 'authorization', scope, collection: coll, name: rest[1] };
      }
      break;
    }
  }
  if (segs.length === 0 || !eq(segs[0], 'subscriptions')) return { kind: 'unknown' };
  if (segs.length === 1) return { kind: 'subscriptions' };
  const subscriptionId = segs[1];
  if (segs.length === 2) return { kind: 'subscription', subscriptionId };
  if (eq(segs[2], 'providers')) {
    const namespace = segs[3];
    if (namespace === undefined) return { kind: 'unknown' };
    if (segs.length === 4) return { kind: 'provider', subscriptionId, namespace };
    if (eq(segs[4], 'locations') && segs.length === 8) {
      return { kind: 'operation', subscriptionId, namespace, location: segs[5], operationId: segs[7] };
    }
    const tail = segs.slice(4);
    if (tail.length === 1) {
      return { kind: 'resource', ref: { subscriptionId, namespace, types: tail, names: [], collection: true } };
    }
    return { kind: 'unknown' };
  }
  if (!eq(segs[2], 'resourceGroups')) return { kind: 'unknown' };
  if (segs.length === 3) return { kind: 'resourceGroups', subscriptionId };
  const resourceGroup = segs[3];
  if (segs.length === 4) return { kind: 'resourceGroup', subscriptionId, resourceGroup };
  if (!eq(segs[4], 'providers') || segs.length < 7) return { kind: 'unknown' };
  const extension = extensionResource(segs);
  if (extension !== undefined) return extension;
  const namespace = segs[5];
  const tail = segs.slice(6);
  const types: string[] = [];
  const names: string[] = [];
  tail.forEach((s, i) => (i % 2 === 0 ? types : names).push(s));
  return {
    kind: 'resource',
    ref: { subscriptionId, resourceGroup, namespace, types, names, collection: types.length > names.length },
  };
}

/** Namespaces whose resources the emulator serves as extension resources of another resource. */
const EXTENSION_NAMESPACES = ['Microsoft.KubernetesConfiguration'];

/** {rg path}/providers/{ns}/{type}/{name}/providers/{extension ns}/{type}[/{name}], or undefined. */
function extensionResource(segs: string[]): Route | undefined {
  for (let i = 8; i < segs.length - 1; i++) {
    if (!eq(segs[i], 'providers') || !EXTENSION_NAMESPACES.some((ns) => eq(segs[i + 1], ns))) continue;
    const rest = segs.slice(i + 2);
    if (rest.length < 1 || rest.length > 2) return { kind: 'unknown' };
    return {
      kind: 'resource',
      ref: {
        subscriptionId: segs[1],
        resourceGroup: segs[3],
        namespace: segs[i + 1],
        types: [rest[0]],
        names: rest.slice(1),
        collection: rest.length === 1,
        scope: '/' + segs.slice(0, i).join('/'),
      },
    };
  }
  return undefined;
}

export function fullTypeOf(ref: ResourceRef): string {
  return [ref.namespace, ...ref.types].join('/');
}

/** Builds a resource id with the given (canonical) type segments. */
export function buildId(subscriptionId: string, resourceGroup: string, fullType: string, names: string[]): string {
  const [ns, ...types] = fullType.split('/');
  let id = `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/${ns}`;
  types.forEach((t, i) => {
    id += `/${t}`;
    if (names[i] !== undefined) id += `/${names[i]}`;
  });
  return id;
}

export interface ParsedId {
  subscriptionId: string;
  resourceGroup: string;
  fullType: string;
  names: string[];
}

/** Parses a full resource id (as found in bodies, e.g. vnetSubnetID); undefined when malformed. */
export function parseResourceId(id: string): ParsedId | undefined {
  const route = parsePath(id);
  if (route.kind !== 'resource' || route.ref.collection || route.ref.resourceGroup === undefined) return undefined;
  return {
    subscriptionId: route.ref.subscriptionId,
    resourceGroup: route.ref.resourceGroup,
    fullType: fullTypeOf(route.ref),
    names: route.ref.names,
  };
}

/** True when `scope` is `target` or one of its ancestors ('' and '/' are the tenant root). */
export function scopeCovers(scope: string, target: string): boolean {
  const s = scope.toLowerCase().replace(/\/+$/, '');
  const t = target.toLowerCase().replace(/\/+$/, '');
  return s === '' || s === t || t.startsWith(s + '/');
}
