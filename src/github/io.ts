// The Actions I/O port: everything the action reads from and writes to the runner, as one interface. main.ts
// and the github/ steps talk to the runner only through it. Its one production implementation is the
// @actions/core adapter (core-io.ts); the demo and the tests use the in-memory one (fake-io.ts), so a run
// never needs to patch process.env or process.stdout.

/** Where an annotation points (the same fields as @actions/core's AnnotationProperties). */
export interface AnnotationProperties {
  /** The rule id, shown as the annotation's title. */
  title?: string;
  /** Repository-relative path of the file. */
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** The job's environment: GITHUB_*, RUNNER_TEMP, ACTIONS_ID_TOKEN_REQUEST_* (read-only). */
export type JobEnv = Readonly<Record<string, string | undefined>>;

export interface JobSummary {
  /** Adds markdown to the step summary (kept until write). */
  append(markdown: string): void;
  /** Writes what was appended (the runner's GITHUB_STEP_SUMMARY, or the log outside a runner). */
  write(): Promise<void>;
}

export interface ActionsIO {
  readonly env: JobEnv;
  /** An input by its action.yml name ('' when not given). */
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  /** Masks a value in every later log line. */
  setSecret(value: string): void;
  /** A GitHub OIDC token for `audience` (needs `permissions: id-token: write`); masked once fetched. */
  getIDToken(audience: string): Promise<string>;
  readonly summary: JobSummary;
  /** Error, warning and notice annotations; without properties, a plain log line of that level. */
  error(message: string, properties?: AnnotationProperties): void;
  warning(message: string, properties?: AnnotationProperties): void;
  notice(message: string, properties?: AnnotationProperties): void;
  info(message: string): void;
  debug(message: string): void;
  startGroup(name: string): void;
  endGroup(): void;
  /** Logs the message as an error and marks the step failed. */
  setFailed(message: string): void;
  exportVariable?(name: string, value: string): void;
}

/** The three annotation levels, in the port's own method names. */
export type AnnotationLevel = 'error' | 'warning' | 'notice';
