// Stands in for emulator/index.ts in the unit project (jest.config.js): unit tests never start the emulator.
// A test that needs it belongs to the contract project: name it *.emulator.test.ts (or put it under
// __tests__/emulator/ or __tests__/action/). The exports mirror emulator/index.ts so imports still link.
const WHY =
  'unit tests may not start the emulator: name this test *.emulator.test.ts so it runs in the contract project';

export class StateError extends Error {}

export function startEmulator(): never {
  throw new Error(WHY);
}
