// The appliers for every step, over one set of Azure clients. The clients must be built for apply:
// their SDK retry policies are removed (withoutSdkRetries) because the executor owns retries
// (src/apply/executor.ts); otherwise a 429 storm would be retried 4 x 8 times.
import { stepRegistry } from '../../apply/dispatch.js';
import type { Applier, CompleteAppliers } from '../../apply/types.js';
import type { Step } from '../../plan/model.js';
import type { AzureClients } from '../clients.js';
import type { ApplierDeps } from './common.js';
import { computeApplier } from './compute.js';
import { loadBalancerApplier } from './load-balancer.js';
import { managedClusterApplier } from './managed-cluster.js';
import { roleApplier } from './role.js';
import { securityGroupApplier } from './security-group.js';
import { securityRuleApplier } from './security-rule.js';
import { subnetApplier } from './subnet.js';

export type { ApplierDeps } from './common.js';

/** The production appliers, one per kind of change, behind the one dispatch (src/apply/dispatch.ts). */
export function createAppliers(deps: ApplierDeps): Record<Step, Applier> {
  const subnet = subnetApplier(deps);
  const appliers: CompleteAppliers = {
    subnet,
    // Associating the NSG is a subnet write: the same GET-merge-PUT with If-Match.
    'subnet-security-group': subnet,
    'security-group': securityGroupApplier(deps),
    'security-rule': securityRuleApplier(deps),
    'managed-cluster': managedClusterApplier(deps),
    compute: computeApplier(deps),
    role: roleApplier(deps),
    'load-balancer': loadBalancerApplier(deps),
  };
  return stepRegistry(appliers);
}

interface HasPipeline {
  pipeline: { removePolicy(options: { phase?: 'Retry' }): unknown };
}

/**
 * The same clients with the SDKs' retry policies removed (the pipeline's whole "Retry" phase), so that
 * the executor's retries, backoff and deadline are the only ones. The token requests are not affected.
 */
export function withoutSdkRetries(clients: AzureClients): AzureClients {
  const strip = <T>(make: () => Promise<T>): (() => Promise<T>) => {
    let value: Promise<T> | undefined;
    return () =>
      (value ??= make().then((client) => {
        (client as unknown as HasPipeline).pipeline.removePolicy({ phase: 'Retry' });
        return client;
      }));
  };
  return {
    ...clients,
    network: strip(() => clients.network()),
    containerService: strip(() => clients.containerService()),
    machineLearning: strip(() => clients.machineLearning()),
    authorization: strip(() => clients.authorization()),
    getResource: (id, v) => clients.getResource(id, v),
  };
}
