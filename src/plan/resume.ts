// Resuming under the reviewed plan. A killed or failed apply leaves part of the reviewed plan done; the fresh plan
// then holds only what is left, so its hash differs from the reviewed one although nothing new is asked. The
// reviewed plan carries one digest per write (in the comment's binding line, or the plan file); a fresh plan is
// accepted as a resumption when each of its writes is one the reviewed plan contained with the same desired values.
// Anything new or different is still refused. Pure.
import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical.js';
import { writes, type Change, type JsonObject, type Plan } from './model.js';

/** The identity a role change resolves at apply time: unknown in a plan made before the cluster existed. */
const RESOLVED_AT_APPLY = ['principalId', 'computeId', 'managedClusterId'];

/**
 * What a write does, independent of how far an earlier run got: the resource and the values written, not the
 * action (a create that was half done resumes as an update of the same values). A role assignment's principal
 * (and so its name) may be known only once its cluster exists; it is tied to the cluster the change names.
 */
function essence(c: Change): JsonObject {
  if (c.action === 'delete')
    return { address: c.address, resourceType: c.resourceType, resourceId: c.resourceId.toLowerCase(), delete: true };
  const after: JsonObject = { ...(c.after ?? {}) };
  if (c.step === 'role') for (const k of RESOLVED_AT_APPLY) delete after[k];
  return {
    address: c.address,
    resourceType: c.resourceType,
    ...(c.step === 'role' ? {} : { resourceId: c.resourceId.toLowerCase() }),
    after,
  };
}

/** 16 hex digits of SHA-256 over the canonical essence of a write. */
export function changeDigest(c: Change): string {
  return createHash('sha256')
    .update(canonicalJson(essence(c)))
    .digest('hex')
    .slice(0, 16);
}

/** The digests of a plan's writes (create, update, delete), in plan order. */
export function writeDigests(plan: Pick<Plan, 'changes'>): string[] {
  return plan.changes.filter((c) => writes(c.action)).map(changeDigest);
}

export type ResumeVerdict =
  | { kind: 'same' }
  /** Every fresh write was reviewed; `done` of the `total` reviewed writes need no more work. */
  | { kind: 'resume'; done: number; total: number }
  /** Writes the reviewed plan did not contain (or contained with other values). */
  | { kind: 'differs'; unreviewed: Change[] };

export function compareWithReviewed(
  fresh: Plan,
  reviewed: { planHash: string; writes: readonly string[] | undefined },
): ResumeVerdict {
  if (fresh.planHash === reviewed.planHash) return { kind: 'same' };
  const pending = fresh.changes.filter((c) => writes(c.action));
  if (fresh.refused) return { kind: 'differs', unreviewed: pending };
  // Nothing left to do (an earlier run finished the reviewed plan): accepted even with the hash alone.
  if (pending.length === 0) {
    const total = reviewed.writes?.length ?? 0;
    return { kind: 'resume', done: total, total };
  }
  if (reviewed.writes === undefined) return { kind: 'differs', unreviewed: pending };
  const known = new Set(reviewed.writes);
  const unreviewed = pending.filter((c) => !known.has(changeDigest(c)));
  if (unreviewed.length > 0) return { kind: 'differs', unreviewed };
  return { kind: 'resume', done: reviewed.writes.length - pending.length, total: reviewed.writes.length };
}
