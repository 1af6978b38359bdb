// An attached cluster must live in the subscription amlnet works in. amlnet reads the cluster and grants its
// identity Network Contributor through clients bound to ONE subscription, while Azure ML attaches whatever id the
// compute names: with an id in another subscription, a same-named cluster in this one would get the role while
// the compute attaches the other. Refused offline, before any Azure call (and again at plan time when the
// subscription-id input or --subscription overrides the spec's).
import { analysisOf, clusterPath } from '../analysis.js';
import { offlineRule } from '../define.js';
import type { RawFinding } from '../types.js';
import { cite, DOC } from './sources.js';
import type { Spec } from '../../spec/types.js';

export const ATTACH_SUBSCRIPTION_RULE_ID = 'AML-ATTACH-SUBSCRIPTION';

const SUBSCRIPTION_SEGMENT = /^\/subscriptions\/([^/]+)\//i;

/** Findings for attach ids outside `subscriptionId` (the spec's, or the one that overrides it). */
export function attachSubscriptionFindings(spec: Spec, subscriptionId: string): RawFinding[] {
  const out: RawFinding[] = [];
  for (const c of analysisOf(spec).clusters) {
    const { resourceId, mode, name } = c.resolved;
    if (mode !== 'attach' || resourceId === null) continue;
    const sub = SUBSCRIPTION_SEGMENT.exec(resourceId)?.[1];
    if (sub === undefined || sub.toLowerCase() === subscriptionId.toLowerCase()) continue;
    out.push({
      path: clusterPath(c, 'resourceId'),
      message: `cluster ${name} attaches a cluster in subscription ${sub}, but amlnet works in subscription ${subscriptionId}`,
      hint: 'Attach a cluster of the same subscription, or run amlnet for that subscription with its own spec.',
    });
  }
  return out;
}

export const attachSubscription = offlineRule({
  id: ATTACH_SUBSCRIPTION_RULE_ID,
  severity: 'error',
  title: "An attached cluster's resourceId is in the spec's subscription",
  source: cite(
    DOC.amlAttachKubernetes,
    'the compute attaches the cluster the resourceId names; amlnet reads and grants roles in one subscription',
  ),
  check: ({ spec }) => attachSubscriptionFindings(spec, spec.subscriptionId),
});
