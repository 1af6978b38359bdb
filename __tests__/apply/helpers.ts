// Builders shared by the apply tests: plan changes and Azure-shaped errors (real RestError instances).
import { createHttpHeaders, createPipelineRequest, RestError } from '@azure/core-rest-pipeline';
import type { Change, Plan, Step } from '../../src/plan/model.js';

/** One typed change of each step's kind, for tests that only exercise ordering, retries and skips. */
const SAMPLE: {
  [S in Step]: Pick<Extract<Change, { step: S; action: 'create' | 'update' }>, 'kind' | 'resourceType' | 'after'>;
} = {
  subnet: {
    kind: 'subnet',
    resourceType: 'Microsoft.Network/virtualNetworks/subnets',
    after: { addressPrefix: '10.0.0.0/24', delegations: [] },
  },
  'security-group': {
    kind: 'security-group',
    resourceType: 'Microsoft.Network/networkSecurityGroups',
    after: { location: 'eastus' },
  },
  'security-rule': {
    kind: 'security-rule',
    resourceType: 'Microsoft.Network/networkSecurityGroups/securityRules',
    after: {
      direction: 'Inbound',
      access: 'Allow',
      protocol: 'Tcp',
      priority: 100,
      sourceAddressPrefixes: ['*'],
      sourcePortRanges: ['*'],
      destinationAddressPrefixes: ['*'],
      destinationPortRanges: ['443'],
      description: null,
    },
  },
  'managed-cluster': {
    kind: 'managed-cluster',
    resourceType: 'Microsoft.ContainerService/managedClusters',
    after: {
      location: 'eastus',
      dnsPrefix: 'c',
      identity: { type: 'SystemAssigned' },
      agentPoolProfiles: [
        {
          name: 'agentpool',
          mode: 'System',
          osType: 'Linux',
          count: 3,
          vmSize: 'Standard_D3_v2',
          maxPods: 30,
          vnetSubnetID: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/a',
          upgradeSettings: { maxSurge: '1' },
        },
      ],
      networkProfile: {
        networkPlugin: 'azure',
        networkPluginMode: null,
        podCidr: null,
        serviceCidr: '10.10.0.0/16',
        dnsServiceIP: '10.10.0.10',
        loadBalancerSku: 'standard',
      },
      apiServerAccessProfile: { enablePrivateCluster: true, enablePrivateClusterPublicFqdn: false },
    },
  },
  compute: {
    kind: 'compute',
    resourceType: 'Microsoft.MachineLearningServices/workspaces/computes',
    after: {
      computeType: 'AKS',
      resourceId: '/x/managedClusters/c',
      clusterPurpose: 'FastProd',
      loadBalancerType: 'PublicIp',
    },
  },
  role: {
    kind: 'role',
    resourceType: 'Microsoft.Authorization/roleAssignments',
    after: { scope: '/x', roleDefinitionId: '/r', principalType: 'ServicePrincipal', principalId: 'p' },
  },
  'load-balancer': {
    kind: 'load-balancer',
    resourceType: 'Microsoft.MachineLearningServices/workspaces/computes',
    after: { loadBalancerType: 'InternalLoadBalancer', loadBalancerSubnet: 'a' },
  },
};

export function change(
  address: string,
  step: Step,
  dependsOn: string[] = [],
  action: Change['action'] = 'create',
): Change {
  const { kind, resourceType, after } = SAMPLE[step];
  // The step and the action vary independently here; the result has the shape of a plan change of that kind.
  return {
    kind,
    address,
    resourceType,
    resourceId: `/subscriptions/s/resourceGroups/rg/x/${address}`,
    action,
    before: action === 'create' ? null : after,
    after: action === 'refuse' ? null : after,
    reason: 'test',
    step,
    dependsOn,
  } as Change;
}

export function plan(changes: Change[], extra: Partial<Plan> = {}): Plan {
  return {
    planHash: 'a'.repeat(64),
    hasChanges: changes.some((c) => c.action === 'create' || c.action === 'update'),
    refused: false,
    findings: [],
    changes,
    ...extra,
  };
}

export function azureError(status: number, code: string, headers: Record<string, string> = {}): RestError {
  const request = createPipelineRequest({ url: 'https://management.azure.com/x', method: 'PUT' });
  const body = { error: { code, message: `${code} happened` } };
  return new RestError(`${code} happened`, {
    code,
    statusCode: status,
    request,
    response: {
      status,
      request,
      headers: createHttpHeaders({
        'x-ms-correlation-request-id': 'corr-1234',
        'x-ms-request-id': 'req-5678',
        ...headers,
      }),
      bodyAsText: JSON.stringify(body),
    },
  });
}

export function droppedConnection(): Error {
  return new RestError('socket hang up', { code: 'ECONNRESET' });
}
