// The port through which the plan reads Azure: the core asks for the live state of a spec's resources and never
// sees an SDK. azure/live/read.ts implements it against ARM; tests may implement it with a fixture.
import type { Spec } from '../spec/types.js';
import type { LiveState } from './types.js';

export interface LiveReadResult {
  live: LiveState;
  /** Distinct requests the reader made (each GET or list; pages of a list count once). */
  reads: number;
}

export interface LiveStateReader {
  /** Reads every resource the spec names or depends on. Throws only when the whole plan would be meaningless. */
  read(spec: Spec): Promise<LiveReadResult>;
}
