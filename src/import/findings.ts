// The findings of `amlnet import`: what the written spec cannot say, what was not imported, and every change
// the plan of the written spec would still make (the round trip must give none). Pure.
import type { Change } from '../plan/model.js';
import type { Finding, Severity } from '../findings/finding.js';

interface ImportRule {
  ruleId: string;
  severity: Severity;
}

/** The ids of import's findings, with what each means (docs/rules.md lists them). */
export const IMPORT_RULES = {
  notExpressible: { ruleId: 'IMPORT-NOT-EXPRESSIBLE', severity: 'warning' },
  notImported: { ruleId: 'IMPORT-NOT-IMPORTED', severity: 'notice' },
  notRead: { ruleId: 'IMPORT-NOT-READ', severity: 'warning' },
  planDiffers: { ruleId: 'IMPORT-PLAN-DIFFERS', severity: 'warning' },
} as const satisfies Record<string, ImportRule>;

export const IMPORT_RULE_TITLES: Record<(typeof IMPORT_RULES)[keyof typeof IMPORT_RULES]['ruleId'], string> = {
  'IMPORT-NOT-EXPRESSIBLE':
    'A value Azure holds that the spec has no way to say (application security groups, several delegations, IPv6, AzureML extension settings such as a certificate given as protected settings); the resource is left as it is.',
  'IMPORT-NOT-IMPORTED': 'A compute of the workspace that is not in the written spec, and why.',
  'IMPORT-NOT-READ':
    'Something the import needed (a managed cluster, the AzureML extension, role assignments) could not be read.',
  'IMPORT-PLAN-DIFFERS':
    'Planning the written spec against the same Azure state would still change or refuse this; the setup differs from what amlnet manages.',
};

export type ImportIssue = Omit<Finding, 'line' | 'column'>;

/** The named lists a plan address indexes by name (src/plan/address.ts). */
export interface NamedLists {
  aksClusters?: readonly { name: string }[];
  kubernetesClusters?: readonly { name: string }[];
  network: { subnets: readonly { name: string }[]; securityGroup?: { rules?: readonly { name: string }[] } | null };
}

/** `list[name]` -> `list[index]` in the spec (the list path alone when the name is not in it). */
function indexed(address: string, prefix: string, list: readonly { name: string }[] | undefined): string {
  if (!address.startsWith(`${prefix}[`)) return address;
  const end = address.indexOf(']', prefix.length + 1);
  if (end < 0) return address;
  const name = address.slice(prefix.length + 1, end);
  const i = (list ?? []).findIndex((x) => x.name === name);
  return i < 0 ? prefix : `${prefix}[${i}]${address.slice(end + 1)}`;
}

/**
 * The spec path a plan address points at: plan addresses name resources (`aksClusters[myaks]`), spec paths index
 * lists (`aksClusters[0]`), and some addresses name steps that are not spec keys.
 */
export function specPathOfAddress(address: string, spec: NamedLists): string {
  const path = [
    ['aksClusters', spec.aksClusters],
    ['kubernetesClusters', spec.kubernetesClusters],
    ['network.subnets', spec.network.subnets],
    ['network.securityGroup.rules', spec.network.securityGroup?.rules],
  ].reduce(
    (a, [prefix, list]) => indexed(a, prefix as string, list as readonly { name: string }[] | undefined),
    address,
  );
  return path
    .replace(/^(network\.subnets\[\d+\])\.securityGroup$/, '$1.name')
    .replace(/^(aksClusters\[\d+\])\.loadBalancer$/, '$1.loadBalancerType')
    .replace(/^((?:aksClusters|kubernetesClusters)\[\d+\])\.networkContributor$/, '$1.networkContributorScope')
    .replace(/^((?:aksClusters|kubernetesClusters)\[\d+\])\.managedCluster$/, '$1.resourceId')
    .replace(/^(kubernetesClusters\[\d+\])\.extension$/, '$1.extensionName')
    .replace(/^network\.securityGroup\.restrictOutbound\[.*\]$/, 'network.securityGroup.restrictOutbound')
    .replace(/^network\.securityGroup\.prune\[.*\]$/, 'network.securityGroup');
}

/** One finding per change the plan would make or refuse. */
export function planDifferences(changes: readonly Change[], spec: NamedLists): ImportIssue[] {
  return changes
    .filter((c) => c.action !== 'no-op')
    .map((c) => ({
      ...IMPORT_RULES.planDiffers,
      message: `planning this spec would ${c.action === 'refuse' ? 'refuse' : c.action} ${c.address}: ${c.reason}`,
      path: specPathOfAddress(c.address, spec),
      hint:
        c.action === 'refuse'
          ? 'amlnet cannot reach this state without replacing something; the setup differs from what the spec can manage'
          : 'review it: applying this spec would make this change in Azure',
    }));
}
