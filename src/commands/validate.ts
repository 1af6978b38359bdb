// `amlnet validate [--spec FILE] [--format text|json]`: offline checks only (no Azure call, no credentials).
// Exit codes (CONTRACT section 2): 0 no errors, 1 error findings, 2 spec unreadable/unparseable or bad usage.
// Imports nothing from @azure/* or @actions/* (a test walks this module's import graph to keep it so).
import { parseArgs } from 'node:util';
import { renderFindingsJson, renderFindingsText } from '../render/findings.js';
import { validateSpecFile } from '../validate.js';

export const usage = `usage: amlnet validate [--spec FILE] [--format text|json]

Checks the spec offline: YAML, the schema (schema/amlnet.schema.json) and the network rules.

options:
  --spec FILE        the spec to check (default amlnet.yml; may also be given as the only argument)
  --format FORMAT    text (default) or json ({"valid": ..., "findings": [...]})
  -h, --help         show this help

exit codes: 0 no errors, 1 error findings, 2 spec unreadable or unparseable, or bad usage`;

export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
}

const processOutput: Output = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};

const FORMATS = ['text', 'json'] as const;
type Format = (typeof FORMATS)[number];

interface Options {
  spec: string;
  format: Format;
  help: boolean;
}

function parse(argv: string[]): Options | string {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        spec: { type: 'string' },
        format: { type: 'string', default: 'text' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1)
    return `expected at most one spec file, got ${positionals.length}: ${positionals.join(' ')}`;
  if (positionals.length === 1 && values.spec !== undefined)
    return 'give the spec either with --spec or as an argument, not both';
  const format = values.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) return `--format must be text or json, got '${format}'`;
  return {
    spec: values.spec ?? positionals[0] ?? 'amlnet.yml',
    format: format as Format,
    help: values.help ?? false,
  };
}

/** The command with its output injectable (tests capture it). */
export async function runValidate(argv: string[], out: Output): Promise<number> {
  const options = parse(argv);
  if (typeof options === 'string') {
    out.stderr(`amlnet validate: ${options}\n\n${usage}\n`);
    return 2;
  }
  if (options.help) {
    out.stdout(usage + '\n');
    return 0;
  }
  const result = await validateSpecFile(options.spec);
  out.stdout(
    options.format === 'json' ? renderFindingsJson(result.findings) : renderFindingsText(result.file, result.findings),
  );
  if (result.unparseable) return 2;
  return result.valid ? 0 : 1;
}

export async function run(argv: string[]): Promise<number> {
  return runValidate(argv, processOutput);
}
