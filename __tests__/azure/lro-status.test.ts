// Azure's operation status, read in one place (src/azure/apply/lro-status.ts) from either SDK generation's poller and
// from response bodies, and reported to the executor for its heartbeats.
import {
  armOperationStatus,
  reportingResponses,
  statusOfBody,
  statusOfState,
  waitForOperation,
  type LroState,
  type StatusPoller,
} from '../../src/azure/apply/lro-status.js';
import type { ApplyContext } from '../../src/apply/types.js';

function context(reported: string[]): ApplyContext {
  return {
    signal: new AbortController().signal,
    outputsOf: () => undefined,
    whileWaiting: (work) => work(),
    sleep: () => Promise.resolve(),
    countWrite: () => undefined,
    log: () => undefined,
    reportStatus: (s) => void reported.push(s),
  };
}

test.each([
  ['notStarted', 'Accepted'],
  ['running', 'InProgress'],
  ['succeeded', 'Succeeded'],
  ['failed', 'Failed'],
  ['canceled', 'Canceled'],
  ['Deleting', 'Deleting'],
])('core-lro status %s is ARM status %s', (status, arm) => {
  expect(armOperationStatus(status)).toBe(arm);
});

test.each<[LroState, string]>([
  [{ status: 'running' }, 'InProgress'],
  [{ isStarted: true }, 'InProgress'],
  [{ isStarted: false }, 'Accepted'],
  [{ isStarted: true, isCompleted: true }, 'Succeeded'],
  [{ isStarted: true, isCompleted: true, error: new Error('x') }, 'Failed'],
  [{ isStarted: true, isCancelled: true }, 'Canceled'],
])('poller state %j reads as %s', (state, status) => {
  expect(statusOfState(state)).toBe(status);
});

test.each<[unknown, string | undefined]>([
  [{ status: 'InProgress', startTime: '2026-01-01T00:00:00Z' }, 'InProgress'],
  [{ properties: { provisioningState: 'Creating' } }, 'Creating'],
  [{ provisioningState: 'Updating' }, 'Updating'],
  [{ status: '' }, undefined],
  [undefined, undefined],
  ['text', undefined],
])('response body %j gives status %s', (body, status) => {
  expect(statusOfBody(body)).toBe(status);
});

test('waitForOperation reports Accepted, then each poll of a core-lro 3 poller, and returns the result', async () => {
  const reported: string[] = [];
  let progress: ((s: LroState) => void) | undefined;
  const poller: StatusPoller<string> = {
    onProgress: (cb) => void (progress = cb),
    pollUntilDone: async () => {
      progress?.({ status: 'running' });
      progress?.({ status: 'succeeded' });
      return 'done';
    },
  };
  await expect(waitForOperation(context(reported), poller)).resolves.toBe('done');
  expect(reported).toEqual(['Accepted', 'InProgress', 'Succeeded']);
});

test('a legacy poller reports only its end; the responses carry Azure’s own words in between', async () => {
  const reported: string[] = [];
  const ctx = context(reported);
  const { onResponse } = reportingResponses(ctx);
  let progress: ((s: LroState) => void) | undefined;
  const poller: StatusPoller<string> = {
    onProgress: (cb) => void (progress = cb),
    pollUntilDone: async () => {
      onResponse({ parsedBody: { properties: { provisioningState: 'Creating' } } });
      progress?.({ isStarted: true });
      onResponse({ parsedBody: { status: 'InProgress' } });
      progress?.({ isStarted: true });
      onResponse({ parsedBody: undefined });
      progress?.({ isStarted: true, isCompleted: true });
      return 'ok';
    },
  };
  await waitForOperation(ctx, poller);
  expect(reported).toEqual(['Accepted', 'Creating', 'InProgress', 'Succeeded']);
});
