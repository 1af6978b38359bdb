// A small spec for the NSG tests: the network, one subnet and the NSG's rules, no cluster (so each plan and
// apply is quick). Its shape is amlnet's own spec format (docs/spec-reference.md).
export const NSG_SPEC_SUBSCRIPTION = '00000000-0000-0000-0000-000000000000';

export interface NsgTestRule {
  name: string;
  priority: number;
  port: string;
  /** Source prefix; default 203.0.113.0/24 (a documentation range). */
  source?: string;
  description?: string;
}

export function nsgSpecText(rules: readonly NsgTestRule[], options: { prune?: boolean; extra?: string } = {}): string {
  const lines = [
    'version: 1',
    `subscriptionId: ${NSG_SPEC_SUBSCRIPTION}`,
    'location: eastus2',
    'workspace: { resourceGroup: ml-rg, name: ml-ws }',
    'network:',
    '  resourceGroup: ml-rg',
    '  name: ml-vnet',
    '  subnets:',
    '    - name: aks-subnet',
    '      addressPrefix: 10.1.0.0/22',
    '  securityGroup:',
    '    name: ml-nsg',
    ...(options.prune === undefined ? [] : [`    prune: ${options.prune}`]),
    '    rules:',
  ];
  for (const r of rules) {
    lines.push(
      `      - name: ${r.name}`,
      '        direction: Inbound',
      '        access: Allow',
      '        protocol: Tcp',
      `        priority: ${r.priority}`,
      `        sourceAddressPrefixes: ['${r.source ?? '203.0.113.0/24'}']`,
      `        destinationPortRanges: ['${r.port}']`,
    );
    if (r.description !== undefined) lines.push(`        description: ${JSON.stringify(r.description)}`);
  }
  return lines.join('\n') + '\n' + (options.extra ?? '');
}
