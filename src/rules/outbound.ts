// The outbound allows amlnet adds to the NSG when `restrictOutbound: true`.
//
// The AML docs require, when outbound traffic is limited, a rule allowing the AzureContainerRegistry.<Region>
// service tag (https://learn.microsoft.com/en-us/azure/machine-learning/v1/how-to-secure-inferencing-vnet,
// "Limit outbound connectivity") and, to reach studio from
// inside the VNet, AzureFrontDoor.Frontend (the article's 2020 revision). amlnet adds both on top of the
// user's rules. NSG rules are evaluated by ascending priority and the first match wins, so both allows must sit at
// a lower priority number than the user's first outbound Deny that would catch this traffic.
//
// Placement: the two highest free outbound priorities just below that deny (or 4095/4096 when there is none).
// Keeping them next to the deny leaves the low numbers to the user and moves them only when the deny moves.
// This module is pure; the plan engineer creates the rules from `requiredOutboundRules`.
import { resolveNetwork } from '../spec/defaults.js';
import type { SecurityRuleSpec, Spec } from '../spec/types.js';
import { regionalTag } from './service-tags.js';

export const MIN_PRIORITY = 100;
export const MAX_PRIORITY = 4096;

export const AMLNET_OUTBOUND_RULE_NAMES = {
  containerRegistry: 'amlnet-allow-acr-outbound',
  frontDoor: 'amlnet-allow-frontdoor-outbound',
} as const;

export interface RequiredOutboundRule extends SecurityRuleSpec {
  direction: 'Outbound';
  access: 'Allow';
  description: string;
}

/** A user Outbound Deny that would catch HTTPS to the registry or Front Door. */
export interface BlockingDeny {
  index: number;
  name: string;
  priority: number;
}

export interface OutboundProblem {
  path: string;
  message: string;
  hint: string;
}

export interface OutboundPlan {
  /** The rules amlnet adds (empty when restrictOutbound is off or a problem prevents placing them). */
  rules: RequiredOutboundRule[];
  /** The user's first blocking outbound deny, if any. */
  firstDeny: BlockingDeny | null;
  problems: OutboundProblem[];
}

// Destinations through which a deny also catches the registry or Front Door. A missing list is treated as '*'
// (conservative: a deny without a destination cannot be shown to spare them).
const CATCH_ALL = ['*', 'internet', '0.0.0.0/0', 'azurecloud', 'azurecontainerregistry', 'azurefrontdoor.frontend'];

function destinationCatches(prefix: string): boolean {
  const p = prefix.trim().toLowerCase();
  return CATCH_ALL.some((c) => p === c || (c !== '*' && c !== '0.0.0.0/0' && p.startsWith(`${c}.`)));
}

function portsInclude443(ranges: string[] | undefined): boolean {
  if (!ranges || ranges.length === 0) return true;
  return ranges.some((r) => {
    const t = r.trim();
    if (t === '*') return true;
    const m = /^(\d+)(?:-(\d+))?$/.exec(t);
    if (!m) return false;
    const lo = Number(m[1]);
    const hi = m[2] === undefined ? lo : Number(m[2]);
    return lo <= 443 && 443 <= hi;
  });
}

export function isBlockingOutboundDeny(r: SecurityRuleSpec): boolean {
  if (r.direction !== 'Outbound' || r.access !== 'Deny') return false;
  if (r.protocol !== 'Tcp' && r.protocol !== '*') return false;
  const dest = r.destinationAddressPrefixes;
  const destCatches = !dest || dest.length === 0 || dest.some(destinationCatches);
  return destCatches && portsInclude443(r.destinationPortRanges);
}

/** The error when fewer than two outbound priorities are free below the first deny, naming the ones to free. */
function noRoomProblem(firstDeny: BlockingDeny | null, free: number[], rules: SecurityRuleSpec[]): OutboundProblem {
  const limit = firstDeny ? firstDeny.priority : MAX_PRIORITY + 1;
  const byPriority = new Map<number, string>();
  for (const r of rules) if (r.direction === 'Outbound') byPriority.set(r.priority, r.name);
  // The used priorities nearest below the deny: freeing them makes room without reordering anything else.
  const toFree: string[] = [];
  for (let p = Math.min(limit - 1, MAX_PRIORITY); p >= MIN_PRIORITY && toFree.length < 2 - free.length; p--) {
    const name = byPriority.get(p);
    if (name !== undefined) toFree.push(`${p} (${name})`);
  }
  const where = firstDeny
    ? `below outbound deny ${firstDeny.name} (priority ${firstDeny.priority})`
    : `in ${MIN_PRIORITY}..${MAX_PRIORITY}`;
  const freeText = free.length === 1 ? `only ${free[0]} is free` : 'none is free';
  let hint: string;
  if (toFree.length === 2 - free.length) hint = `Free priority ${toFree.join(' and ')}`;
  else hint = 'There is no room below it';
  if (firstDeny)
    hint += `, or move ${firstDeny.name} to priority ${MIN_PRIORITY + 2} or higher with free numbers below it.`;
  else hint += '.';
  return {
    path: firstDeny ? `network.securityGroup.rules[${firstDeny.index}].priority` : 'network.securityGroup.rules',
    message: `restrictOutbound needs 2 free outbound priorities ${where} for amlnet's AzureContainerRegistry and AzureFrontDoor.Frontend allows, but ${freeText}`,
    hint,
  };
}

/** Which rules amlnet adds, where, and what stops it from adding them. */
export function planOutboundRules(spec: Spec): OutboundPlan {
  const network = resolveNetwork(spec);
  const sg = network.securityGroup;
  if (!sg || !sg.restrictOutbound) return { rules: [], firstDeny: null, problems: [] };
  const problems: OutboundProblem[] = [];

  const reservedNames = new Set<string>(Object.values(AMLNET_OUTBOUND_RULE_NAMES));
  for (const [i, r] of sg.rules.entries())
    if (reservedNames.has(r.name.toLowerCase()))
      problems.push({
        path: `network.securityGroup.rules[${i}].name`,
        message: `rule name ${r.name} is reserved for the outbound allow amlnet adds with restrictOutbound`,
        hint: 'Rename the rule.',
      });

  const acrTag = regionalTag('AzureContainerRegistry', network.location);
  if (!acrTag)
    problems.push({
      path: spec.network.location ? 'network.location' : 'location',
      message: `restrictOutbound needs the AzureContainerRegistry.<Region> tag, but ${network.location} is not a known Azure region`,
      hint: 'Use an Azure region name such as eastus2.',
    });

  let firstDeny: BlockingDeny | null = null;
  const used = new Set<number>();
  for (const [index, r] of sg.rules.entries()) {
    if (r.direction !== 'Outbound') continue;
    used.add(r.priority);
    if (isBlockingOutboundDeny(r) && (!firstDeny || r.priority < firstDeny.priority))
      firstDeny = { index, name: r.name, priority: r.priority };
  }

  const limit = firstDeny ? firstDeny.priority : MAX_PRIORITY + 1;
  const free: number[] = [];
  for (let p = Math.min(limit - 1, MAX_PRIORITY); p >= MIN_PRIORITY && free.length < 2; p--)
    if (!used.has(p)) free.push(p);

  if (free.length < 2) problems.push(noRoomProblem(firstDeny, free, sg.rules));

  if (problems.length > 0 || !acrTag) return { rules: [], firstDeny, problems };
  const [high, low] = free;
  const allow = (name: string, priority: number, destination: string, description: string): RequiredOutboundRule => ({
    name,
    direction: 'Outbound',
    access: 'Allow',
    protocol: 'Tcp',
    priority,
    sourceAddressPrefixes: ['VirtualNetwork'],
    sourcePortRanges: ['*'],
    destinationAddressPrefixes: [destination],
    destinationPortRanges: ['443'],
    description,
  });
  return {
    firstDeny,
    problems,
    rules: [
      allow(
        AMLNET_OUTBOUND_RULE_NAMES.containerRegistry,
        low,
        acrTag,
        'amlnet (restrictOutbound): Azure ML pulls model images from Azure Container Registry',
      ),
      allow(
        AMLNET_OUTBOUND_RULE_NAMES.frontDoor,
        high,
        'AzureFrontDoor.Frontend',
        'amlnet (restrictOutbound): Azure ML studio is reached through Azure Front Door',
      ),
    ],
  };
}

/**
 * The NSG rules amlnet adds when `network.securityGroup.restrictOutbound` is true: an Outbound Allow of
 * AzureContainerRegistry.<Region> (region in Azure's tag form, eastus2 -> EastUS2) and one of
 * AzureFrontDoor.Frontend, TCP 443 from VirtualNetwork, at the two highest free outbound priorities below the
 * user's first blocking outbound deny. Empty when restrictOutbound is off, or when the rule
 * NSG-RESTRICT-OUTBOUND-ORDER reports a problem (validation stops the plan first).
 */
export function requiredOutboundRules(spec: Spec): RequiredOutboundRule[] {
  return planOutboundRules(spec).rules;
}
