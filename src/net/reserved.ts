// Address ranges AKS reserves for itself; they may not be used for the service range, the pod range or the cluster
// VNet's address space (https://learn.microsoft.com/en-us/azure/aks/configure-kubenet,
// https://learn.microsoft.com/en-us/azure/aks/concepts-network-cni-overview).
import { parseCidr, overlaps, type Cidr, type IpRange } from './cidr.js';

function mustParse(text: string): Cidr {
  const r = parseCidr(text);
  if (!r.ok) throw new Error(`built-in CIDR ${text} is invalid: ${r.error}`);
  return r.value;
}

export const AKS_RESERVED_RANGES: readonly Cidr[] = [
  '169.254.0.0/16',
  '172.30.0.0/16',
  '172.31.0.0/16',
  '192.0.2.0/24',
].map(mustParse);

/** The first AKS-reserved range that `r` overlaps, if any (four ranges: a linear scan is constant time). */
export function reservedRangeOverlapping(r: IpRange): Cidr | undefined {
  return AKS_RESERVED_RANGES.find((reserved) => overlaps(reserved, r));
}

export { mustParse as parseBuiltInCidr };
