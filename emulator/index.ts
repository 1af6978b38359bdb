// Placeholder seam, replaced by the emulator shell: startEmulator(options) serves HTTPS on 127.0.0.1.
import type { EmulatorOptions, RunningEmulator } from './types.js';

export async function startEmulator(_options: EmulatorOptions = {}): Promise<RunningEmulator> {
  throw new Error('the emulator shell is not implemented yet');
}
