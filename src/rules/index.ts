// The rule registry. Offline rules (spec only) live in rules/offline/*; live rules (spec + Azure state) are added by
// the plan work with `kind: 'live'` and their own context type, next to `offlineRules`.
import { aciRules } from './offline/aci.js';
import { advisoryNsgRules } from './offline/advisory-nsg.js';
import { attachSubscription } from './offline/attach-subscription.js';
import { cidrRules } from './offline/cidr.js';
import { computeRules } from './offline/compute.js';
import { dnsRules } from './offline/dns.js';
import { dockerBridgeRules } from './offline/docker-bridge.js';
import { kubernetesRules } from './offline/kubernetes.js';
import { nsgRules } from './offline/nsg.js';
import { podCidrRules } from './offline/pod-cidr.js';
import { serviceCidrRules } from './offline/service-cidr.js';
import { sizingRules } from './offline/sizing.js';
import { subnetRules } from './offline/subnets.js';
import type { OfflineContext, Rule, RuleSource, Severity } from './types.js';

export const offlineRules: Rule<OfflineContext>[] = [
  ...cidrRules,
  ...subnetRules,
  ...serviceCidrRules,
  ...dnsRules,
  ...dockerBridgeRules,
  ...podCidrRules,
  ...sizingRules,
  ...computeRules,
  ...kubernetesRules,
  ...aciRules,
  ...nsgRules,
  attachSubscription,
  ...advisoryNsgRules,
];

export interface RuleCatalogueEntry {
  id: string;
  severity: Severity;
  title: string;
  source: RuleSource;
  kind: 'offline' | 'live';
}

/** The rule catalogue for the README (id, default severity, title, source). */
export function ruleCatalogue(rules: readonly Rule<never>[] = offlineRules): RuleCatalogueEntry[] {
  return rules.map(({ id, severity, title, source, kind }) => ({ id, severity, title, source, kind }));
}

export { requiredOutboundRules, planOutboundRules, AMLNET_OUTBOUND_RULE_NAMES } from './outbound.js';
export type { RequiredOutboundRule } from './outbound.js';
