import { getSettings, SettingsError, type InputSource } from '../../src/settings.js';

function reader(values: Record<string, string>, masked: string[] = []): InputSource {
  return { getInput: (name) => values[name] ?? '', setSecret: (value) => void masked.push(value) };
}

describe('getSettings', () => {
  test('masks the github-token before anything can print it, and nothing when it is empty', () => {
    const masked: string[] = [];
    expect(getSettings(reader({ 'github-token': ' ghs_secret ' }, masked)).githubToken).toBe('ghs_secret');
    expect(masked).toEqual(['ghs_secret']);
    const none: string[] = [];
    getSettings(reader({}, none));
    expect(none).toEqual([]);
  });

  test('defaults when every input is empty', () => {
    expect(getSettings(reader({}))).toEqual({
      specPath: 'amlnet.yml',
      command: 'auto',
      clientId: undefined,
      tenantId: undefined,
      subscriptionId: undefined,
      audience: 'api://AzureADTokenExchange',
      environment: 'AzureCloud',
      armEndpoint: undefined,
      authorityHost: undefined,
      githubToken: '',
      comment: true,
      onPlanChange: 'fail',
    });
  });

  test('parses every input, trimming and normalising case', () => {
    const s = getSettings(
      reader({
        spec: ' infra/amlnet.yml ',
        command: 'Plan',
        'client-id': '11111111-2222-3333-4444-55555555AAAA',
        'tenant-id': 'contoso.onmicrosoft.com',
        'subscription-id': '00000000-0000-0000-0000-000000000001',
        audience: 'api://custom',
        environment: 'azureusgovernment',
        'arm-endpoint': 'https://127.0.0.1:8443/',
        'authority-host': 'https://127.0.0.1:8443',
        'github-token': 'ghs_x',
        comment: 'False',
        'on-plan-change': 'apply',
      }),
    );
    expect(s).toMatchObject({
      specPath: 'infra/amlnet.yml',
      command: 'plan',
      clientId: '11111111-2222-3333-4444-55555555aaaa',
      tenantId: 'contoso.onmicrosoft.com',
      environment: 'AzureUSGovernment',
      armEndpoint: 'https://127.0.0.1:8443',
      comment: false,
      onPlanChange: 'apply',
    });
  });

  test.each([
    ['./amlnet.yml', 'amlnet.yml'],
    ['././envs/prod/amlnet.yml', 'envs/prod/amlnet.yml'],
    ['envs\\prod\\amlnet.yml', 'envs/prod/amlnet.yml'],
  ])('spec %j is used as %j (annotations and the comment marker)', (given, expected) => {
    expect(getSettings(reader({ spec: given })).specPath).toBe(expected);
  });

  test.each([
    ['command', 'deploy', /input 'command' is 'deploy'; expected one of: auto, validate, plan, apply/],
    ['client-id', 'my-app', /input 'client-id' is 'my-app'; expected a GUID/],
    ['client-id', '11111111-2222-3333-4444-5555555555', /expected a GUID/],
    ['subscription-id', 'sub', /input 'subscription-id' is 'sub'/],
    ['tenant-id', 'not a tenant', /expected a tenant GUID or a verified domain/],
    ['environment', 'AzureGermanCloud', /expected one of: AzureCloud, AzureUSGovernment, AzureChinaCloud/],
    ['arm-endpoint', 'http://127.0.0.1:80', /expected an https URL/],
    ['authority-host', 'login', /input 'authority-host' is 'login'; expected an https URL/],
    ['comment', 'yes', /input 'comment' is 'yes'; expected true or false/],
    ['on-plan-change', 'ignore', /expected one of: fail, apply/],
    ['spec', 'a.yml\nb.yml', /expected one path/],
  ])('rejects %s=%j with the value and the expected form', (name, value, message) => {
    expect(() => getSettings(reader({ [name]: value }))).toThrow(SettingsError);
    expect(() => getSettings(reader({ [name]: value }))).toThrow(message);
  });
});
