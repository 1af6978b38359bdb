// Placeholder until the command lands; replaced by its issue's work.
export async function run(_argv: string[]): Promise<number> {
  process.stderr.write('amlnet apply: not implemented yet\n');
  return 2;
}
