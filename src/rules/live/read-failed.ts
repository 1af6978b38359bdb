// "Could not read" is not "does not exist". A read that keeps failing after the retries (429, 5xx, a dropped
// connection, a permission error) leaves the resource Unreadable; only a 404 makes it absent (null). The plan is
// refused either way, but this rule names the resource, Azure's code and the correlation id, so the user goes after
// the real problem instead of re-creating a VNet or workspace that is there.
import { isUnreadable, type Unreadable } from '../../live/types.js';
import type { RawFinding } from '../types.js';
import { cite, DOC } from '../offline/sources.js';
import { liveRule } from './define.js';

export const liveReadFailed = liveRule({
  id: 'LIVE-READ-FAILED',
  severity: 'error',
  title: 'Every resource the plan depends on could be read (a failed read is not a missing resource)',
  source: cite(DOC.armThrottling, 'a throttled or failed request says nothing about whether the resource exists'),
  check({ spec, live }) {
    const out: RawFinding[] = [];
    const report = (path: string, what: string, v: Unreadable, hint: string): void => {
      out.push({ path, message: `could not read ${what}: ${v.code}: ${v.message}`, hint });
    };
    const retry = 'Azure did not answer after the retries; run the plan again. If it persists, check the identity';
    if (isUnreadable(live.vnet)) {
      report(
        'network.name',
        `virtual network ${spec.network.name} (resource group ${spec.network.resourceGroup})`,
        live.vnet,
        `${retry} has Reader on the VNet (or its resource group).`,
      );
    }
    if (isUnreadable(live.workspace)) {
      report(
        'workspace.name',
        `workspace ${spec.workspace.name} (resource group ${spec.workspace.resourceGroup})`,
        live.workspace,
        `${retry} has Reader on the workspace (or its resource group).`,
      );
    }
    return out;
  },
});
