// `amlnet validate [--spec FILE] [--format text|json]`: offline checks only (no Azure call, no credentials).
// Exit codes (README, "Command-line reference"): 0 no errors, 1 error findings, 2 spec unreadable/unparseable or
// bad usage.
// Imports nothing from @azure/* or @actions/* (a test walks this module's import graph to keep it so).
import { renderFindingsJson, renderFindingsText } from '../render/findings.js';
import { specRoot, validateSpecFile } from '../validate.js';
import { formatOption, parseCommandArgs, WORKSPACE_USAGE, parseOrAnswer, processOutput, type Output } from './args.js';

export const usage = `usage: amlnet validate [--spec FILE] [--format text|json]

Checks the spec offline: YAML, the schema (schema/amlnet.schema.json) and the network rules.

options:
  --spec FILE        the spec to check (default amlnet.yml; may also be given as the only argument)
${WORKSPACE_USAGE}
  --format FORMAT    text (default) or json ({"valid": ..., "findings": [...]})
  -h, --help         show this help

exit codes: 0 no errors, 1 error findings, 2 spec unreadable or unparseable, or bad usage`;

const FORMATS = ['text', 'json'] as const;
type Format = (typeof FORMATS)[number];

interface Options {
  spec: string;
  workspace?: string;
  format: Format;
  help: boolean;
}

function parse(argv: string[]): Options | string {
  const parsed = parseCommandArgs(argv, { format: { type: 'string' } });
  if (typeof parsed === 'string') return parsed;
  const format = formatOption(parsed.values.format, FORMATS);
  if (typeof format === 'object') return format.error;
  return { spec: parsed.spec, workspace: parsed.workspace, format, help: parsed.help };
}

/** The command with its output injectable (tests capture it). */
export async function runValidate(argv: string[], out: Output): Promise<number> {
  const options = parseOrAnswer('validate', argv, parse, usage, out);
  if (typeof options === 'number') return options;
  const result = await validateSpecFile(options.spec, { root: options.workspace ?? specRoot(process.env) });
  out.stdout(
    options.format === 'json' ? renderFindingsJson(result.findings) : renderFindingsText(result.file, result.findings),
  );
  if (result.unparseable) return 2;
  return result.valid ? 0 : 1;
}

export async function run(argv: string[]): Promise<number> {
  return runValidate(argv, processOutput);
}
