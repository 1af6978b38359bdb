// What every command shares: output streams, the spec argument and --help, the --format check.
// Imports nothing from Azure (validate uses it; see azure-options.ts for the commands that log in).
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { errorMessage } from '../util/errors.js';

export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const processOutput: Output = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};

/** Options every command has: the spec (also as the one positional argument) and --help. */
const SPEC_OPTIONS = {
  spec: { type: 'string' },
  workspace: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/**
 * Parses a command's arguments: its own options plus --spec/--help, with the spec given either as --spec or as
 * the only positional argument (default amlnet.yml). Returns the message to print for bad usage.
 */
export function parseCommandArgs<const O extends ParseArgsOptionsConfig>(argv: string[], options: O) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { ...options, ...SPEC_OPTIONS }, allowPositionals: true, strict: true });
  } catch (err) {
    return errorMessage(err);
  }
  const { values, positionals } = parsed;
  // The options every command has (typed here, where the generic result does not narrow them).
  const common = values as { spec?: string; workspace?: string; help?: boolean };
  if (positionals.length > 1)
    return `expected at most one spec file, got ${positionals.length}: ${positionals.join(' ')}`;
  if (positionals.length === 1 && common.spec !== undefined)
    return 'give the spec either with --spec or as an argument, not both';
  return {
    values,
    spec: common.spec ?? positionals[0] ?? 'amlnet.yml',
    workspace: common.workspace,
    help: common.help ?? false,
  };
}

/** Usage line of --workspace, shared by the commands that read a spec. */
export const WORKSPACE_USAGE =
  '  --workspace DIR    the folder the spec must stay in; a symlinked spec or one outside it is refused\n' +
  '                     (default: $GITHUB_WORKSPACE, else the current directory)';

/** The --format value if it is one of `formats`, else the usage message. */
export function formatOption<F extends string>(
  value: string | undefined,
  formats: readonly F[],
): F | { error: string } {
  const format = value ?? formats[0];
  if ((formats as readonly string[]).includes(format)) return format as F;
  return { error: `--format must be ${formats.slice(0, -1).join(', ')} or ${formats.at(-1)}, got '${format}'` };
}

/**
 * The start of every command: parses its arguments, and answers bad usage (the message and the usage, exit 2)
 * and --help (the usage, exit 0) itself. Returns the options, or the exit code when the command is done.
 */
export function parseOrAnswer<O extends { help: boolean }>(
  command: string,
  argv: string[],
  parse: (argv: string[]) => O | string,
  usage: string,
  out: Output,
): O | number {
  const o = parse(argv);
  if (typeof o === 'string') {
    out.stderr(`amlnet ${command}: ${o}\n\n${usage}\n`);
    return 2;
  }
  if (o.help) {
    out.stdout(usage + '\n');
    return 0;
  }
  return o;
}
