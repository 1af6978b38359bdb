// Region names in the forms Azure itself accepts for a `location`: the programmatic name (`eastus2`), the
// display name (`East US 2`) and the PascalCase form of service tags (`EastUS2`). ARM compares locations without
// case and spaces (`az account list-locations` lists `name` and `displayName`:
// https://learn.microsoft.com/en-us/cli/azure/account#az-account-list-locations), so amlnet reads all three and
// keeps the programmatic name, the form ARM returns. Pure.
import type { Spec } from './types.js';

/** What a location may look like before it is normalised: letters and digits, words separated by spaces. */
export const REGION_FORM = /^[A-Za-z][A-Za-z0-9]*(?: [A-Za-z0-9]+)*$/;

/** `East US 2`, `EastUS2` and `eastus2` all become `eastus2`; anything else is returned unchanged. */
export function canonicalRegion(value: string): string {
  const trimmed = value.trim();
  return REGION_FORM.test(trimmed) ? trimmed.replace(/ /g, '').toLowerCase() : value;
}

function canonical<T extends string | null | undefined>(value: T): T {
  return (typeof value === 'string' ? canonicalRegion(value) : value) as T;
}

/** A copy of the spec with every location in its programmatic form (the spec passed the schema). */
export function normaliseRegions(spec: Spec): Spec {
  return {
    ...spec,
    location: canonicalRegion(spec.location),
    network: {
      ...spec.network,
      ...(spec.network.location != null ? { location: canonical(spec.network.location) } : {}),
    },
    ...(spec.aksClusters !== undefined
      ? {
          aksClusters: spec.aksClusters.map((c) =>
            c.location != null ? { ...c, location: canonical(c.location) } : c,
          ),
        }
      : {}),
    ...(spec.kubernetesClusters !== undefined
      ? {
          kubernetesClusters: spec.kubernetesClusters.map((c) =>
            c.location != null ? { ...c, location: canonical(c.location) } : c,
          ),
        }
      : {}),
  };
}
