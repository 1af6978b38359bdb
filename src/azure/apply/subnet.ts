// Subnet applier. A subnet PUT replaces the WHOLE subnet on Azure (omitted properties are
// cleared, https://github.com/Azure/azure-powershell/issues/10099): so
// GET the live subnet, change only what amlnet manages, and PUT it back with If-Match on the ETag we
// read (If-None-Match: * for a new subnet). A 412 means someone wrote in between: read, merge, retry.
// Managed: the address prefix of a NEW subnet; delegations amlnet needs (added to the existing list);
// the NSG association when the subnet has none. Everything else survives untouched.
import type { Subnet, Delegation } from '@azure/arm-network';
import { statusOf } from '../../apply/errors.js';
import type { Applier, ApplierResult, ApplyContext } from '../../apply/types.js';
import { desiredSubnet, planBug, type DesiredSubnet, type Write } from './desired.js';
import { getOrUndefined, sameText, waitUntilSettled, withPermissionAdvice, type ApplierDeps } from './common.js';

/** Concurrent-writer retries (412) before giving up; each round re-reads the subnet. */
export const MAX_ETAG_ROUNDS = 5;

export interface SubnetMerge {
  /** The full subnet to PUT; undefined when the live subnet already has everything. */
  body?: Subnet;
  /** What changes, for people. */
  changes: string[];
  /** What amlnet wanted but leaves alone (e.g. a different NSG already associated). */
  kept: string[];
}

/** A delegation's name: unique in the subnet and recognisable as amlnet's. */
export function delegationName(serviceName: string): string {
  return serviceName.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase();
}

/** Pure: the subnet to PUT, from the live one (or none) and what amlnet manages. */
export function mergeSubnet(live: Subnet | undefined, desired: DesiredSubnet): SubnetMerge {
  const changes: string[] = [];
  const kept: string[] = [];
  if (live === undefined) {
    const body: Subnet = { name: desired.subnet };
    if (desired.addressPrefix === undefined) {
      return { changes, kept: ['the subnet does not exist and the plan gives no address prefix'] };
    }
    body.addressPrefix = desired.addressPrefix;
    changes.push(`create with address prefix ${desired.addressPrefix}`);
    if (desired.delegations.length > 0) {
      body.delegations = desired.delegations.map((serviceName) => ({ name: delegationName(serviceName), serviceName }));
      changes.push(`delegate to ${desired.delegations.join(', ')}`);
    }
    if (desired.networkSecurityGroupId !== undefined) {
      body.networkSecurityGroup = { id: desired.networkSecurityGroupId };
      changes.push(`associate NSG ${desired.networkSecurityGroupId}`);
    }
    return { body, changes, kept };
  }

  // Copy the live subnet as read: the SDK serializer writes back every writable property it read.
  const body: Subnet = { ...live };
  const existing: Delegation[] = [...(live.delegations ?? [])];
  const missing = desired.delegations.filter((s) => !existing.some((d) => sameText(d.serviceName, s)));
  if (missing.length > 0) {
    body.delegations = [
      ...existing,
      ...missing.map((serviceName) => ({ name: uniqueName(delegationName(serviceName), existing), serviceName })),
    ];
    changes.push(`add delegation ${missing.join(', ')}`);
  }
  if (desired.networkSecurityGroupId !== undefined) {
    const current = live.networkSecurityGroup?.id;
    if (current === undefined || current === '') {
      body.networkSecurityGroup = { id: desired.networkSecurityGroupId };
      changes.push(`associate NSG ${desired.networkSecurityGroupId}`);
    } else if (!sameText(current, desired.networkSecurityGroupId)) {
      kept.push(`the subnet keeps its NSG ${current} (amlnet never replaces an association)`);
    }
  }
  if (
    desired.addressPrefix !== undefined &&
    live.addressPrefix !== undefined &&
    live.addressPrefix !== desired.addressPrefix
  ) {
    kept.push(`the subnet keeps its address prefix ${live.addressPrefix} (amlnet never changes an existing one)`);
  }
  return changes.length > 0 ? { body, changes, kept } : { changes, kept };
}

function uniqueName(name: string, existing: Delegation[]): string {
  const taken = new Set(existing.map((d) => (d.name ?? '').toLowerCase()));
  let candidate = name;
  for (let i = 2; taken.has(candidate); i++) candidate = `${name}-${i}`;
  return candidate;
}

export function subnetApplier(deps: ApplierDeps): Applier<Write<'subnet'> | Write<'subnet-security-group'>> {
  return {
    async apply(change: Write<'subnet'> | Write<'subnet-security-group'>, ctx: ApplyContext): Promise<ApplierResult> {
      const desired = desiredSubnet(change);
      const net = await deps.clients.network();
      const vnetScope = `virtual network ${desired.vnet} (resource group ${desired.resourceGroup})`;
      const get = (): Promise<Subnet | undefined> =>
        getOrUndefined(() =>
          net.subnets.get(desired.resourceGroup, desired.vnet, desired.subnet, { abortSignal: ctx.signal }),
        );
      for (let round = 1; ; round++) {
        const live = await waitUntilSettled(ctx, deps.pollIntervalMs, get, await get());
        const merge = mergeSubnet(live, desired);
        if (merge.body === undefined) {
          if (live === undefined) throw planBug(change, `the address prefix of the new subnet ${desired.subnet}`);
          return { detail: ['already as desired', ...merge.kept].join('; ') };
        }
        const headers: Record<string, string> =
          live === undefined ? { 'If-None-Match': '*' } : live.etag ? { 'If-Match': live.etag } : {};
        try {
          await withPermissionAdvice(
            'Network Contributor (Microsoft.Network/virtualNetworks/subnets/write)',
            vnetScope,
            async () => {
              ctx.countWrite();
              const poller = net.subnets.createOrUpdate(
                desired.resourceGroup,
                desired.vnet,
                desired.subnet,
                merge.body as Subnet,
                {
                  requestOptions: { headers },
                  updateIntervalInMs: deps.pollIntervalMs,
                  abortSignal: ctx.signal,
                },
              );
              await poller.submitted();
              await ctx.whileWaiting(() => poller.pollUntilDone());
            },
          );
          return { detail: [...merge.changes, ...merge.kept].join('; ') };
        } catch (err) {
          if (statusOf(err) === 412 && round < MAX_ETAG_ROUNDS) {
            ctx.log(`subnet ${desired.subnet} changed since it was read (412); reading it again`);
            continue;
          }
          throw err;
        }
      }
    },
  };
}
