// What an apply leaves in the emulator, for the crash matrices (CLI and action) and the orphan tests: the inventory
// (resources counted by kind) and the orphan check (what nothing references, or what references nothing).
import type { JsonObject } from '../../emulator/types.js';

/** A resource as the emulator stores it (full ARM JSON). */
type Resource = JsonObject;

const CLUSTER = 'microsoft.containerservice/managedclusters';
const COMPUTE = 'microsoft.machinelearningservices/workspaces/computes';
const ROLE = 'microsoft.authorization/roleassignments';

const typeOf = (r: Resource): string => String(r['type']).toLowerCase();
const propsOf = (r: Resource): Record<string, unknown> => (r['properties'] ?? {}) as Record<string, unknown>;
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/**
 * Counts per resource id (per type for managed clusters, per scope and role for role assignments: the names Azure
 * generates differ from world to world), subnets and security rules included. Two worlds that ran the same spec to
 * the end have the same inventory: nothing lost, nothing created twice.
 */
export function inventory(resources: Iterable<Resource>): string[] {
  const counts = new Map<string, number>();
  const add = (key: string): void => void counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const r of resources) {
    const type = typeOf(r);
    const props = propsOf(r);
    if (type === ROLE) {
      add(`${type} at ${text(props['scope']).toLowerCase()} role ${text(props['roleDefinitionId']).split('/').pop()}`);
    } else if (type === CLUSTER) {
      add(type);
    } else {
      add(text(r['id']).toLowerCase());
    }
    for (const key of ['subnets', 'securityRules']) {
      for (const child of (props[key] ?? []) as Array<{ id?: string }>) add(String(child.id).toLowerCase());
    }
  }
  return [...counts].map(([k, n]) => `${k} x${n}`).sort();
}

function clusterPrincipals(cluster: Resource): string[] {
  const identity = (cluster['identity'] ?? {}) as { principalId?: unknown; userAssignedIdentities?: unknown };
  const out = [text(identity.principalId)];
  for (const u of Object.values((identity.userAssignedIdentities ?? {}) as Record<string, { principalId?: unknown }>))
    out.push(text(u.principalId));
  return out.filter((p) => p !== '').map((p) => p.toLowerCase());
}

/**
 * The orphans, each as a sentence (empty when there are none):
 * - a managed cluster no Azure ML compute attaches (a private cluster an interrupted run created and nothing took up);
 * - a compute whose resourceId names no managed cluster;
 * - a role assignment (of any role amlnet assigns, i.e. any not in `preexisting`) whose principal is no cluster's
 *   identity (given to a cluster that no longer exists, or twice-created cluster's lost twin).
 */
export function orphans(resources: Iterable<Resource>, preexisting: ReadonlySet<string> = new Set()): string[] {
  const all = [...resources];
  const clusters = all.filter((r) => typeOf(r) === CLUSTER);
  const computes = all.filter((r) => typeOf(r) === COMPUTE);
  const attached = new Set(computes.map((c) => text(propsOf(c)['resourceId']).toLowerCase()).filter((id) => id !== ''));
  const clusterIds = new Set(clusters.map((c) => text(c['id']).toLowerCase()));
  const principals = new Set(clusters.flatMap(clusterPrincipals));
  const out: string[] = [];
  for (const c of clusters) {
    const id = text(c['id']).toLowerCase();
    if (!attached.has(id)) out.push(`managed cluster ${text(c['id'])} is attached by no compute`);
  }
  for (const c of computes) {
    const target = text(propsOf(c)['resourceId']).toLowerCase();
    if (target !== '' && !clusterIds.has(target))
      out.push(`compute ${text(c['id'])} names a missing cluster ${target}`);
  }
  for (const r of all) {
    if (typeOf(r) !== ROLE || preexisting.has(text(r['id']).toLowerCase())) continue;
    const principal = text(propsOf(r)['principalId']).toLowerCase();
    if (!principals.has(principal))
      out.push(`role assignment ${text(r['id'])} is for ${principal}, no cluster's identity`);
  }
  return out;
}

/** The ids (lower case) of the role assignments present before amlnet ran: they are nobody's orphans. */
export function roleAssignmentIds(resources: Iterable<Resource>): Set<string> {
  return new Set([...resources].filter((r) => typeOf(r) === ROLE).map((r) => text(r['id']).toLowerCase()));
}
