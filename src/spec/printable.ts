// User text (keys, values) quoted into one-line messages: control characters escaped, long text shortened, so a
// finding always renders as a single line.

/**
 * A run that looks like a credential: 20 or more token characters mixing upper case, lower case and digits
 * (GitHub tokens, base64 keys, JWT segments). Names, CIDRs, ids and keys of the spec do not look like this.
 */
const SECRET_LIKE = /[A-Za-z0-9_+/=-]{20,}/g;

function maskSecrets(text: string): string {
  return text.replace(SECRET_LIKE, (run) =>
    /[A-Z]/.test(run) && /[a-z]/.test(run) && /[0-9]/.test(run) ? `${run.slice(0, 4)}…(masked)` : run,
  );
}

/**
 * The excerpt of user text a message may quote: at most `max` characters, credential-like runs masked, so that
 * even a file that is not a spec at all never has more than a short, masked excerpt quoted into a finding.
 */
export function printable(text: string, max = 60): string {
  const masked = maskSecrets(text);
  const shown = [...masked].length > max ? `${[...masked].slice(0, max - 3).join('')}...` : masked;
  // eslint-disable-next-line no-control-regex -- escaping control characters is the point
  return shown.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\t') return '\\t';
    if (c === '\r') return '\\r';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
