// Shared, pure pieces of the plan renderers: symbols per action and per-property before -> after lines.
import type { Action, Change, JsonValue } from '../plan/model.js';

export const SYMBOL: Record<Action, string> = { create: '+', update: '~', delete: '-', 'no-op': '=', refuse: '!' };
export const VERB: Record<Action, string> = {
  create: 'create',
  update: 'update',
  delete: 'delete',
  'no-op': 'no-op',
  refuse: 'refuse',
};
export const NO_CHANGES = 'No changes. Your infrastructure matches the configuration.';

/** Flattens an object into dotted paths; arrays of scalars stay whole, arrays of objects get [i]. */
export function flatten(
  value: JsonValue,
  prefix = '',
  out: Map<string, JsonValue> = new Map(),
): Map<string, JsonValue> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const keys = Object.keys(value).sort();
    if (keys.length === 0 && prefix !== '') out.set(prefix, {});
    for (const k of keys) flatten(value[k], prefix === '' ? k : `${prefix}.${k}`, out);
  } else if (Array.isArray(value) && value.some((v) => v !== null && typeof v === 'object')) {
    value.forEach((v, i) => flatten(v, `${prefix}[${i}]`, out));
    if (value.length === 0) out.set(prefix, []);
  } else {
    out.set(prefix, value);
  }
  return out;
}

export function show(v: JsonValue | undefined): string {
  return v === undefined ? '(absent)' : JSON.stringify(v);
}

export interface PropertyLine {
  symbol: '+' | '~' | '=' | '-';
  key: string;
  text: string;
}

/** The property lines of a change: all after-values for a create, the differing ones for an update. */
export function propertyLines(c: Change): PropertyLine[] {
  if (c.action === 'refuse' || c.action === 'no-op') return [];
  if (c.action === 'delete')
    return [...flatten(c.before ?? {})].map(([key, v]) => ({ symbol: '-', key, text: show(v) }));
  const after = flatten(c.after ?? {});
  if (c.action === 'create' || c.before === null) {
    return [...after].map(([key, v]) => ({ symbol: '+', key, text: show(v) }));
  }
  const before = flatten(c.before);
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
  const lines: PropertyLine[] = [];
  for (const key of keys) {
    const b = before.get(key);
    const a = after.get(key);
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    if (a === undefined) continue; // amlnet never removes a property it does not write
    lines.push(
      b === undefined ? { symbol: '+', key, text: show(a) } : { symbol: '~', key, text: `${show(b)} -> ${show(a)}` },
    );
  }
  return lines;
}

export function summaryLine(counts: Record<Action, number>): string {
  const deletes = counts.delete > 0 ? `${counts.delete} to delete, ` : '';
  return `${counts.create} to create, ${counts.update} to update, ${deletes}${counts['no-op']} unchanged, ${counts.refuse} refused`;
}
