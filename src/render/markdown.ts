// Markdown building blocks that are safe for text from the spec or from Azure: nothing in such a value
// may open HTML, format text, break a table, close a code fence or ping a person or team.

const ZWJ = '\u200D';

/**
 * Every character that can end a line or hide text, for any reader: C0 and C1 controls (\n, \r, \t, U+0085, ...),
 * U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR (JavaScript's `^`/`$` with the m flag treat these as line
 * ends), and the bidirectional overrides that reorder text on screen.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_CHARS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/**
 * One line, whatever the value holds: unsafe characters become visible `\uXXXX` escapes (so a reviewer sees
 * them), and `<!--` / `-->` are broken so that no value can open or close an HTML comment (amlnet's own
 * hidden lines are HTML comments). Every renderer passes spec and Azure values through this.
 */
export function oneLine(text: string): string {
  return text
    .replace(UNSAFE_CHARS, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)
    .replace(/<!-/g, `<!${ZWJ}-`)
    .replace(/--(?=>)/g, `-${ZWJ}-`);
}

/** Escapes text for inline Markdown (also inside table cells): HTML, emphasis, links, pipes, mentions. */
export function escapeMarkdown(text: string): string {
  return (
    oneLine(text)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // Backslash-escape Markdown punctuation (GitHub honours these escapes, also inside tables).
      .replace(/[\\`*_{}[\]()#+!|~]/g, (m) => `\\${m}`)
      // Break @mentions and team mentions: a zero-width joiner between @ and the name.
      .replace(/@(?=[A-Za-z0-9])/g, `@${ZWJ}`)
  );
}

/** Inline code for a value; the fence is longer than any backtick run inside, and mentions are broken. */
export function inlineCode(text: string): string {
  const value = oneLine(text).replace(/@(?=[A-Za-z0-9])/g, `@${ZWJ}`);
  const longest = Math.max(0, ...[...value.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = value.startsWith('`') || value.endsWith('`') || value === '' ? ' ' : '';
  return `${fence}${pad}${value}${pad}${fence}`;
}

/** A fenced code block; the fence is longer than any backtick run in the body. Mentions are inert in code. */
export function codeBlock(body: string, info = ''): string {
  const longest = Math.max(0, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${info}\n${body}${body.endsWith('\n') || body === '' ? '' : '\n'}${fence}`;
}

/** Escapes text for an HTML context (Markdown is not interpreted inside <summary>). */
export function escapeHtml(text: string): string {
  return oneLine(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/@(?=[A-Za-z0-9])/g, `@${ZWJ}`);
}

/** A collapsible section; the summary is HTML-escaped. */
export function details(summary: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${escapeHtml(summary)}</summary>\n\n${body}\n\n</details>`;
}

export function table(headers: string[], rows: string[][]): string {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The value for an HTML comment: no `--` and no `>` so it cannot close the comment. */
export function commentSafe(text: string): string {
  return oneLine(text)
    .replace(/-{2,}/g, (m) => m.split('').join(ZWJ))
    .replace(/>/g, '%3E');
}
