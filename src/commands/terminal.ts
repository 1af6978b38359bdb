// What the CLI needs to know about the terminal it runs in, as a port the tests fake: whether a person can answer
// (stdin is a TTY), whether colour is wanted (a TTY, NO_COLOR, FORCE_COLOR), one question and its answer, and the
// SIGINT/SIGTERM an apply must wind down on. processTerminal() is the real one.
import { createInterface } from 'node:readline';

export type StopSignal = 'SIGINT' | 'SIGTERM';

/** Exit codes of a process stopped by a signal: 128 + its number (SIGINT 2, SIGTERM 15). */
export const SIGNAL_EXIT_CODE: Record<StopSignal, number> = { SIGINT: 130, SIGTERM: 143 };

export interface Terminal {
  /** stdin is a terminal: someone can answer a question. */
  readonly stdinIsTTY: boolean;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  /** Reads one line from stdin (the question is already printed); undefined when stdin ends first. */
  readLine(): Promise<string | undefined>;
  /** Calls `handler` on SIGINT and SIGTERM (instead of Node's default exit) until the returned function is called. */
  onSignal(handler: (signal: StopSignal) => void): () => void;
}

interface MaybeTTY {
  isTTY?: boolean;
}

/** A terminal over any input stream (tests pass a PassThrough with isTTY set) and a signal source. */
export function streamTerminal(
  input: NodeJS.ReadableStream & MaybeTTY,
  tty: { stdout: boolean; stderr: boolean },
  signals: Pick<NodeJS.Process, 'on' | 'off'> = process,
): Terminal {
  return {
    stdinIsTTY: input.isTTY === true,
    stdoutIsTTY: tty.stdout,
    stderrIsTTY: tty.stderr,
    readLine: () =>
      new Promise<string | undefined>((resolve) => {
        const rl = createInterface({ input, terminal: false });
        let answered = false;
        rl.once('line', (line) => {
          answered = true;
          rl.close();
          resolve(line);
        });
        rl.once('close', () => {
          if (!answered) resolve(undefined);
        });
      }),
    onSignal: (handler) => {
      const onInt = (): void => handler('SIGINT');
      const onTerm = (): void => handler('SIGTERM');
      signals.on('SIGINT', onInt);
      signals.on('SIGTERM', onTerm);
      return () => {
        signals.off('SIGINT', onInt);
        signals.off('SIGTERM', onTerm);
      };
    },
  };
}

export function processTerminal(): Terminal {
  return streamTerminal(process.stdin, {
    stdout: process.stdout.isTTY === true,
    stderr: process.stderr.isTTY === true,
  });
}

/** CI=true (GitHub Actions, most CI systems): nobody is there to answer. */
export function isCi(env: Record<string, string | undefined>): boolean {
  const ci = env['CI']?.toLowerCase();
  return ci === 'true' || ci === '1';
}

/**
 * Colour on a terminal only: NO_COLOR (any non-empty value, https://no-color.org) turns it off, FORCE_COLOR turns it
 * on (off when 0 or false), as Node's own util.styleText and most CLIs read them; NO_COLOR wins.
 */
export function colourWanted(env: Record<string, string | undefined>, isTTY: boolean): boolean {
  if ((env['NO_COLOR'] ?? '') !== '') return false;
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  return isTTY;
}

export interface Paint {
  bold(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  red(text: string): string;
}

const sgr =
  (open: number, close: number) =>
  (text: string): string =>
    `\u001b[${open}m${text}\u001b[${close}m`;

const COLOURS: Paint = { bold: sgr(1, 22), green: sgr(32, 39), yellow: sgr(33, 39), red: sgr(31, 39) };
const PLAIN: Paint = { bold: (t) => t, green: (t) => t, yellow: (t) => t, red: (t) => t };

export function paint(enabled: boolean): Paint {
  return enabled ? COLOURS : PLAIN;
}

/** A word of a command line as a POSIX shell reads it back: bare when safe, else in single quotes. */
export function shellQuote(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
