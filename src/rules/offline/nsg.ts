// The NSG rules amlnet owns: priorities, names, descriptions, address prefixes, ports, and restrictOutbound.
import type { SecurityRuleSpec, Spec } from '../../spec/types.js';
import { offlineRule } from '../define.js';
import { MAX_PRIORITY, MIN_PRIORITY, planOutboundRules } from '../outbound.js';
import { checkServiceTag, SERVICE_TAGS } from '../service-tags.js';
import { REGION_TAG_NAMES } from '../azure-regions.js';
import { closestMatch } from '../../spec/suggest.js';
import type { RawFinding } from '../types.js';
import { looksLikeAddress } from '../address-fields.js';
import { cite, DOC } from './sources.js';

export const MAX_DESCRIPTION_LENGTH = 140;
export const MAX_PORT = 65535;

function rulesOf(spec: Spec): SecurityRuleSpec[] {
  return spec.network.securityGroup?.rules ?? [];
}

const rulePath = (i: number, field?: string): string =>
  field ? `network.securityGroup.rules[${i}].${field}` : `network.securityGroup.rules[${i}]`;

export const priorityRange = offlineRule({
  id: 'NSG-PRIORITY-RANGE',
  severity: 'error',
  title: `NSG rule priorities are integers between ${MIN_PRIORITY} and ${MAX_PRIORITY}`,
  source: cite(DOC.networkNsgSwagger, 'priority 100–4096 inclusive'),
  check({ spec }) {
    return rulesOf(spec).flatMap((r, i) =>
      Number.isInteger(r.priority) && r.priority >= MIN_PRIORITY && r.priority <= MAX_PRIORITY
        ? []
        : [
            {
              path: rulePath(i, 'priority'),
              message: `NSG rule ${r.name} priority ${r.priority} is outside ${MIN_PRIORITY}..${MAX_PRIORITY}`,
              hint: `Use an integer priority from ${MIN_PRIORITY} to ${MAX_PRIORITY}.`,
            },
          ],
    );
  },
});

export const priorityUnique = offlineRule({
  id: 'NSG-PRIORITY-UNIQUE',
  severity: 'error',
  title: 'NSG rule priorities are unique per direction',
  source: cite(
    DOC.nsgPriorityConflictIssue,
    '400 SecurityRuleConflict: "Rules cannot have the same Priority and Direction."',
  ),
  check({ spec }) {
    const first = new Map<string, number>();
    const out: RawFinding[] = [];
    const rules = rulesOf(spec);
    for (const [i, r] of rules.entries()) {
      const key = `${r.direction}/${r.priority}`;
      const j = first.get(key);
      if (j === undefined) {
        first.set(key, i);
        continue;
      }
      out.push({
        path: rulePath(i, 'priority'),
        message: `NSG rule ${r.name} has priority ${r.priority}, already used by ${r.direction} rule ${rules[j].name}; rules cannot share a priority and direction`,
        hint: `Give ${r.name} or ${rules[j].name} another ${r.direction} priority.`,
      });
    }
    return out;
  },
});

const ENUMS: { field: 'direction' | 'access' | 'protocol'; values: readonly string[] }[] = [
  { field: 'direction', values: ['Inbound', 'Outbound'] },
  { field: 'access', values: ['Allow', 'Deny'] },
  { field: 'protocol', values: ['Tcp', 'Udp', 'Icmp', 'Esp', 'Ah', '*'] },
];

export const ruleRequiredFields = offlineRule({
  id: 'NSG-RULE-FIELDS',
  severity: 'error',
  title: 'NSG rules give direction, access and protocol from their documented values',
  source: cite(
    DOC.networkNsgSwagger,
    'required protocol, access, priority, direction (SecurityRulePropertiesFormat); protocol, access and direction are enums',
  ),
  // The schema enforces these; this guard is for specs built in code and costs one pass.
  check({ spec }) {
    const out: RawFinding[] = [];
    for (const [i, r] of rulesOf(spec).entries())
      for (const { field, values } of ENUMS) {
        const v: unknown = r[field];
        if (typeof v === 'string' && values.includes(v)) continue;
        out.push({
          path: rulePath(i, field),
          message: `NSG rule ${r.name} ${field} ${v === undefined ? 'is missing' : `"${String(v)}" is invalid`}; it must be one of ${values.join(', ')}`,
          hint: `Set ${field} to one of ${values.join(', ')}.`,
        });
      }
    return out;
  },
});

export const descriptionLength = offlineRule({
  id: 'NSG-DESCRIPTION-LENGTH',
  severity: 'error',
  title: `NSG rule descriptions are at most ${MAX_DESCRIPTION_LENGTH} characters`,
  source: cite(DOC.networkNsgSwagger, 'description "Restricted to 140 chars"'),
  check({ spec }) {
    return rulesOf(spec).flatMap((r, i) => {
      const len = r.description ? [...r.description].length : 0;
      return len <= MAX_DESCRIPTION_LENGTH
        ? []
        : [
            {
              path: rulePath(i, 'description'),
              message: `NSG rule ${r.name} description is ${len} characters long (at most ${MAX_DESCRIPTION_LENGTH})`,
              hint: `Shorten it by ${len - MAX_DESCRIPTION_LENGTH} characters.`,
            },
          ];
    });
  },
});

export const ruleNameUnique = offlineRule({
  id: 'NSG-RULE-NAME-UNIQUE',
  severity: 'error',
  title: 'NSG rule names are unique (case-insensitively)',
  source: cite(
    DOC.networkNsgSwagger,
    'rules are addressed by name: …/networkSecurityGroups/{nsg}/securityRules/{rule}',
  ),
  check({ spec }) {
    const first = new Map<string, number>();
    const out: RawFinding[] = [];
    for (const [i, r] of rulesOf(spec).entries()) {
      const key = r.name.toLowerCase();
      const j = first.get(key);
      if (j === undefined) first.set(key, i);
      else
        out.push({
          path: rulePath(i, 'name'),
          message: `NSG rule name ${r.name} is already used by ${rulePath(j)}`,
          hint: 'Give every rule its own name.',
        });
    }
    return out;
  },
});

/** A did-you-mean for a misspelt service tag (with or without a region suffix), or the general advice. */
export function tagHint(value: string): string {
  const tags = Object.keys(SERVICE_TAGS);
  const dot = value.lastIndexOf('.');
  if (dot > 0) {
    // A regional tag with a misspelt name keeps its region: AzureContainerRegistr.EastUS2.
    const base = closestMatch(value.slice(0, dot), tags);
    if (base !== undefined && SERVICE_TAGS[base]?.regional === true)
      return `did you mean ${base}.${value.slice(dot + 1)}?`;
  }
  const whole = closestMatch(value, tags);
  if (whole !== undefined) return `did you mean ${whole}?`;
  return 'Use a CIDR, an IP address, * or a service tag such as VirtualNetwork, Internet or AzureContainerRegistry.EastUS2.';
}

/** A did-you-mean for the misspelt region of a regional tag, or the general advice. */
export function tagRegionHint(tag: string, region: string): string {
  const guess = closestMatch(region.replace(/\s+/g, ''), REGION_TAG_NAMES);
  return guess !== undefined
    ? `did you mean ${tag}.${guess}?`
    : `Use ${tag}.<Region> with a region such as EastUS2, or ${tag} for all regions.`;
}

export const addressPrefixTags = offlineRule({
  id: 'NSG-ADDRESS-PREFIX',
  severity: 'error',
  title:
    "NSG address prefixes are a CIDR, an IP, '*' or a documented service tag (region suffix only on regional tags)",
  source: cite(DOC.serviceTags, 'service tags valid only as documented'),
  check({ spec }) {
    const out: RawFinding[] = [];
    for (const [i, r] of rulesOf(spec).entries())
      for (const field of ['sourceAddressPrefixes', 'destinationAddressPrefixes'] as const)
        for (const [j, value] of (r[field] ?? []).entries()) {
          // Addresses are CIDR-SYNTAX's business.
          if (value === '*' || looksLikeAddress(value)) continue;
          const t = checkServiceTag(value);
          if (t.ok) continue;
          const path = `${rulePath(i, field)}[${j}]`;
          if (t.reason === 'not-regional')
            out.push({
              path,
              message: `NSG rule ${r.name} ${field} ${value}: service tag ${t.tag} is not regional and takes no region suffix`,
              hint: `Use ${t.tag}.`,
            });
          else if (t.reason === 'unknown-region')
            out.push({
              path,
              message: `NSG rule ${r.name} ${field} ${value}: ${t.region} is not an Azure region`,
              hint: tagRegionHint(t.tag ?? '', t.region ?? ''),
            });
          else
            out.push({
              path,
              message: `NSG rule ${r.name} ${field} ${value} is not a CIDR, an IP, '*' or a documented service tag`,
              hint: tagHint(value),
            });
        }
    return out;
  },
});

/** Why a port range is invalid, or undefined when it is '*', N or N-M within 0..65535 with N <= M. */
export function portRangeError(value: string): string | undefined {
  if (value === '*') return undefined;
  const m = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(value);
  if (!m) return "is not '*', a port N or a range N-M";
  const lo = Number(m[1]);
  const hi = m[2] === undefined ? lo : Number(m[2]);
  if (lo > MAX_PORT || hi > MAX_PORT) return `is outside 0..${MAX_PORT}`;
  if (lo > hi) return `starts after it ends (${lo} > ${hi})`;
  return undefined;
}

export const portRanges = offlineRule({
  id: 'NSG-PORT-RANGE',
  severity: 'error',
  title: "NSG port ranges are '*', N or N-M within 0..65535 with N <= M",
  source: cite(
    DOC.networkNsgSwagger,
    'sourcePortRange/destinationPortRange "Integer or range between 0 and 65535. Asterisk \'*\'"',
  ),
  check({ spec }) {
    const out: RawFinding[] = [];
    for (const [i, r] of rulesOf(spec).entries())
      for (const field of ['sourcePortRanges', 'destinationPortRanges'] as const)
        for (const [j, value] of (r[field] ?? []).entries()) {
          const err = portRangeError(value);
          if (err)
            out.push({
              path: `${rulePath(i, field)}[${j}]`,
              message: `NSG rule ${r.name} ${field} "${value}" ${err}`,
              hint: "Use '*', a port such as 443, or a range such as 8000-8080.",
            });
        }
    return out;
  },
});

export const restrictOutboundOrder = offlineRule({
  id: 'NSG-RESTRICT-OUTBOUND-ORDER',
  severity: 'error',
  title:
    "With restrictOutbound, amlnet's AzureContainerRegistry.<Region> and AzureFrontDoor.Frontend allows fit before the first outbound deny",
  source: cite(
    DOC.amlInferencingVnet,
    'make sure that your NSG contains a rule that allows access to the AzureContainerRegistry.RegionName service tag',
  ),
  check({ spec }) {
    return planOutboundRules(spec).problems.map((p) => ({ path: p.path, message: p.message, hint: p.hint }));
  },
});

export const nsgRules = [
  priorityRange,
  priorityUnique,
  ruleRequiredFields,
  descriptionLength,
  ruleNameUnique,
  addressPrefixTags,
  portRanges,
  restrictOutboundOrder,
];
