// Placeholder seam, replaced by the ARM providers: createArmHandler(world, faults) serves every ARM path.
import type { ArmHandler, FaultInjector, World } from '../types.js';

export function createArmHandler(_world: World, _faults: FaultInjector): ArmHandler {
  return {
    async handle(req) {
      return {
        status: 404,
        body: {
          error: { code: 'NotImplemented', message: `The emulator does not serve ${req.method} ${req.path} yet.` },
        },
      };
    },
  };
}
