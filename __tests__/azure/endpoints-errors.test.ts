import { resolveEndpoints, EndpointError } from '../../src/azure/endpoints.js';
import { formatAzureError, isNotFound, toAzureError } from '../../src/azure/errors.js';

describe('resolveEndpoints', () => {
  test.each([
    [
      undefined,
      'https://management.azure.com',
      'https://login.microsoftonline.com',
      'https://management.azure.com/.default',
    ],
    [
      'AzureUSGovernment',
      'https://management.usgovcloudapi.net',
      'https://login.microsoftonline.us',
      'https://management.usgovcloudapi.net/.default',
    ],
    [
      'AzureChinaCloud',
      'https://management.chinacloudapi.cn',
      'https://login.chinacloudapi.cn',
      'https://management.chinacloudapi.cn/.default',
    ],
  ])('%s', (environment, arm, authority, scope) => {
    expect(resolveEndpoints({ environment })).toEqual({
      cloud: environment ?? 'AzureCloud',
      armEndpoint: arm,
      authorityHost: authority,
      armScope: scope,
      disableInstanceDiscovery: false,
    });
  });

  test('explicit overrides keep the cloud ARM scope and disable instance discovery for a private authority', () => {
    const e = resolveEndpoints({ armEndpoint: 'https://127.0.0.1:8443/', authorityHost: 'https://127.0.0.1:8443' });
    expect(e).toMatchObject({
      armEndpoint: 'https://127.0.0.1:8443',
      authorityHost: 'https://127.0.0.1:8443',
      armScope: 'https://management.azure.com/.default',
      disableInstanceDiscovery: true,
    });
  });

  test.each([
    [{ environment: 'AzureGermanCloud' }, /not one of/],
    [{ armEndpoint: 'http://127.0.0.1' }, /https/],
    [{ authorityHost: 'not a url' }, /not a URL/],
  ])('rejects %j', (opts, msg) => {
    expect(() => resolveEndpoints(opts)).toThrow(EndpointError);
    expect(() => resolveEndpoints(opts)).toThrow(msg);
  });
});

describe('toAzureError', () => {
  const headers = (h: Record<string, string>) => ({ get: (n: string) => h[n.toLowerCase()] });

  test('reads code, message, status and the ids from a RestError shape', () => {
    const err = Object.assign(new Error('Operation failed'), {
      code: 'SubnetDelegationsCannotChangeWhenSubnetUsedByResource',
      statusCode: 400,
      response: {
        status: 400,
        headers: headers({ 'x-ms-request-id': 'req-1', 'x-ms-correlation-request-id': 'corr-1' }),
        bodyAsText: '',
      },
    });
    const info = toAzureError(err);
    expect(info).toEqual({
      code: 'SubnetDelegationsCannotChangeWhenSubnetUsedByResource',
      message: 'Operation failed',
      status: 400,
      requestId: 'req-1',
      correlationId: 'corr-1',
    });
    expect(formatAzureError(info)).toBe(
      'SubnetDelegationsCannotChangeWhenSubnetUsedByResource: Operation failed (status 400, correlation id corr-1, request id req-1)',
    );
  });

  test('falls back to the ARM error body', () => {
    const err = {
      message: 'x',
      response: {
        status: 409,
        headers: headers({}),
        bodyAsText: '{"error":{"code":"RoleAssignmentExists","message":"The role assignment already exists."}}',
      },
    };
    expect(toAzureError(err)).toMatchObject({
      code: 'RoleAssignmentExists',
      message: 'The role assignment already exists.',
      status: 409,
    });
  });

  test('non-errors and 404s', () => {
    expect(toAzureError('plain')).toEqual({ code: 'Unknown', message: 'plain' });
    expect(isNotFound({ statusCode: 404, message: 'gone' })).toBe(true);
    expect(isNotFound({ statusCode: 403, message: 'no' })).toBe(false);
  });
});
