/** A CLI command: parses its own arguments and returns the process exit code (CONTRACT section 2). */
export interface CommandModule {
  run(argv: string[]): Promise<number>;
}
