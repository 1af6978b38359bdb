// What the per-kind diff modules share: the draft shape (a change before dependsOn is filled in) and small
// comparisons. Pure.
import type { Change } from '../model.js';
import { provisioningFailed } from '../compute-state.js';

type WithoutDependsOn<C> = C extends unknown ? Omit<C, 'dependsOn'> : never;

/** A change before dependsOn is filled in: its prerequisites by address, kept only if they write something. */
export type Draft = WithoutDependsOn<Change> & { needs: string[] };

export const lower = (s: string | null | undefined): string => (s ?? '').toLowerCase();

export function sameText(a: string | null | undefined, b: string | null | undefined): boolean {
  return lower(a) === lower(b);
}

/** The same strings, ignoring order and case. */
export function sortedEq(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const x = [...a].map((s) => s.toLowerCase()).sort();
  const y = [...b].map((s) => s.toLowerCase()).sort();
  return x.every((v, i) => v === y[i]);
}

/** A provisioning state some operation is still working towards (not Succeeded, Failed or Canceled). */
export function settling(state: string | null | undefined): boolean {
  const s = lower(state);
  return s !== '' && s !== 'succeeded' && !provisioningFailed(s);
}
