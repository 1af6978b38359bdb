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
    'A value Azure holds that the spec has no way to say (application security groups, several delegations, IPv6); the resource is left as it is.',
  'IMPORT-NOT-IMPORTED': 'A compute of the workspace that is not in the written spec, and why.',
  'IMPORT-NOT-READ': 'Something the import needed (a managed cluster, role assignments) could not be read.',
  'IMPORT-PLAN-DIFFERS':
    'Planning the written spec against the same Azure state would still change or refuse this; the setup differs from what amlnet manages.',
};

export type ImportIssue = Omit<Finding, 'line' | 'column'>;

/** The spec path a plan address points at (addresses name steps, some of which are not spec keys). */
export function specPathOfAddress(address: string): string {
  return address
    .replace(/^(network\.subnets\[\d+\])\.securityGroup$/, '$1.name')
    .replace(/^(aksClusters\[\d+\])\.loadBalancer$/, '$1.loadBalancerType')
    .replace(/^(aksClusters\[\d+\])\.networkContributor$/, '$1.networkContributorScope')
    .replace(/^(aksClusters\[\d+\])\.managedCluster$/, '$1.resourceId')
    .replace(/^network\.securityGroup\.restrictOutbound\[\d+\]$/, 'network.securityGroup.restrictOutbound')
    .replace(/^network\.securityGroup\.prune\[.*\]$/, 'network.securityGroup');
}

/** One finding per change the plan would make or refuse. */
export function planDifferences(changes: readonly Change[]): ImportIssue[] {
  return changes
    .filter((c) => c.action !== 'no-op')
    .map((c) => ({
      ...IMPORT_RULES.planDiffers,
      message: `planning this spec would ${c.action === 'refuse' ? 'refuse' : c.action} ${c.address}: ${c.reason}`,
      path: specPathOfAddress(c.address),
      hint:
        c.action === 'refuse'
          ? 'amlnet cannot reach this state without replacing something; the setup differs from what the spec can manage'
          : 'review it: applying this spec would make this change in Azure',
    }));
}
