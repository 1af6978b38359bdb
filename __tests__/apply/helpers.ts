// Builders shared by the apply tests: plan changes and Azure-shaped errors (real RestError instances).
import { createHttpHeaders, createPipelineRequest, RestError } from '@azure/core-rest-pipeline';
import type { Change, Plan, Step, ResourceType } from '../../src/plan/model.js';

const TYPES: Record<Step, ResourceType> = {
  subnet: 'Microsoft.Network/virtualNetworks/subnets',
  'security-group': 'Microsoft.Network/networkSecurityGroups',
  'security-rule': 'Microsoft.Network/networkSecurityGroups/securityRules',
  'managed-cluster': 'Microsoft.ContainerService/managedClusters',
  compute: 'Microsoft.MachineLearningServices/workspaces/computes',
  role: 'Microsoft.Authorization/roleAssignments',
  'load-balancer': 'Microsoft.MachineLearningServices/workspaces/computes',
  'kubernetes-extension': 'Microsoft.KubernetesConfiguration/extensions',
  'kubernetes-compute': 'Microsoft.MachineLearningServices/workspaces/computes',
};

export function change(
  address: string,
  step: Step,
  dependsOn: string[] = [],
  action: Change['action'] = 'create',
): Change {
  return {
    address,
    resourceType: TYPES[step],
    resourceId: `/subscriptions/s/resourceGroups/rg/x/${address}`,
    action,
    before: action === 'create' ? null : {},
    after: action === 'refuse' ? null : { name: address },
    reason: 'test',
    step,
    dependsOn,
  };
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
