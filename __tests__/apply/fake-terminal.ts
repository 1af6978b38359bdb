// A terminal for CLI tests (src/commands/terminal.ts): stdin as a PassThrough that says whether it is a TTY and holds
// the answer typed, and a signal source the test fires by hand instead of the process's.
import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import { streamTerminal, type StopSignal, type Terminal } from '../../src/commands/terminal.js';

export interface FakeTerminal extends Terminal {
  /** Sends SIGINT/SIGTERM to whoever listens (the apply command while it applies). */
  send(signal: StopSignal): void;
  /** Listeners of that signal now. */
  listening(signal: StopSignal): number;
}

export function fakeTerminal(options: { tty: boolean; answer?: string; colour?: boolean }): FakeTerminal {
  const stdin = Object.assign(new PassThrough(), { isTTY: options.tty });
  if (options.answer !== undefined) stdin.write(`${options.answer}\n`);
  stdin.end();
  const signals = new EventEmitter();
  const terminal = streamTerminal(
    stdin,
    { stdout: options.colour ?? options.tty, stderr: options.colour ?? options.tty },
    {
      on: (event: string, listener: () => void) => signals.on(event, listener),
      off: (event: string, listener: () => void) => signals.off(event, listener),
    } as unknown as Pick<NodeJS.Process, 'on' | 'off'>,
  );
  return {
    ...terminal,
    send: (signal) => void signals.emit(signal),
    listening: (signal) => signals.listenerCount(signal),
  };
}
