// Advisory security rules on the NSG rules of the spec: warnings about exposure that Azure accepts but its own
// security guidance advises against. They never block a plan (severity warning).
import { containsRange, parseCidr, type Cidr } from '../../net/index.js';
import { KUBERNETES_DEFAULTS } from '../../spec/defaults.js';
import type { SecurityRuleSpec, Spec } from '../../spec/types.js';
import { offlineRule } from '../define.js';
import type { RawFinding } from '../types.js';
import { cite, DOC } from './sources.js';

/** Azure's default for an absent address or port list (the plan writes '*' too). */
const ANY = '*';

/** Sources that mean "any address on the internet". */
const INTERNET_SOURCES: ReadonlySet<string> = new Set(['*', 'internet', 'any', '0.0.0.0/0']);

/** The private (RFC 1918) ranges, and the service tags that stay inside Azure's private address space. */
const PRIVATE_RANGES: readonly Cidr[] = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'].map((t) => {
  const r = parseCidr(t);
  if (!r.ok) throw new Error(`bad private range ${t}`);
  return r.value;
});
const PRIVATE_TAGS: ReadonlySet<string> = new Set(['virtualnetwork', 'azureloadbalancer']);

/** The ports Defender for Cloud's just-in-time VM access protects by default: SSH, RDP and WinRM. */
export const MANAGEMENT_PORTS: readonly { port: number; name: string }[] = [
  { port: 22, name: 'SSH' },
  { port: 3389, name: 'RDP' },
  { port: 5985, name: 'WinRM' },
  { port: 5986, name: 'WinRM over HTTPS' },
];

const rulePath = (i: number, field: string): string => `network.securityGroup.rules[${i}].${field}`;

function inboundAllows(spec: Spec): { rule: SecurityRuleSpec; index: number }[] {
  return (spec.network.securityGroup?.rules ?? [])
    .map((rule, index) => ({ rule, index }))
    .filter(({ rule }) => rule.direction === 'Inbound' && rule.access === 'Allow');
}

function sourcesOf(rule: SecurityRuleSpec): string[] {
  return rule.sourceAddressPrefixes ?? [ANY];
}

/** True when `source` is an address range inside a private range, or a tag that stays private. */
export function isPrivateSource(source: string): boolean {
  const s = source.trim();
  if (PRIVATE_TAGS.has(s.toLowerCase())) return true;
  const cidr = parseCidr(s.includes('/') ? s : `${s}/32`);
  return cidr.ok && PRIVATE_RANGES.some((p) => containsRange(p, cidr.value));
}

/** True when a port range entry ('22', '20-25', '*') covers `port`. */
export function coversPort(range: string, port: number): boolean {
  const r = range.trim();
  if (r === ANY) return true;
  const m = /^(\d+)(?:-(\d+))?$/.exec(r);
  if (m === null) return false;
  const low = Number(m[1]);
  const high = m[2] === undefined ? low : Number(m[2]);
  return low <= port && port <= high;
}

export const inboundFromInternet = offlineRule({
  id: 'NSG-INBOUND-FROM-INTERNET',
  severity: 'warning',
  title: 'No inbound Allow rule admits any internet address (source *, Internet or 0.0.0.0/0)',
  source: cite(
    DOC.networkBestPractices,
    'deny by default, allow by exception; restrict inbound traffic to the sources that need it',
  ),
  check({ spec }) {
    const out: RawFinding[] = [];
    for (const { rule, index } of inboundAllows(spec)) {
      const open = sourcesOf(rule).find((s) => INTERNET_SOURCES.has(s.trim().toLowerCase()));
      if (open === undefined) continue;
      out.push({
        path:
          rule.sourceAddressPrefixes === undefined ? rulePath(index, 'name') : rulePath(index, 'sourceAddressPrefixes'),
        message:
          rule.sourceAddressPrefixes === undefined
            ? `NSG rule ${rule.name} allows inbound traffic from any address (no sourceAddressPrefixes means *)`
            : `NSG rule ${rule.name} allows inbound traffic from ${JSON.stringify(open)}, i.e. from the whole internet`,
        hint: 'List the client ranges (CIDRs) or service tags that need access in sourceAddressPrefixes.',
      });
    }
    return out;
  },
});

export const managementPortsOpen = offlineRule({
  id: 'NSG-MANAGEMENT-PORTS-OPEN',
  severity: 'warning',
  title: 'Management ports (SSH 22, RDP 3389, WinRM 5985-5986) are open inbound only to private sources',
  source: cite(
    DOC.defenderJit,
    'threat actors actively hunt accessible machines with open management ports, like RDP or SSH',
  ),
  check({ spec }) {
    const out: RawFinding[] = [];
    for (const { rule, index } of inboundAllows(spec)) {
      const wide = sourcesOf(rule).filter((s) => !isPrivateSource(s));
      if (wide.length === 0) continue;
      const ranges = rule.destinationPortRanges ?? [ANY];
      const open = MANAGEMENT_PORTS.filter(({ port }) => ranges.some((r) => coversPort(r, port)));
      if (open.length === 0) continue;
      const ports = open.map(({ port, name }) => `${port} (${name})`).join(', ');
      out.push({
        path:
          rule.destinationPortRanges === undefined ? rulePath(index, 'name') : rulePath(index, 'destinationPortRanges'),
        message: `NSG rule ${rule.name} opens management port(s) ${ports} to ${wide.map((s) => JSON.stringify(s)).join(', ')}, wider than a private range`,
        hint: 'Limit the sources to private ranges (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, VirtualNetwork) or use just-in-time VM access.',
      });
    }
    return out;
  },
});

/** The ports scoring requests reach a cluster on: azureml-fe listens on HTTP 80 and HTTPS 443. */
export const SCORING_PORTS: readonly number[] = [80, 443];

/** True when every cluster of the spec (at least one) scores on a private IP behind an internal load balancer. */
export function allScoringInternal(spec: Spec): boolean {
  const v1 = (spec.aksClusters ?? []).map((c) => c.loadBalancerType === 'InternalLoadBalancer');
  const v2 = (spec.kubernetesClusters ?? []).map(
    (c) => (c.inferenceRouter ?? KUBERNETES_DEFAULTS.inferenceRouter) === 'internalLoadBalancer',
  );
  const all = [...v1, ...v2];
  return all.length > 0 && all.every(Boolean);
}

export const scoringRuleTooWide = offlineRule({
  id: 'NSG-SCORING-RULE-TOO-WIDE',
  severity: 'warning',
  title:
    'With every cluster behind an internal load balancer, no inbound Allow opens the scoring ports (80, 443) to the internet',
  source: cite(
    DOC.networkBestPractices,
    'restrict inbound traffic to the sources that need it; a private (internal load balancer) endpoint is reached from inside the network',
  ),
  check({ spec }) {
    if (!allScoringInternal(spec)) return [];
    const out: RawFinding[] = [];
    for (const { rule, index } of inboundAllows(spec)) {
      const open = sourcesOf(rule).find((s) => INTERNET_SOURCES.has(s.trim().toLowerCase()));
      if (open === undefined) continue;
      const ranges = rule.destinationPortRanges ?? [ANY];
      const ports = SCORING_PORTS.filter((port) => ranges.some((r) => coversPort(r, port)));
      if (ports.length === 0) continue;
      out.push({
        path:
          rule.sourceAddressPrefixes === undefined ? rulePath(index, 'name') : rulePath(index, 'sourceAddressPrefixes'),
        message:
          `NSG rule ${rule.name} opens scoring port(s) ${ports.join(', ')} to ${JSON.stringify(open)}, ` +
          'but every cluster scores on a private IP behind an internal load balancer',
        hint: "Allow only the networks that call the endpoint (VirtualNetwork, a peered range or your clients' CIDRs).",
      });
    }
    return out;
  },
});

export const advisoryNsgRules = [inboundFromInternet, managementPortsOpen, scoringRuleTooWide];
