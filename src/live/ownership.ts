// Which NSG rules amlnet owns, recorded in Azure itself: in the NSG's tags, written (read, merge, If-Match) when
// amlnet creates or updates a rule, and read back by every plan. No local state file: ownership survives re-runs
// and runners, and amlnet never claims a rule it did not write. Pure string work on the tag map.
//
// Format: tag `amlnet-owned-rules` holds rule names joined by commas (NSG rule names cannot contain commas); names
// that do not fit in one tag value (256 characters) continue in `amlnet-owned-rules-2`, `-3`, ... Other tags are
// never touched. https://learn.microsoft.com/en-us/azure/azure-resource-manager/management/tag-resources#limitations

import type { LiveNsg, LiveSecurityRule } from './types.js';

export const OWNED_RULES_TAG = 'amlnet-owned-rules';
const MAX_TAG_VALUE = 256;
const OWNED_KEY = new RegExp(`^${OWNED_RULES_TAG}(-\\d+)?$`, 'i');

/** The owned rule names the tags record, in their first spelling, de-duplicated case-insensitively. */
export function ownedRuleNames(tags: Readonly<Record<string, string>> | undefined): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  const keys = Object.keys(tags ?? {})
    .filter((k) => OWNED_KEY.test(k))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  for (const k of keys) {
    for (const raw of (tags?.[k] ?? '').split(',')) {
      const name = raw.trim();
      if (name === '' || seen.has(name.toLowerCase())) continue;
      seen.add(name.toLowerCase());
      names.push(name);
    }
  }
  return names;
}

/** `tags` with the ownership record rewritten to hold exactly `names` (sorted); every other tag as it was. */
export function withOwnedRuleNames(
  tags: Readonly<Record<string, string>> | undefined,
  names: readonly string[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(tags ?? {})) if (!OWNED_KEY.test(k)) out[k] = v;
  const unique = [...new Map(names.map((n) => [n.toLowerCase(), n])).values()].sort((a, b) =>
    a.toLowerCase().localeCompare(b.toLowerCase()),
  );
  const values: string[] = [];
  for (const name of unique) {
    const last = values.length - 1;
    if (last >= 0 && values[last].length + 1 + name.length <= MAX_TAG_VALUE) values[last] += `,${name}`;
    else values.push(name);
  }
  values.forEach((v, i) => (out[i === 0 ? OWNED_RULES_TAG : `${OWNED_RULES_TAG}-${i + 1}`] = v));
  return out;
}

/** True when the tags already record `name` as owned (case-insensitively). */
export function isOwned(tags: Readonly<Record<string, string>> | undefined, name: string): boolean {
  return ownedRuleNames(tags).some((n) => n.toLowerCase() === name.toLowerCase());
}

/** Owned rules (per the NSG's tags) that still exist in Azure and that the spec no longer lists (lower-cased names). */
export function removedOwnedRules(nsg: LiveNsg, listed: ReadonlySet<string>): LiveSecurityRule[] {
  const owned = new Set(nsg.ownedRules.map((n) => n.toLowerCase()));
  return nsg.rules.filter((r) => owned.has(r.name.toLowerCase()) && !listed.has(r.name.toLowerCase()));
}
