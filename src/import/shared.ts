// What the v1 and v2 cluster mappings of `amlnet import` share: the notes (comments) of the written file, location
// names, and the Network Contributor scope a cluster's assignments amount to. Pure.
import type { NetworkContributorScope } from '../spec/types.js';
import { rgId } from '../live/ids.js';
import { scopeCovers } from '../plan/roles.js';

/** Comments of the written file, by spec path ('' = the top of the file). */
export interface ImportNotes {
  /** Lines above the node at the path. */
  before: Map<string, string[]>;
}

export const lower = (s: string | null | undefined): string => (s ?? '').toLowerCase();

/** Azure's location display forms ("East US 2") and names ("eastus2") -> the name. */
export function locationName(location: string): string {
  return location.toLowerCase().replace(/\s+/g, '');
}

export function oneOf<T extends string>(value: string | null | undefined, allowed: readonly T[]): T | undefined {
  return allowed.find((a) => a.toLowerCase() === lower(value));
}

export function addNote(notes: ImportNotes, path: string, ...lines: string[]): void {
  notes.before.set(path, [...(notes.before.get(path) ?? []), ...lines]);
}

export function chunk<T>(xs: T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

/**
 * The networkContributorScope that plans no new assignment: `subnet` only when an assignment covers the subnet and
 * none covers the VNet's resource group; `resourceGroup` otherwise (also when none covers the subnet: then the
 * plan creates one, the default's, and the import reports it).
 */
export function contributorScopeOf(
  scopes: readonly string[],
  subnetId: string,
  subscriptionId: string,
  vnetResourceGroup: string,
): NetworkContributorScope {
  const vnetRg = rgId(subscriptionId, vnetResourceGroup);
  return scopes.some((s) => scopeCovers(s, vnetRg)) || !scopes.some((s) => scopeCovers(s, subnetId))
    ? 'resourceGroup'
    : 'subnet';
}

/** "Azure holds" lines of a cluster note: the values fixed at creation, three to a line. */
export function heldLines(values: readonly [string, string | number | null | undefined][]): string[] {
  const held = values
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `${k}: ${String(v)}`);
  return held.length > 0
    ? [
        'Azure holds (fixed when the cluster was created; not sent on attach):',
        ...chunk(held, 3).map((l) => `  ${l.join(', ')}`),
      ]
    : [];
}
