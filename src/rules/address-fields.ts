// The address-valued fields of a spec (CIDRs and IPs), walked in one place for the syntax rules and the analysis.
import type { Spec } from '../spec/types.js';

export type FieldKind = 'cidr' | 'ip' | 'nsg-prefix';

export interface AddressField {
  path: string;
  text: string;
  kind: FieldKind;
  /** The field's name for messages ("serviceCidr", "subnet aks-subnet addressPrefix"). */
  label: string;
}

/** NSG prefixes are CIDRs, IPs, '*' or service tags; only the ones starting with a digit are addresses. */
export function looksLikeAddress(prefix: string): boolean {
  return /^\s*\d/.test(prefix);
}

/** Every address-valued field the spec gives (absent optional fields are skipped: their defaults are valid). */
export function* addressFields(spec: Spec): Generator<AddressField> {
  const n = spec.network;
  for (const [i, text] of (n.addressSpace ?? []).entries())
    yield { path: `network.addressSpace[${i}]`, text, kind: 'cidr', label: 'addressSpace entry' };
  for (const [i, s] of n.subnets.entries())
    yield {
      path: `network.subnets[${i}].addressPrefix`,
      text: s.addressPrefix,
      kind: 'cidr',
      label: `subnet ${s.name} addressPrefix`,
    };
  for (const [i, c] of (spec.aksClusters ?? []).entries()) {
    for (const field of ['serviceCidr', 'podCidr', 'dockerBridgeCidr'] as const) {
      const text = c[field];
      if (text !== null && text !== undefined)
        yield { path: `aksClusters[${i}].${field}`, text, kind: 'cidr', label: `${c.name} ${field}` };
    }
    if (c.dnsServiceIp !== null && c.dnsServiceIp !== undefined)
      yield {
        path: `aksClusters[${i}].dnsServiceIp`,
        text: c.dnsServiceIp,
        kind: 'ip',
        label: `${c.name} dnsServiceIp`,
      };
  }
  for (const [i, c] of (spec.kubernetesClusters ?? []).entries()) {
    for (const field of ['serviceCidr', 'podCidr'] as const) {
      const text = c[field];
      if (text !== null && text !== undefined)
        yield { path: `kubernetesClusters[${i}].${field}`, text, kind: 'cidr', label: `${c.name} ${field}` };
    }
    if (c.dnsServiceIp !== null && c.dnsServiceIp !== undefined)
      yield {
        path: `kubernetesClusters[${i}].dnsServiceIp`,
        text: c.dnsServiceIp,
        kind: 'ip',
        label: `${c.name} dnsServiceIp`,
      };
  }
  for (const [i, r] of (n.securityGroup?.rules ?? []).entries()) {
    for (const field of ['sourceAddressPrefixes', 'destinationAddressPrefixes'] as const) {
      for (const [j, text] of (r[field] ?? []).entries())
        if (looksLikeAddress(text))
          yield {
            path: `network.securityGroup.rules[${i}].${field}[${j}]`,
            text,
            kind: 'nsg-prefix',
            label: `NSG rule ${r.name} ${field}`,
          };
    }
  }
}
