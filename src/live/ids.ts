// ARM resource ids for what the spec names. Pure string work; ids are compared case-insensitively
// (ARM ids are case-insensitive; Azure returns `resourcegroups` in some ids and `resourceGroups` in others).

export function rgId(sub: string, rg: string): string {
  return `/subscriptions/${sub}/resourceGroups/${rg}`;
}
export function vnetId(sub: string, rg: string, vnet: string): string {
  return `${rgId(sub, rg)}/providers/Microsoft.Network/virtualNetworks/${vnet}`;
}
export function subnetId(sub: string, rg: string, vnet: string, subnet: string): string {
  return `${vnetId(sub, rg, vnet)}/subnets/${subnet}`;
}
export function nsgId(sub: string, rg: string, nsg: string): string {
  return `${rgId(sub, rg)}/providers/Microsoft.Network/networkSecurityGroups/${nsg}`;
}
export function securityRuleId(nsgResourceId: string, rule: string): string {
  return `${nsgResourceId}/securityRules/${rule}`;
}
export function workspaceId(sub: string, rg: string, ws: string): string {
  return `${rgId(sub, rg)}/providers/Microsoft.MachineLearningServices/workspaces/${ws}`;
}
export function computeId(sub: string, rg: string, ws: string, compute: string): string {
  return `${workspaceId(sub, rg, ws)}/computes/${compute}`;
}
export function managedClusterId(sub: string, rg: string, name: string): string {
  return `${rgId(sub, rg)}/providers/Microsoft.ContainerService/managedClusters/${name}`;
}

/** The managed cluster of an Azure ML v2 cluster: attach names it; create puts it in its resource group. */
export function kubernetesClusterId(
  sub: string,
  c: { mode: 'create' | 'attach'; resourceId: string | null; resourceGroup: string; clusterName: string },
): string {
  return c.mode === 'attach' && c.resourceId !== null
    ? c.resourceId
    : managedClusterId(sub, c.resourceGroup, c.clusterName);
}

/** The extension resource on a managed cluster (an extension resource: {cluster}/providers/...). */
export function kubernetesExtensionId(clusterResourceId: string, name: string): string {
  return `${clusterResourceId}/providers/Microsoft.KubernetesConfiguration/extensions/${name}`;
}
/** A resource provider's registration in a subscription. */
export function providerId(sub: string, namespace: string): string {
  return `/subscriptions/${sub}/providers/${namespace}`;
}

export function sameId(a: string | null | undefined, b: string | null | undefined): boolean {
  return typeof a === 'string' && typeof b === 'string' && a.toLowerCase() === b.toLowerCase();
}

export interface ParsedId {
  subscriptionId: string;
  resourceGroup: string;
  provider: string;
  /** e.g. ['virtualNetworks', 'vnet', 'subnets', 'a'] */
  segments: string[];
  name: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * One segment of an ARM path as Azure returns it. Ids come back from Azure (and attach ids from the spec) and
 * end up in request URLs: nothing that a URL parser would treat as structure may pass (`.`/`..`, `?`, `#`, `%`,
 * `\\`, whitespace or controls, `@`, `:`), so an id can never steer a request off its resource or its host.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it refuses
const SAFE_SEGMENT = /^(?!\.{1,2}$)[^/?#%\\\s@:\u0000-\u001f\u007f]+$/;

/**
 * The id as a path for `{armEndpoint}{path}`, or undefined when it is not a plain ARM resource path
 * (`/subscriptions/{guid}/...`, safe segments, no empty segment).
 */
export function armPath(id: string): string | undefined {
  if (!id.startsWith('/')) return undefined;
  const parts = id.slice(1).split('/');
  if (parts.length < 2 || parts[0].toLowerCase() !== 'subscriptions' || !GUID.test(parts[1])) return undefined;
  return parts.every((p) => SAFE_SEGMENT.test(p)) ? id : undefined;
}

/**
 * `{armEndpoint}{id}?api-version=...` for an id Azure returned, or undefined when the id is not an ARM path
 * or the URL would leave the ARM endpoint's origin.
 */
export function armUrl(armEndpoint: string, id: string, apiVersion: string): string | undefined {
  const path = armPath(id);
  if (path === undefined) return undefined;
  const base = new URL(armEndpoint);
  const url = new URL(`${armEndpoint.replace(/\/+$/, '')}${path}?api-version=${encodeURIComponent(apiVersion)}`);
  return url.origin === base.origin && url.pathname.endsWith(path) ? url.toString() : undefined;
}

/** Parses /subscriptions/{s}/resourceGroups/{rg}/providers/{ns}/{type}/{name}[/{type}/{name}]... */
export function parseResourceId(id: string): ParsedId | undefined {
  if (armPath(id) === undefined) return undefined;
  const parts = id.split('/').filter((p) => p !== '');
  if (parts.length < 6 || parts[0].toLowerCase() !== 'subscriptions' || parts[2].toLowerCase() !== 'resourcegroups') {
    return undefined;
  }
  if (parts[4].toLowerCase() !== 'providers' || parts.length < 8 || (parts.length - 6) % 2 !== 0) return undefined;
  const segments = parts.slice(6);
  return {
    subscriptionId: parts[1],
    resourceGroup: parts[3],
    provider: parts[5],
    segments,
    name: segments[segments.length - 1],
  };
}

/** The VNet id a subnet id belongs to (lower-cased comparisons are the caller's business). */
export function vnetOfSubnet(subnetResourceId: string): string | undefined {
  const m = /^(.*\/providers\/Microsoft\.Network\/virtualNetworks\/[^/]+)\/subnets\/[^/]+$/i.exec(subnetResourceId);
  return m?.[1];
}
