// RBAC action matching for the permissions API's answer (actions minus notActions, `*` wildcards).
import type { LivePermissions } from './types.js';

export const VNET_JOIN = 'Microsoft.Network/virtualNetworks/join/action';
export const SUBNET_JOIN = 'Microsoft.Network/virtualNetworks/subnets/join/action';

/** Matches an RBAC action pattern (`*` wildcards, case-insensitive). */
export function actionMatches(pattern: string, action: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\/]/g, '\\$&'))
      .join('.*')}$`,
    'i',
  );
  return re.test(action);
}

export function permits(perms: LivePermissions, action: string): boolean {
  return perms.actions.some((a) => actionMatches(a, action)) && !perms.notActions.some((a) => actionMatches(a, action));
}
