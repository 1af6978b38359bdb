// Plans for renderer tests, built by the real planner from the plan fixtures (not hand-written).
import { buildPlan } from '../../src/plan/build.js';
import type { Plan } from '../../src/plan/model.js';
import type { Finding } from '../../src/rules/types.js';
import { baseSpec, cluster, emptyLive, liveRule, matchingLive, nsg } from '../plan/fixtures.js';

export const finding = (over: Partial<Finding> = {}): Finding => ({
  ruleId: 'LIVE-SUBNET-PREFIX',
  severity: 'error',
  message: 'subnet aks-subnet is 10.1.0.0/23 in Azure, not 10.1.0.0/22',
  path: 'network.subnets[0].addressPrefix',
  line: 14,
  column: 22,
  hint: 'Set addressPrefix to 10.1.0.0/23: amlnet never resizes a subnet.',
  ...over,
});

export function freshPlan(): Plan {
  return buildPlan(baseSpec({ aksClusters: [cluster({ loadBalancerType: 'InternalLoadBalancer' })] }), emptyLive(), []);
}

export function noChangePlan(): Plan {
  return buildPlan(baseSpec(), matchingLive(), []);
}

export function updatePlan(): Plan {
  return buildPlan(
    baseSpec(),
    matchingLive({ nsg: nsg([liveRule({ destinationPortRanges: ['80'], description: null })]) }),
    [
      finding({
        ruleId: 'LIVE-JOIN-PERMISSION',
        severity: 'warning',
        message: 'the identity planning lacks join/action',
        path: 'network.name',
        line: 12,
        column: 9,
        hint: undefined,
      }),
    ],
  );
}

export function refusedPlan(): Plan {
  return buildPlan(
    baseSpec({ aksClusters: [cluster({ serviceCidr: '10.5.0.0/16', dnsServiceIp: '10.5.0.10' })] }),
    matchingLive(),
    [finding()],
  );
}
