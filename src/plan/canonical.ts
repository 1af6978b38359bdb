// Canonical JSON (sorted keys, no whitespace) and the plan hash. Same spec + same state => same bytes.
import { createHash } from 'node:crypto';
import type { Change, JsonValue } from './model.js';

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError('non-finite number in plan');
    if (value === undefined) return 'null';
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** What the apply acts on: every field of every change except the human-only `reason`. */
export function hashInput(changes: readonly Change[], refused: boolean): JsonValue {
  return {
    version: 1,
    refused,
    changes: changes.map((c) => ({
      kind: c.kind,
      address: c.address,
      resourceType: c.resourceType,
      resourceId: c.resourceId,
      action: c.action,
      before: c.before,
      after: c.after,
      step: c.step,
      dependsOn: [...c.dependsOn],
    })),
  };
}

export function planHash(changes: readonly Change[], refused: boolean): string {
  return createHash('sha256')
    .update(canonicalJson(hashInput(changes, refused)))
    .digest('hex');
}
