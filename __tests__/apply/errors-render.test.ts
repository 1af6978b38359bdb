// Error classification, backoff arithmetic, the ACI values and the renderers (exact output).
import { backoffDelayMs, DEFAULT_BACKOFF } from '../../src/apply/backoff.js';
import {
  isAnotherOperationInProgress,
  isTransient,
  retryAfterMs,
  toApplyError,
  ApplyFailure,
} from '../../src/apply/errors.js';
import { renderApplyJson, renderApplyMarkdown, renderApplyText } from '../../src/apply/render.js';
import { aciDeploymentValues, withAciValues } from '../../src/apply/aci.js';
import { applyExitCode } from '../../src/azure/apply/run.js';
import type { ApplyResult } from '../../src/apply/types.js';
import type { Spec } from '../../src/spec/types.js';
import { azureError, droppedConnection } from './helpers.js';

describe('isTransient', () => {
  test.each([
    [429, true],
    [500, true],
    [502, true],
    [503, true],
    [504, true],
    [400, false],
    [401, false],
    [403, false],
    [404, false],
    [409, false],
    [412, false],
    [501, false],
    [505, false],
  ])('HTTP %i -> %s', (status, expected) => {
    expect(isTransient(azureError(status, 'X'))).toBe(expected);
  });

  test.each([
    ['ECONNRESET RestError', droppedConnection(), true],
    ['socket hang up without code', new Error('socket hang up'), true],
    ['cause ECONNRESET', Object.assign(new Error('fetch failed'), { cause: { code: 'ECONNRESET' } }), true],
    ['a failed LRO', new Error('The long-running operation has failed. Conflict. nope'), false],
    ['a plain bug', new TypeError('x is undefined'), false],
  ])('%s', (_name, err, expected) => {
    expect(isTransient(err)).toBe(expected);
  });
});

describe('isAnotherOperationInProgress', () => {
  function withMessage(status: number, code: string, message: string): Error {
    return Object.assign(new Error(message), { statusCode: status, code });
  }
  test.each([
    ['409 AnotherOperationInProgress', azureError(409, 'AnotherOperationInProgress'), true],
    ['429 RetryableErrorDueToAnotherOperation', azureError(429, 'RetryableErrorDueToAnotherOperation'), true],
    ['409 Conflict "in progress"', withMessage(409, 'Conflict', 'An operation is in progress on the cluster'), true],
    [
      '409 OperationNotAllowed "in progress"',
      withMessage(409, 'OperationNotAllowed', 'Operation is in progress'),
      true,
    ],
    ['409 Conflict about something else', azureError(409, 'Conflict'), false],
    ['429 TooManyRequests', azureError(429, 'TooManyRequests'), false],
    ['412 PreconditionFailed', azureError(412, 'PreconditionFailed'), false],
    ['a failed LRO', new Error('The long-running operation has failed. AnotherOperationInProgress. busy'), false],
    [
      'an ApplyFailure carrying the code',
      new ApplyFailure({ code: 'AnotherOperationInProgress', message: 'busy', status: 409 }),
      true,
    ],
  ])('%s -> %s', (_name, err, expected) => {
    expect(isAnotherOperationInProgress(err)).toBe(expected);
  });
});

describe('retryAfterMs', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  test.each([
    [{ 'retry-after': '0' }, 0],
    [{ 'retry-after': '17' }, 17_000],
    [{ 'retry-after': 'Thu, 01 Jan 2026 00:00:30 GMT' }, 30_000],
    [{ 'retry-after': 'Wed, 31 Dec 2025 23:00:00 GMT' }, 0],
    [{ 'retry-after-ms': '250', 'retry-after': '9' }, 250],
    [{ 'retry-after': 'soon' }, undefined],
    [{}, undefined],
  ])('%j -> %s', (headers, expected) => {
    expect(retryAfterMs(azureError(429, 'TooManyRequests', headers), now)).toBe(expected);
  });
});

describe('toApplyError', () => {
  test('a failed LRO keeps Azure code and message', () => {
    expect(toApplyError(new Error('The long-running operation has failed. QuotaExceeded. Not enough cores.'))).toEqual({
      code: 'QuotaExceeded',
      message: 'the long-running operation failed: Not enough cores.',
    });
  });
  test('an ApplyFailure passes through with its advice', () => {
    const e = { code: 'AuthorizationFailed', message: 'no', advice: 'get a role' };
    expect(toApplyError(new ApplyFailure(e))).toBe(e);
  });
  test('a dropped connection is named by its code', () => {
    expect(toApplyError(droppedConnection())).toMatchObject({ code: 'ECONNRESET', message: 'socket hang up' });
  });
});

describe('backoffDelayMs', () => {
  const p = { ...DEFAULT_BACKOFF, baseDelayMs: 100, maxDelayMs: 1000 };
  test.each([
    [1, 0.5, undefined, 50],
    [2, 0.5, undefined, 100],
    [4, 0.5, undefined, 400],
    [5, 0.5, undefined, 500],
    [9, 0.999, undefined, 999],
    [1, 0, undefined, 0],
    [1, 0, 3000, 3000],
    [3, 0.99, 10, 396],
  ])('attempt %i, random %f, Retry-After %s -> %i', (attempt, r, retryAfter, expected) => {
    expect(backoffDelayMs({ ...p, random: () => r }, attempt, retryAfter)).toBe(expected);
  });
});

const spec = {
  version: 1,
  subscriptionId: 'sub',
  location: 'eastus2',
  workspace: { resourceGroup: 'ml-rg', name: 'ws' },
  network: { resourceGroup: 'net-rg', name: 'vnet', subnets: [{ name: 'aci', addressPrefix: '10.1.8.0/24' }] },
  aci: { subnet: 'aci' },
} satisfies Spec;

function result(extra: Partial<ApplyResult> = {}): ApplyResult {
  return {
    planHash: 'ab12',
    status: 'failed',
    outcomes: [
      {
        address: 'network.subnets[0]',
        resourceType: 'Microsoft.Network/virtualNetworks/subnets',
        resourceId:
          '/subscriptions/sub/resourceGroups/net-rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/aci',
        step: 'subnet',
        action: 'update',
        status: 'done',
        attempts: 2,
        writes: 1,
        startedAt: 100,
        finishedAt: 1_300,
        detail: 'add delegation Microsoft.ContainerInstance/containerGroups',
      },
      {
        address: 'aksClusters[0]',
        resourceType: 'Microsoft.MachineLearningServices/workspaces/computes',
        resourceId: '/x/computes/a',
        step: 'compute',
        action: 'create',
        status: 'failed',
        attempts: 1,
        writes: 1,
        startedAt: 1_300,
        finishedAt: 186_300,
        error: {
          code: 'AuthorizationFailed',
          message: 'no | access',
          status: 403,
          correlationId: 'c-1',
          advice: 'grant Contributor',
        },
      },
      {
        address: 'aksClusters[0].networkContributor',
        resourceType: 'Microsoft.Authorization/roleAssignments',
        resourceId: '/x/ra',
        step: 'role',
        action: 'create',
        status: 'skipped',
        attempts: 0,
        writes: 0,
        skippedBecause: ['aksClusters[0]'],
      },
    ],
    unchanged: ['network.securityGroup'],
    writes: 2,
    startedAt: 0,
    finishedAt: 1500,
    ...extra,
  };
}

describe('ACI values', () => {
  test('built from the spec', () => {
    expect(aciDeploymentValues(spec)).toEqual({
      vnetName: 'vnet',
      subnetName: 'aci',
      vnetResourceGroup: 'net-rg',
      subnetId: '/subscriptions/sub/resourceGroups/net-rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/aci',
    });
    expect(aciDeploymentValues({ ...spec, aci: null })).toBeUndefined();
  });
  test('reported only when the delegated subnet is in place', () => {
    expect(withAciValues(result(), spec).aci?.subnetName).toBe('aci');
    const failedSubnet = result();
    failedSubnet.outcomes[0].status = 'failed';
    expect(withAciValues(failedSubnet, spec).aci).toBeUndefined();
    expect(withAciValues(result({ status: 'refused', outcomes: [] }), spec).aci).toBeUndefined();
  });
});

describe('renderers', () => {
  test('an Azure error message cannot break the summary table, open HTML, close the page or ping anyone', () => {
    const hostile = result();
    hostile.outcomes[1]!.error!.message = 'x\u2028| <!-- --> <img src=x> @octo-org/admins ``` [a](b)';
    const row = renderApplyMarkdown(hostile)
      .split('\n')
      .find((l) => l.includes('aksClusters[0]`'));
    expect(row).toBeDefined();
    // Still one row of seven cells: no unescaped pipe, no line break.
    expect(row!.split(/(?<!\\)\|/)).toHaveLength(9);
    expect(row).not.toMatch(/[\u2028<]/);
    expect(row).not.toMatch(/@octo-org/);
    expect(row).not.toMatch(/(^|[^\\])`{3}/);
    expect(row).not.toMatch(/(^|[^\\])\[a\]/);
  });

  test('markdown', () => {
    expect(renderApplyMarkdown(withAciValues(result(), spec))).toBe(
      [
        '### amlnet apply',
        '',
        '**Apply failed: some changes did not complete. Running the apply again resumes from the live state.**',
        '',
        '1 done, 1 failed, 1 skipped, 1 unchanged; 2 writes in 1.5 s.',
        '',
        '| | change | action | outcome | attempts | duration | details |',
        '|---|---|---|---|---|---|---|',
        '| ✅ | `network.subnets[0]` | update | done | 2 | 1.2 s | add delegation Microsoft.ContainerInstance/containerGroups |',
        '| ❌ | `aksClusters[0]` | create | FAILED | 1 | 3m5s | AuthorizationFailed: no \\| access \\(HTTP 403, correlation id c-1\\). Fix: grant Contributor |',
        '| ⏭️ | `aksClusters[0].networkContributor` | create | skipped | 0 | — | not started: aksClusters\\[0\\] did not complete |',
        '',
        '<details><summary>1 unchanged</summary>',
        '',
        '- `network.securityGroup`',
        '',
        '</details>',
        '',
        '#### ACI deployments',
        '',
        'Deploy Azure Container Instances into the delegated subnet with:',
        '',
        '```python',
        'AciWebservice.deploy_configuration(vnet_name="vnet", subnet_name="aci")',
        '```',
        '',
        'plan-hash: ab12',
        '',
      ].join('\n'),
    );
  });

  test('text: each change with its duration', () => {
    const text = renderApplyText(result());
    expect(text).toContain(
      'done    update network.subnets[0] (1.2 s) — add delegation Microsoft.ContainerInstance/containerGroups\n',
    );
    expect(text).toContain('FAILED  create aksClusters[0] (3m5s) — AuthorizationFailed');
    expect(text).toMatch(/^skipped create aksClusters\[0\]\.networkContributor — not started/m);
  });

  test('json (amlnet apply --format json): durationMs per change and for the apply', () => {
    const json = JSON.parse(renderApplyJson(result())) as ReturnType<typeof JSON.parse>;
    expect(json.durationMs).toBe(1500);
    expect(json.interrupted).toBe(false);
    expect(
      (json.outcomes as Array<{ address: string; durationMs: number | null; status: string }>).map((o) => [
        o.address,
        o.status,
        o.durationMs,
      ]),
    ).toEqual([
      ['network.subnets[0]', 'done', 1200],
      ['aksClusters[0]', 'failed', 185_000],
      ['aksClusters[0].networkContributor', 'skipped', null],
    ]);
    expect(json.outcomes[1].error.code).toBe('AuthorizationFailed');
    expect(json.outcomes[2].skippedBecause).toEqual(['aksClusters[0]']);
  });

  test('text, refused', () => {
    const refused = result({ status: 'refused', outcomes: [], refusal: ['the plan is refused'], unchanged: [] });
    expect(renderApplyText(refused)).toBe(
      ['refused: the plan is refused', 'Apply refused: nothing was written.', 'planHash: ab12', ''].join('\n'),
    );
    expect(applyExitCode(refused)).toBe(1);
  });

  test('text, nothing to do', () => {
    const none = result({ status: 'nothing-to-do', outcomes: [], writes: 0 });
    expect(renderApplyText(none)).toBe(
      ['No changes. Your infrastructure matches the configuration.', 'planHash: ab12', ''].join('\n'),
    );
    expect(applyExitCode(none)).toBe(0);
  });
});

test('an interrupted apply says so, and why each change did not start', () => {
  const base = {
    planHash: 'ab12',
    status: 'failed' as const,
    unchanged: [],
    writes: 1,
    startedAt: 0,
    finishedAt: 10,
    interrupted: true,
    outcomes: [
      {
        address: 'r',
        resourceType: 'Microsoft.Authorization/roleAssignments' as const,
        resourceId: '/x/ra',
        step: 'role' as const,
        action: 'create' as const,
        status: 'skipped' as const,
        attempts: 0,
        writes: 0,
        skippedBecause: ['interrupted'],
      },
    ],
  };
  const text = renderApplyText(base);
  expect(text).toContain('skipped create r — not started: the apply was interrupted\n');
  expect(text).toContain('Apply interrupted: changes not started were not written.');
  expect(renderApplyMarkdown(base)).toContain('**Apply interrupted: changes not started were not written.');
});
