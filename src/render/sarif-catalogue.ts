// The SARIF options of amlnet's own rules: every offline and live rule, and this version of amlnet.
import { liveRules } from '../rules/live/index.js';
import { offlineRules, ruleCatalogue } from '../rules/index.js';
import { AMLNET_VERSION } from '../version.js';
import type { SarifOptions } from './sarif.js';

export function amlnetSarifOptions(specPath: string): SarifOptions {
  return { specPath, version: AMLNET_VERSION, rules: ruleCatalogue([...offlineRules, ...liveRules]) };
}
