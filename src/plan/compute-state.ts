// One policy for an AML compute (computeType AKS) left in a failed provisioning state, used by the plan
// (src/plan/diff/cluster.ts) and by the compute applier (src/azure/apply/compute.ts), so that both agree.
//
// Azure ML's Compute – Create Or Update is a PUT that overwrites a compute that exists
// (https://learn.microsoft.com/en-us/rest/api/azureml/compute/create-or-update). So:
// - the last update of a compute failed, and its cluster works: that update is planned again (`update`);
// - its create failed and no working cluster is behind it: the create body is PUT again (`update`);
// - it is attached to a cluster that is gone, failed or unreadable: refused (amlnet never creates,
//   repairs or detaches a cluster it attached);
// amlnet never deletes a compute or a cluster, and never advises to.
// Pure: no I/O.

/** A provisioning state after which an operation did not do its work (Azure's terminal failure states). */
export function provisioningFailed(state: string | null | undefined): boolean {
  const s = (state ?? '').toLowerCase();
  return s === 'failed' || s === 'canceled' || s === 'cancelled';
}

/** What is known of the managed cluster behind a compute. */
export type ClusterHealth = 'working' | 'failed' | 'missing' | 'unreadable';

export interface ComputeState {
  /** The compute's name in its workspace. */
  name: string;
  provisioningState: string | null;
  /** True when the compute attaches a cluster it did not create (attach mode, or a private cluster). */
  attached: boolean;
  /** The ARM id of the managed cluster behind it, null when AML never recorded one. */
  clusterId: string | null;
  cluster: ClusterHealth;
}

export type ComputeVerdict =
  | { kind: 'healthy' }
  | { kind: 'retry-update'; reason: string }
  | { kind: 'recreate'; reason: string }
  | { kind: 'refuse'; reason: string };

function clusterName(id: string | null): string {
  if (id === null) return 'its cluster';
  const parts = id.split('/');
  return `cluster ${parts[parts.length - 1] ?? id}`;
}

/** The single failed-compute policy table (see the header). */
export function computeVerdict(s: ComputeState): ComputeVerdict {
  if (!provisioningFailed(s.provisioningState)) return { kind: 'healthy' };
  const state = `compute ${s.name} is in provisioning state ${s.provisioningState ?? 'Failed'}`;
  if (s.cluster === 'unreadable') {
    return { kind: 'refuse', reason: `${state} and ${clusterName(s.clusterId)} could not be read; run amlnet again` };
  }
  if (s.cluster === 'working') {
    return {
      kind: 'retry-update',
      reason: `${state}: its last update did not complete; amlnet PUTs the compute again (the PUT overwrites it)`,
    };
  }
  if (s.attached) {
    const what = s.cluster === 'missing' ? 'no longer exists' : 'is in a failed state';
    return {
      kind: 'refuse',
      reason:
        `${state} and the attached ${clusterName(s.clusterId)} ${what}; amlnet never creates, repairs or detaches ` +
        'an attached cluster: repair or restore it (az aks update retries its last operation), then run amlnet again',
    };
  }
  return {
    kind: 'recreate',
    reason: `${state} and has no working cluster behind it: its create failed; amlnet PUTs the create body again (the PUT creates it afresh)`,
  };
}
