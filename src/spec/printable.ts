// User text (keys, values) quoted into one-line messages: control characters escaped, long text shortened, so a
// finding always renders as a single line.

export function printable(text: string, max = 60): string {
  const shown = [...text].length > max ? `${[...text].slice(0, max - 3).join('')}...` : text;
  // eslint-disable-next-line no-control-regex -- escaping control characters is the point
  return shown.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\t') return '\\t';
    if (c === '\r') return '\\r';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
