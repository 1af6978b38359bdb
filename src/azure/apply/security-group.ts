// NSG applier: creates the security group only when it does not exist (the plan says so when it is
// missing). An existing NSG is never rewritten with amlnet's idea of it: a PUT replaces the NSG's rule
// list, including rules amlnet does not own. The one exception is an NSG left in state Failed (a failed
// operation): it is PUT back exactly as read (every rule included, If-Match) so that Azure retries it.
// Rules are written one by one by the security-rule applier.
import type { NetworkSecurityGroup } from '@azure/arm-network';
import { statusOf } from '../../apply/errors.js';
import type { Applier, ApplierResult, ApplyContext } from '../../apply/types.js';
import { desiredNsg, type Write } from './desired.js';
import { getOrUndefined, hasFailed, waitUntilSettled, withPermissionAdvice, type ApplierDeps } from './common.js';

export function securityGroupApplier(deps: ApplierDeps): Applier<Write<'security-group'>> {
  return {
    async apply(change: Write<'security-group'>, ctx: ApplyContext): Promise<ApplierResult> {
      const d = desiredNsg(change);
      const net = await deps.clients.network();
      const get = (): Promise<NetworkSecurityGroup | undefined> =>
        getOrUndefined(() => net.networkSecurityGroups.get(d.resourceGroup, d.name, { abortSignal: ctx.signal }));
      const live = await waitUntilSettled(ctx, deps.pollIntervalMs, get, await get());
      if (live !== undefined && !hasFailed(live)) return { detail: 'already exists (left as it is)' };
      // New: only our minimal NSG, and only if nobody created one meanwhile (If-None-Match).
      // Failed: the NSG as read, rules and all, only if nobody changed it meanwhile (If-Match).
      const body: NetworkSecurityGroup = live ?? { location: d.location };
      const headers: Record<string, string> =
        live === undefined ? { 'If-None-Match': '*' } : live.etag ? { 'If-Match': live.etag } : {};
      try {
        await withPermissionAdvice(
          'Network Contributor (Microsoft.Network/networkSecurityGroups/write)',
          `resource group ${d.resourceGroup}`,
          async () => {
            ctx.countWrite();
            const poller = net.networkSecurityGroups.createOrUpdate(d.resourceGroup, d.name, body, {
              requestOptions: { headers },
              updateIntervalInMs: deps.pollIntervalMs,
              abortSignal: ctx.signal,
            });
            await poller.submitted();
            await ctx.whileWaiting(() => poller.pollUntilDone());
          },
        );
      } catch (err) {
        // 412: someone created (or fixed) it between our GET and PUT; the next attempt reads it again.
        if (statusOf(err) === 412 && (await get()) !== undefined)
          return { detail: 'created by someone else meanwhile (left as it is)' };
        throw err;
      }
      return { detail: live === undefined ? `created in ${d.location}` : 'retried the failed NSG as it was' };
    },
  };
}
