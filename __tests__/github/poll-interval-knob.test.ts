// The test-only poll-interval knob of the action (AMLNET_POLL_INTERVAL_MS): unset means the SDKs' default; a
// whole number of milliseconds is passed on; anything else is refused with a message that names the variable
// and the value.
import { pipelineOptionsFromEnv, POLL_INTERVAL_VARIABLE } from '../../src/app/pipeline.js';

test.each([
  [undefined, {}],
  ['', {}],
  ['0', { pollIntervalMs: 0 }],
  ['25', { pollIntervalMs: 25 }],
  ['60000', { pollIntervalMs: 60_000 }],
])('%p -> %p', (value, expected) => {
  expect(pipelineOptionsFromEnv({ [POLL_INTERVAL_VARIABLE]: value })).toEqual(expected);
});

test.each(['-1', '1.5', 'abc', '60001', '1e3', '0x10', '99999999'])(
  '%p is refused, naming the variable and value',
  (value) => {
    expect(() => pipelineOptionsFromEnv({ [POLL_INTERVAL_VARIABLE]: value })).toThrow(
      `AMLNET_POLL_INTERVAL_MS must be a whole number of milliseconds from 0 to 60000, got "${value}"`,
    );
  },
);
