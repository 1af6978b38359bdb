// ARM resource ids and paths: the resource type a path addresses (used by fault matching and seeding).

/**
 * The ARM resource type a path addresses, for an item or a collection:
 * `/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/a` and `.../v/subnets`
 * both give `Microsoft.Network/virtualNetworks/subnets`. Extension resources take the LAST provider
 * (`{scope}/providers/Microsoft.Authorization/roleAssignments/x` gives `Microsoft.Authorization/roleAssignments`).
 */
export function armResourceType(path: string): string | undefined {
  const segments = path.split('/').filter((s) => s !== '');
  let providerAt = -1;
  for (let i = segments.length - 2; i >= 0; i--) {
    if (segments[i].toLowerCase() === 'providers') {
      providerAt = i;
      break;
    }
  }
  if (providerAt >= 0) {
    const namespace = segments[providerAt + 1];
    const rest = segments.slice(providerAt + 2);
    if (rest.length === 0) return namespace;
    // After the namespace, segments alternate type, name, type, name...
    const types = rest.filter((_, i) => i % 2 === 0);
    return `${namespace}/${types.join('/')}`;
  }
  const lower = segments.map((s) => s.toLowerCase());
  if (lower[2] === 'resourcegroups') return 'Microsoft.Resources/resourceGroups';
  if (lower[0] === 'subscriptions') return 'Microsoft.Resources/subscriptions';
  return undefined;
}

/** The last path segment: the name of the resource an id addresses. */
export function armResourceName(id: string): string {
  const segments = id.split('/').filter((s) => s !== '');
  return segments[segments.length - 1] ?? '';
}
