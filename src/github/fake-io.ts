// An in-memory ActionsIO for the demo and the tests: inputs and the job's environment are given, and what the
// action writes is kept — outputs, the job summary, and a log in the runner's workflow-command syntax (the
// lines @actions/core would print: `::error file=...,line=3,col=5::message`, `::add-mask::...`).
import { githubOidcFromEnv } from '../azure/credential.js';
import type { ActionsIO, AnnotationLevel, AnnotationProperties, JobEnv } from './io.js';

export interface FakeIOOptions {
  /** Inputs by their action.yml name (dashes kept). */
  inputs?: Readonly<Record<string, string>>;
  /** The job's environment (GITHUB_*, RUNNER_TEMP, the OIDC request pair). */
  env?: JobEnv;
  /** Fetches a GitHub OIDC token; default: the request @actions/core makes, from env's ACTIONS_ID_TOKEN_REQUEST_*. */
  getIDToken?: (audience: string) => Promise<string>;
}

/** One annotation as the action raised it. */
export interface RecordedAnnotation {
  level: AnnotationLevel;
  message: string;
  properties: AnnotationProperties;
}

/** @actions/core's escaping of a command's message and of its property values. */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** A workflow command line, as @actions/core prints it (properties in its order, empty ones left out). */
export function workflowCommand(command: string, message: string, properties: AnnotationProperties = {}): string {
  const props: [string, string | number | undefined][] = [
    ['title', properties.title],
    ['file', properties.file],
    ['line', properties.startLine],
    ['endLine', properties.endLine],
    ['col', properties.startColumn],
    ['endColumn', properties.endColumn],
  ];
  const given = props.filter(([, v]) => v !== undefined && v !== '' && v !== 0);
  const head = given.length === 0 ? '' : ' ' + given.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${command}${head}::${escapeData(message)}`;
}

export class FakeIO implements ActionsIO {
  readonly env: JobEnv;
  readonly outputs: Record<string, string> = {};
  readonly variables: Record<string, string> = {};
  readonly secrets: string[] = [];
  readonly annotations: RecordedAnnotation[] = [];
  /** The log, one entry per line the runner would show. */
  readonly lines: string[] = [];
  /** The step summary as written (empty until summary.write). */
  summaryText = '';
  /** The message of setFailed, when the step failed. */
  failure: string | undefined;
  private readonly inputs: Readonly<Record<string, string>>;
  private readonly fetchIdToken: (audience: string) => Promise<string>;
  private pending: string[] = [];

  constructor(options: FakeIOOptions = {}) {
    this.env = options.env ?? {};
    this.inputs = options.inputs ?? {};
    this.fetchIdToken =
      options.getIDToken ??
      githubOidcFromEnv(this.env) ??
      (() => Promise.reject(new Error('this job has no ACTIONS_ID_TOKEN_REQUEST_URL (id-token: write)')));
  }

  get failed(): boolean {
    return this.failure !== undefined;
  }

  /** The log as one text, as the runner's stdout would hold it. */
  get log(): string {
    return this.lines.map((l) => l + '\n').join('');
  }

  readonly summary = {
    append: (markdown: string): void => void this.pending.push(markdown),
    write: (): Promise<void> => {
      this.summaryText += this.pending.join('') + '\n';
      this.pending = [];
      return Promise.resolve();
    },
  };

  getInput(name: string): string {
    // The runner's INPUT_ variable of a name: upper-cased, spaces to underscores; @actions/core trims it.
    return (this.inputs[name] ?? '').trim();
  }
  setOutput(name: string, value: string): void {
    this.outputs[name] = value;
  }
  exportVariable(name: string, value: string): void {
    this.variables[name] = value;
  }
  setSecret(value: string): void {
    this.secrets.push(value);
    this.lines.push(workflowCommand('add-mask', value));
  }
  async getIDToken(audience: string): Promise<string> {
    const token = await this.fetchIdToken(audience);
    this.setSecret(token);
    return token;
  }
  private annotate(level: AnnotationLevel, message: string, properties: AnnotationProperties = {}): void {
    this.annotations.push({ level, message, properties });
    this.lines.push(workflowCommand(level, message, properties));
  }
  error(message: string, properties?: AnnotationProperties): void {
    this.annotate('error', message, properties);
  }
  warning(message: string, properties?: AnnotationProperties): void {
    this.annotate('warning', message, properties);
  }
  notice(message: string, properties?: AnnotationProperties): void {
    this.annotate('notice', message, properties);
  }
  info(message: string): void {
    this.lines.push(message);
  }
  debug(message: string): void {
    this.lines.push(workflowCommand('debug', message));
  }
  startGroup(name: string): void {
    this.lines.push(workflowCommand('group', name));
  }
  endGroup(): void {
    this.lines.push(workflowCommand('endgroup', ''));
  }
  setFailed(message: string): void {
    this.failure = message;
    this.error(message);
  }
}
