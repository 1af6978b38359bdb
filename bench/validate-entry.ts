// Entry bundled by the validate benchmarks (see validate-build.mjs): the pipeline plus the rule registry, so the
// scale benchmark can time each offline rule on its own.
export { validateSpecText } from '../src/validate.js';
export { offlineRules } from '../src/rules/index.js';
