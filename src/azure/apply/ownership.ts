// Records in the NSG's tags which rules amlnet owns (live/ownership.ts has the format): read the NSG, merge
// the names into the ownership tags, write the tags back with If-Match (UpdateTags touches nothing but tags), and
// on 412 (someone wrote the NSG meanwhile) read again. Writes of one NSG's record are serialised in this process
// so that parallel rule writes do not race each other into 412s; other writers are handled by If-Match.
import type { NetworkSecurityGroup } from '@azure/arm-network';
import { statusOf } from '../../apply/errors.js';
import type { ApplyContext } from '../../apply/types.js';
import { ownedRuleNames, withOwnedRuleNames } from '../../live/ownership.js';
import { withPermissionAdvice, type ApplierDeps } from './common.js';
import { MAX_ETAG_ROUNDS } from './subnet.js';

const queues = new Map<string, Promise<unknown>>();

/** Runs `work` after every earlier call for the same key has finished (a per-NSG lock within the process). */
function serialised<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve();
  const next = previous.then(work, work);
  queues.set(
    key,
    next.catch(() => undefined),
  );
  return next;
}

/**
 * Adds `add` to and removes `remove` from the ownership record of an NSG. Returns true when it wrote (false when
 * the record already said so: an apply run again writes nothing).
 */
export function updateOwnership(
  deps: ApplierDeps,
  ctx: ApplyContext,
  nsg: { resourceGroup: string; name: string },
  change: { add?: string[]; remove?: string[] },
): Promise<boolean> {
  return serialised(`${nsg.resourceGroup}/${nsg.name}`.toLowerCase(), async () => {
    const net = await deps.clients.network();
    for (let round = 1; ; round++) {
      const live: NetworkSecurityGroup = await net.networkSecurityGroups.get(nsg.resourceGroup, nsg.name, {
        abortSignal: ctx.signal,
      });
      const tags = live.tags ?? {};
      const removed = new Set((change.remove ?? []).map((n) => n.toLowerCase()));
      const names = [...ownedRuleNames(tags).filter((n) => !removed.has(n.toLowerCase())), ...(change.add ?? [])];
      const next = withOwnedRuleNames(tags, names);
      if (sameTags(tags, next)) return false;
      try {
        await withPermissionAdvice(
          'Network Contributor (Microsoft.Network/networkSecurityGroups/write)',
          `network security group ${nsg.name} (resource group ${nsg.resourceGroup})`,
          async () => {
            ctx.countWrite();
            await net.networkSecurityGroups.updateTags(
              nsg.resourceGroup,
              nsg.name,
              { tags: next },
              { abortSignal: ctx.signal, requestOptions: { headers: live.etag ? { 'If-Match': live.etag } : {} } },
            );
          },
        );
        return true;
      } catch (err) {
        if (statusOf(err) === 412 && round < MAX_ETAG_ROUNDS) continue;
        throw err;
      }
    }
  });
}

function sameTags(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a).sort();
  const kb = Object.keys(b).sort();
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && a[k] === b[k]);
}
