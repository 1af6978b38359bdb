// What most rules need from a spec, computed once per spec object: parsed CIDRs, interval indexes of the subnets
// and the address space, resolved clusters and name lookups. Rules stay pure functions of the spec; this is a
// memo keyed by the (immutable, schema-valid) spec object so that twenty rules do not parse 5,000 subnets twenty times.
import { formatIpv4, overlaps, parseCidr, parseIpv4, type Cidr, type IpRange, type ParseResult } from '../net/cidr.js';
import { reservedRangeOverlapping } from '../net/reserved.js';
import { IntervalIndex } from '../net/interval-index.js';
import {
  resolveAllClusters,
  resolveNetwork,
  type ResolvedAnyCluster,
  type ResolvedCluster,
  type ResolvedKubernetesCluster,
  type ResolvedNetwork,
} from '../spec/defaults.js';
import type { Spec, SubnetSpec } from '../spec/types.js';
import { addressFields, type AddressField } from './address-fields.js';

export interface AnalyzedSubnet {
  index: number;
  spec: SubnetSpec;
  /** null when the prefix does not parse (CIDR-SYNTAX reports it). */
  cidr: Cidr | null;
  path: string;
}

export interface AnalyzedAddressSpace {
  index: number;
  cidr: Cidr | null;
  path: string;
}

export interface AnalyzedCluster {
  /** A legacy v1 cluster (aksClusters) or a v2 Kubernetes compute (kubernetesClusters): `resolved.kind` says which. */
  resolved: ResolvedAnyCluster;
  /** Parsed forms of the resolved values; null when absent or unparseable. */
  serviceCidr: Cidr | null;
  dnsServiceIp: number | null;
  podCidr: Cidr | null;
  dockerBridgeCidr: Cidr | null;
}

export interface ParsedAddressField {
  field: AddressField;
  /** An IP field (dnsServiceIp, or an NSG prefix without a mask) rather than a CIDR. */
  isIp: boolean;
  parsed: ParseResult<Cidr | number>;
}

export interface Analysis {
  network: ResolvedNetwork;
  /** Every address-valued field the spec gives, parsed once. */
  addressFields: ParsedAddressField[];
  subnets: AnalyzedSubnet[];
  /** Lower-cased subnet name -> first subnet with that name (Azure resource names are case-insensitive). */
  subnetsByName: Map<string, AnalyzedSubnet>;
  subnetIndex: IntervalIndex<AnalyzedSubnet>;
  addressSpace: AnalyzedAddressSpace[];
  addressSpaceIndex: IntervalIndex<AnalyzedAddressSpace>;
  clusters: AnalyzedCluster[];
}

function cidrOrNull(text: string | null | undefined): Cidr | null {
  if (text === null || text === undefined) return null;
  const r = parseCidr(text);
  return r.ok ? r.value : null;
}

function ipOrNull(text: string | null | undefined): number | null {
  if (text === null || text === undefined) return null;
  const r = parseIpv4(text);
  return r.ok ? r.value : null;
}

function analyze(spec: Spec): Analysis {
  const network = resolveNetwork(spec);
  const parsedFields: ParsedAddressField[] = [];
  const cidrByPath = new Map<string, Cidr>();
  for (const field of addressFields(spec)) {
    // An NSG prefix may be a single IP or a CIDR; the other fields say which they are.
    const isIp = field.kind === 'ip' || (field.kind === 'nsg-prefix' && !field.text.includes('/'));
    const parsed: ParseResult<Cidr | number> = isIp ? parseIpv4(field.text) : parseCidr(field.text);
    if (parsed.ok && typeof parsed.value !== 'number') cidrByPath.set(field.path, parsed.value);
    parsedFields.push({ field, isIp, parsed });
  }
  const subnets: AnalyzedSubnet[] = network.subnets.map((s, index) => {
    const path = `network.subnets[${index}].addressPrefix`;
    return { index, spec: s, cidr: cidrByPath.get(path) ?? null, path };
  });
  const subnetsByName = new Map<string, AnalyzedSubnet>();
  for (const s of subnets) {
    const key = s.spec.name.toLowerCase();
    if (!subnetsByName.has(key)) subnetsByName.set(key, s);
  }
  const addressSpace: AnalyzedAddressSpace[] = network.addressSpace.map((_text, index) => {
    const path = `network.addressSpace[${index}]`;
    return { index, cidr: cidrByPath.get(path) ?? null, path };
  });
  // Clusters mostly repeat the same (often default) values: parse each distinct text once.
  const cidrCache = new Map<string, Cidr | null>();
  const cidr = (text: string | null): Cidr | null => {
    if (text === null) return null;
    let c = cidrCache.get(text);
    if (c === undefined) {
      c = cidrOrNull(text);
      cidrCache.set(text, c);
    }
    return c;
  };
  const clusters = resolveAllClusters(spec).map((resolved) => ({
    resolved,
    serviceCidr: cidr(resolved.serviceCidr),
    dnsServiceIp: ipOrNull(resolved.dnsServiceIp),
    podCidr: cidr(resolved.podCidr),
    // The docker bridge is a v1 (AML AKS compute) setting; AKS's own API no longer has it.
    dockerBridgeCidr: resolved.kind === 'aksClusters' ? cidr(resolved.dockerBridgeCidr) : null,
  }));
  return {
    network,
    addressFields: parsedFields,
    subnets,
    subnetsByName,
    subnetIndex: new IntervalIndex(subnets.flatMap((s) => (s.cidr ? [{ range: s.cidr, value: s }] : []))),
    addressSpace,
    addressSpaceIndex: new IntervalIndex(addressSpace.flatMap((a) => (a.cidr ? [{ range: a.cidr, value: a }] : []))),
    clusters,
  };
}

const memo = new WeakMap<Spec, Analysis>();

/** The analysis of a spec, computed on first use. Callers must not mutate the spec afterwards. */
export function analysisOf(spec: Spec): Analysis {
  let a = memo.get(spec);
  if (!a) {
    a = analyze(spec);
    memo.set(spec, a);
  }
  return a;
}

/** `aksClusters[i].field` or `kubernetesClusters[i].field` */
export function clusterPath(c: AnalyzedCluster | ResolvedAnyCluster, field?: string): string {
  const { kind, index } = 'resolved' in c ? c.resolved : c;
  return field ? `${kind}[${index}].${field}` : `${kind}[${index}]`;
}

/** The legacy v1 clusters only (aksClusters), for rules about AML AKS compute settings. */
export function legacyClusters(
  clusters: readonly AnalyzedCluster[],
): (AnalyzedCluster & { resolved: ResolvedCluster })[] {
  return clusters.filter(
    (c): c is AnalyzedCluster & { resolved: ResolvedCluster } => c.resolved.kind === 'aksClusters',
  );
}

/** The v2 Kubernetes computes only (kubernetesClusters). */
export function kubernetesClusters(
  clusters: readonly AnalyzedCluster[],
): (AnalyzedCluster & { resolved: ResolvedKubernetesCluster })[] {
  return clusters.filter(
    (c): c is AnalyzedCluster & { resolved: ResolvedKubernetesCluster } => c.resolved.kind === 'kubernetesClusters',
  );
}

/** How a resolved value reads in a message: "serviceCidr 10.0.0.0/16 (the default)" when it was not given. */
export function describeValue(c: AnalyzedCluster, field: string, value: string): string {
  return (c.resolved.defaulted as ReadonlySet<string>).has(field)
    ? `${field} ${value} (the default)`
    : `${field} ${value}`;
}

/** Only clusters amlnet creates get a network profile; attach leaves the existing cluster's network alone. */
export function createdClusters(a: Analysis): AnalyzedCluster[] {
  return a.clusters.filter((c) => c.resolved.mode === 'create');
}

/** "subnet aks 10.1.0.0/22 (and 2 more subnets)" for the subnets `range` overlaps, or undefined when none. */
export function overlappedSubnets(a: Analysis, range: IpRange): string | undefined {
  const hit = a.subnetIndex.findOverlap(range);
  if (!hit) return undefined;
  const more = a.subnetIndex.countOverlaps(range) - 1;
  const rest = more > 0 ? ` (and ${more} more subnet${more === 1 ? '' : 's'})` : '';
  return `subnet ${hit.value.spec.name} ${hit.value.spec.addressPrefix}${rest}`;
}

// Private ranges to propose for a service range, in order of preference (commonly used, away from typical VNets).
const SUGGESTION_BASES = ['10.0.0.0', '10.100.0.0', '10.200.0.0', '172.20.0.0', '192.168.0.0'].map((t) => {
  const r = parseIpv4(t);
  if (!r.ok) throw new Error(r.error);
  return r.value;
});

/**
 * A range of `prefix` bits (/12../24) at one of a few private bases that overlaps no subnet, no address-space entry,
 * no AKS-reserved range and none of `avoid`; undefined when none of them is free. O(log n) per candidate.
 */
export function suggestFreeRange(a: Analysis, prefix: number, avoid: readonly IpRange[] = []): string | undefined {
  const p = Math.min(Math.max(prefix, 12), 24);
  const size = 2 ** (32 - p);
  for (const base of SUGGESTION_BASES) {
    const start = base - (base % size);
    const range = { start, end: start + size - 1 };
    if (a.subnetIndex.findOverlap(range) || a.addressSpaceIndex.findOverlap(range) || reservedRangeOverlapping(range))
      continue;
    if (avoid.some((x) => overlaps(x, range))) continue;
    return `${formatIpv4(start)}/${p}`;
  }
  return undefined;
}
