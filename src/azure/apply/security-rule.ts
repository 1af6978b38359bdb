// Security rule applier: writes ONLY the rules the spec names (one PUT per rule, never the NSG's rule
// list), so rules amlnet does not own are never changed or deleted. No write when the live rule already
// equals the desired one.
import type { SecurityRule } from '@azure/arm-network';
import type { Change } from '../../plan/model.js';
import { statusOf } from '../../apply/errors.js';
import type { Applier, ApplierResult, ApplyContext } from '../../apply/types.js';
import { desiredRule, type DesiredRule } from './desired.js';
import { getOrUndefined, waitUntilSettled, withPermissionAdvice, type ApplierDeps } from './common.js';
import { MAX_ETAG_ROUNDS } from './subnet.js';

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

export function securityRuleApplier(deps: ApplierDeps): Applier {
  return {
    async apply(change: Change, ctx: ApplyContext): Promise<ApplierResult> {
      const d = desiredRule(change);
      const net = await deps.clients.network();
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
