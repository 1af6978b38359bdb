// Fallback entry for bench/validate-coldstart.mjs when src/cli.ts cannot be bundled (see validate-build.mjs):
// the same lazy dispatch to the validate command, without the commands that need the ESM-only @actions/*.
// (No top-level await: the fallback build compiles to CommonJS.)
const [name, ...rest] = process.argv.slice(2);
if (name !== 'validate') {
  process.stderr.write('this benchmark entry only runs: validate [options]\n');
  process.exitCode = 2;
} else {
  void import('../src/commands/validate.js')
    .then(({ run }) => run(rest))
    .then((code) => {
      process.exitCode = code;
    });
}
