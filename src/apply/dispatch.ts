// One dispatch from a plan change to the applier of its kind: an exhaustive switch, so a new kind of change
// does not compile until it has an applier. The executor sees one applier per step (each is this dispatch).
import { ApplyFailure } from './errors.js';
import { assertNever, STEP_ORDER, writes, type Change, type Runnable, type Step } from '../plan/model.js';
import type { Applier, ApplierResult, ApplyContext, CompleteAppliers } from './types.js';

function isRunnable(change: Change): change is Runnable {
  return writes(change.action);
}

export async function dispatch(appliers: CompleteAppliers, change: Change, ctx: ApplyContext): Promise<ApplierResult> {
  if (!isRunnable(change)) {
    throw new ApplyFailure({
      code: 'PlanIncomplete',
      message: `${change.address}: a ${change.action} change is never applied`,
    });
  }
  switch (change.kind) {
    case 'subnet':
      return appliers.subnet.apply(change, ctx);
    case 'subnet-security-group':
      return appliers['subnet-security-group'].apply(change, ctx);
    case 'security-group':
      return appliers['security-group'].apply(change, ctx);
    case 'security-rule':
      return appliers['security-rule'].apply(change, ctx);
    case 'managed-cluster':
      return appliers['managed-cluster'].apply(change, ctx);
    case 'compute':
      return appliers.compute.apply(change, ctx);
    case 'role':
      return appliers.role.apply(change, ctx);
    case 'load-balancer':
      return appliers['load-balancer'].apply(change, ctx);
    default:
      return assertNever(change, 'kind of change');
  }
}

/** The executor's registry: every step runs through the one dispatch. */
export function stepRegistry(appliers: CompleteAppliers): Record<Step, Applier> {
  const one: Applier = { apply: (change, ctx) => dispatch(appliers, change, ctx) };
  return Object.fromEntries(STEP_ORDER.map((step) => [step, one])) as Record<Step, Applier>;
}
