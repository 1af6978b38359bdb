// The one reader of the runner's command files (GITHUB_OUTPUT, GITHUB_ENV) in the tests: the bundle tests read
// what `node dist/index.js` wrote, and the port's contract test what the @actions/core adapter wrote.
// The format: https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#multiline-strings

/**
 * Parses a GITHUB_OUTPUT (or GITHUB_ENV) file as the runner does: `name<<DELIMITER`, the value's lines, a line
 * that is exactly DELIMITER; or the one-line `name=value`; blank lines skipped; a later value wins. Unlike a
 * lenient scan, anything else is an error: an unterminated heredoc or a stray line would break the real runner.
 */
export function parseRunnerFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line === '') {
      i++;
      continue;
    }
    const heredoc = line.indexOf('<<');
    const equals = line.indexOf('=');
    if (heredoc > 0 && (equals < 0 || heredoc < equals)) {
      const name = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      if (delimiter === '') throw new Error(`line ${i + 1}: ${name}<< has no delimiter`);
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]);
      if (i >= lines.length) throw new Error(`output ${name}: no closing line ${delimiter}`);
      out[name] = value.join('\n');
      i++;
    } else if (equals > 0) {
      out[line.slice(0, equals)] = line.slice(equals + 1);
      i++;
    } else {
      throw new Error(`line ${i + 1} is neither name=value nor name<<delimiter: ${JSON.stringify(line)}`);
    }
  }
  return out;
}
