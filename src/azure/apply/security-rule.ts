// Security rule applier: writes ONLY the rules the spec names (one PUT per rule, never the NSG's rule
// list), so rules amlnet does not own are never changed or deleted. No write when the live rule already
// equals the desired one. Before it writes a rule it records the rule as amlnet's in the NSG's tags (so a
// crash after the record leaves an owned name with no rule, which the next run creates, never an unrecorded
// rule). The one delete amlnet makes is here too: a rule it owns that the spec dropped, with prune: true.
import type { SecurityRule } from '@azure/arm-network';
import { statusOf } from '../../apply/errors.js';
import type { Applier, ApplierResult, ApplyContext } from '../../apply/types.js';
import { desiredRule, type DesiredRule, type Write } from './desired.js';
import { getOrUndefined, waitUntilSettled, withPermissionAdvice, type ApplierDeps } from './common.js';
import { MAX_ETAG_ROUNDS } from './subnet.js';
import { updateOwnership } from './ownership.js';
import { isOwned } from '../../live/ownership.js';
import { parseResourceId } from '../../live/ids.js';
import { ApplyFailure } from '../../apply/errors.js';

function list(plural: string[] | undefined, single: string | undefined): string[] {
  if (plural !== undefined && plural.length > 0) return [...plural].sort();
  return single !== undefined && single !== '' ? [single] : [];
}

function sameList(a: string[], b: string[]): boolean {
  const x = [...a].map((s) => s.toLowerCase()).sort();
  const y = [...b].map((s) => s.toLowerCase()).sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

/** Pure: the differences between a live rule and the desired one (empty = equal). */
export function ruleDifferences(live: SecurityRule, d: DesiredRule): string[] {
  const diffs: string[] = [];
  const eq = (a: string | undefined, b: string): boolean => (a ?? '').toLowerCase() === b.toLowerCase();
  if (!eq(live.direction, d.direction)) diffs.push(`direction ${live.direction} -> ${d.direction}`);
  if (!eq(live.access, d.access)) diffs.push(`access ${live.access} -> ${d.access}`);
  if (!eq(live.protocol, d.protocol)) diffs.push(`protocol ${live.protocol} -> ${d.protocol}`);
  if (live.priority !== d.priority) diffs.push(`priority ${live.priority} -> ${d.priority}`);
  const pairs: Array<[string, string[], string[]]> = [
    ['sourceAddressPrefixes', list(live.sourceAddressPrefixes, live.sourceAddressPrefix), d.sourceAddressPrefixes],
    ['sourcePortRanges', list(live.sourcePortRanges, live.sourcePortRange), d.sourcePortRanges],
    [
      'destinationAddressPrefixes',
      list(live.destinationAddressPrefixes, live.destinationAddressPrefix),
      d.destinationAddressPrefixes,
    ],
    ['destinationPortRanges', list(live.destinationPortRanges, live.destinationPortRange), d.destinationPortRanges],
  ];
  for (const [name, a, b] of pairs) if (!sameList(a, b)) diffs.push(`${name} [${a.join(', ')}] -> [${b.join(', ')}]`);
  if ((live.description ?? '') !== (d.description ?? '')) diffs.push('description');
  return diffs;
}

/** The rule body: one value goes in the singular field (Azure rejects '*' in the plural lists). */
export function ruleBody(d: DesiredRule): SecurityRule {
  const body: SecurityRule = {
    name: d.name,
    direction: d.direction,
    access: d.access,
    protocol: d.protocol,
    priority: d.priority,
  };
  const put = (
    values: string[],
    single: 'sourceAddressPrefix' | 'sourcePortRange' | 'destinationAddressPrefix' | 'destinationPortRange',
    plural: 'sourceAddressPrefixes' | 'sourcePortRanges' | 'destinationAddressPrefixes' | 'destinationPortRanges',
  ): void => {
    if (values.length === 1) body[single] = values[0];
    else body[plural] = values;
  };
  put(d.sourceAddressPrefixes, 'sourceAddressPrefix', 'sourceAddressPrefixes');
  put(d.sourcePortRanges, 'sourcePortRange', 'sourcePortRanges');
  put(d.destinationAddressPrefixes, 'destinationAddressPrefix', 'destinationAddressPrefixes');
  put(d.destinationPortRanges, 'destinationPortRange', 'destinationPortRanges');
  if (d.description !== null) body.description = d.description;
  return body;
}

export function securityRuleApplier(deps: ApplierDeps): Applier<Write<'security-rule'>> {
  return {
    async apply(change: Write<'security-rule'>, ctx: ApplyContext): Promise<ApplierResult> {
      if (change.action === 'delete') return deleteOwnedRule(deps, change, ctx);
      const d = desiredRule(change);
      const net = await deps.clients.network();
      await updateOwnership(deps, ctx, { resourceGroup: d.resourceGroup, name: d.nsg }, { add: [d.name] });
      const get = (): Promise<SecurityRule | undefined> =>
        getOrUndefined(() => net.securityRules.get(d.resourceGroup, d.nsg, d.name, { abortSignal: ctx.signal }));
      for (let round = 1; ; round++) {
        const live = await waitUntilSettled(ctx, deps.pollIntervalMs, get, await get());
        const diffs = live === undefined ? ['create'] : ruleDifferences(live, d);
        if (diffs.length === 0) return { detail: 'already as desired' };
        const headers: Record<string, string> =
          live === undefined ? { 'If-None-Match': '*' } : live.etag ? { 'If-Match': live.etag } : {};
        try {
          await withPermissionAdvice(
            'Network Contributor (Microsoft.Network/networkSecurityGroups/securityRules/write)',
            `network security group ${d.nsg} (resource group ${d.resourceGroup})`,
            async () => {
              ctx.countWrite();
              const poller = net.securityRules.createOrUpdate(d.resourceGroup, d.nsg, d.name, ruleBody(d), {
                requestOptions: { headers },
                updateIntervalInMs: deps.pollIntervalMs,
                abortSignal: ctx.signal,
              });
              await poller.submitted();
              await ctx.whileWaiting(() => poller.pollUntilDone());
            },
          );
          return {
            detail:
              live === undefined ? `created (priority ${d.priority} ${d.direction})` : `updated: ${diffs.join('; ')}`,
          };
        } catch (err) {
          if (statusOf(err) === 412 && round < MAX_ETAG_ROUNDS) continue;
          throw err;
        }
      }
    },
  };
}

/**
 * Deletes a rule amlnet owns (the plan checked the ownership record; it is checked again here, just before the
 * DELETE, so a record changed since the plan never lets amlnet delete a rule it did not create), then drops it
 * from the record. If-Match on the rule's etag: a rule someone changed since it was read is not deleted blindly.
 */
async function deleteOwnedRule(
  deps: ApplierDeps,
  change: Write<'security-rule'>,
  ctx: ApplyContext,
): Promise<ApplierResult> {
  const p = parseResourceId(change.resourceId);
  if (p === undefined || p.segments.length !== 4 || p.segments[2].toLowerCase() !== 'securityrules') {
    throw new ApplyFailure({
      code: 'PlanIncomplete',
      message: `${change.address}: ${change.resourceId} is not an NSG rule`,
    });
  }
  const [, nsgName, , ruleName] = p.segments;
  const nsg = { resourceGroup: p.resourceGroup, name: nsgName };
  const net = await deps.clients.network();
  const group = await net.networkSecurityGroups.get(nsg.resourceGroup, nsg.name, { abortSignal: ctx.signal });
  if (!isOwned(group.tags, ruleName)) {
    throw new ApplyFailure({
      code: 'NotOwned',
      message: `${change.address}: rule ${ruleName} is no longer recorded as amlnet's in NSG ${nsg.name}; not deleted`,
    });
  }
  const get = (): Promise<SecurityRule | undefined> =>
    getOrUndefined(() => net.securityRules.get(nsg.resourceGroup, nsg.name, ruleName, { abortSignal: ctx.signal }));
  const live = await waitUntilSettled(ctx, deps.pollIntervalMs, get, await get());
  if (live !== undefined) {
    await withPermissionAdvice(
      'Network Contributor (Microsoft.Network/networkSecurityGroups/securityRules/delete)',
      `network security group ${nsg.name} (resource group ${nsg.resourceGroup})`,
      async () => {
        ctx.countWrite();
        const poller = net.securityRules.delete(nsg.resourceGroup, nsg.name, ruleName, {
          requestOptions: { headers: live.etag ? { 'If-Match': live.etag } : {} },
          updateIntervalInMs: deps.pollIntervalMs,
          abortSignal: ctx.signal,
        });
        await poller.submitted();
        await ctx.whileWaiting(() => poller.pollUntilDone());
      },
    );
  }
  await updateOwnership(deps, ctx, nsg, { remove: [ruleName] });
  return {
    detail: live === undefined ? 'already gone (ownership record cleared)' : 'deleted (owned by amlnet, pruned)',
  };
}
