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

/** Parses /subscriptions/{s}/resourceGroups/{rg}/providers/{ns}/{type}/{name}[/{type}/{name}]... */
export function parseResourceId(id: string): ParsedId | undefined {
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
