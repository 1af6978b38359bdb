// The plan tells the whole truth about NSG rules amlnet owns: a rule amlnet created (recorded in the NSG's tags)
// that the spec no longer lists is not silently left behind. With prune: true the plan deletes it (a `delete`
// change); without, this warning says it stays in Azure, so a reviewer never believes a removed allow is gone.
import { requiredOutboundRules } from '../outbound.js';
import { readable } from '../../live/types.js';
import { removedOwnedRules } from '../../live/ownership.js';
import type { RawFinding } from '../types.js';
import { liveRule } from './define.js';
import { cite, DOC } from '../offline/sources.js';

export const ownedRuleRemoved = liveRule({
  id: 'NSG-OWNED-RULE-REMOVED',
  severity: 'warning',
  title: 'An NSG rule amlnet created is no longer in the spec (deleted only with prune: true)',
  source: cite(
    DOC.nsgOverview,
    'Security rules: a rule stays in force until it is deleted; removing it from the spec alone changes nothing in Azure',
  ),
  check({ spec, live }) {
    const sg = spec.network.securityGroup;
    const nsg = readable(live.nsg ?? null);
    if (sg === undefined || sg === null || nsg === undefined || sg.prune === true) return [];
    const listed = new Set(
      [...(sg.rules ?? []), ...(sg.restrictOutbound === true ? requiredOutboundRules(spec) : [])].map((r) =>
        r.name.toLowerCase(),
      ),
    );
    return removedOwnedRules(nsg, listed).map((r): RawFinding => ({
      path: 'network.securityGroup.rules',
      message:
        `rule ${r.name} (${r.access} ${r.direction}, priority ${r.priority}) was created by amlnet and the spec no ` +
        'longer lists it: it stays in Azure and keeps applying',
      hint: 'Set network.securityGroup.prune: true to delete it, or put it back in the spec.',
    }));
  },
});
