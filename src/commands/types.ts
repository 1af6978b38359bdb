/** A CLI command: parses its own arguments and returns the process exit code (README.md, "Command-line reference"). */
export interface CommandModule {
  run(argv: string[]): Promise<number>;
}
