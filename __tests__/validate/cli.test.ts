// `amlnet validate`: exit codes, both formats, usage errors, and that it loads no Azure or Actions module.
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { runValidate } from '../../src/commands/validate.js';
import type { Output } from '../../src/commands/args.js';

const tmp = mkdtempSync(join(tmpdir(), 'amlnet-cli-'));
// A v2 example: valid, and free of warnings (the v1 examples carry the legacy-path warning).
const example = join(process.cwd(), 'examples', 'k8s-internal-lb.yml');

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out: Output = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  // The temporary specs live outside the repository (the current directory): name their folder as the workspace.
  const inTmp = argv.some((a) => a.startsWith(tmp));
  const code = await runValidate(inTmp ? ['--workspace', tmp, ...argv] : argv, out);
  return { code, stdout, stderr };
}

function specFile(name: string, text: string): string {
  const file = join(tmp, name);
  writeFileSync(file, text);
  return file;
}

const invalid = readFileSync(example, 'utf8').replace('maxPods: 30', 'maxPods: 300');

describe('amlnet validate: exit codes and output', () => {
  it('exits 0 for a valid spec and prints the summary', async () => {
    const r = await cli(['--spec', example]);
    expect(r).toEqual({ code: 0, stdout: '0 errors, 0 warnings\n', stderr: '' });
  });

  it('accepts the spec as the only argument', async () => {
    expect((await cli([example])).code).toBe(0);
  });

  it('exits 1 with error findings, in text', async () => {
    const file = specFile('invalid.yml', invalid);
    const r = await cli(['--spec', file]);
    expect(r.code).toBe(1);
    const line = invalid.split('\n').findIndex((l) => l.includes('maxPods: 300')) + 1;
    expect(r.stdout).toBe(
      `${file}:${line}:14: error SPEC-RANGE kubernetesClusters[0].maxPods is 300; allowed: 10..250 ` +
        '(Maximum pods per node (10..250). Defaults: 30 with Azure CNI, 110 with kubenet, 250 with Azure CNI Overlay. Counts in subnet sizing with Azure CNI.)\n' +
        '1 error, 0 warnings\n',
    );
  });

  it('exits 1 with error findings, in JSON', async () => {
    const file = specFile('invalid2.yml', invalid);
    const r = await cli(['--spec', file, '--format', 'json']);
    expect(r.code).toBe(1);
    const parsed = JSON.parse(r.stdout) as { valid: boolean; findings: Array<Record<string, unknown>> };
    expect(parsed.valid).toBe(false);
    expect(parsed.findings).toEqual([
      expect.objectContaining({
        ruleId: 'SPEC-RANGE',
        severity: 'error',
        path: 'kubernetesClusters[0].maxPods',
        column: 14,
      }),
    ]);
  });

  it('prints valid JSON for a valid spec', async () => {
    const r = await cli(['--format=json', example]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ valid: true, findings: [] });
  });

  it.each<[string, string, string]>([
    ['malformed YAML', 'version: 1\nnetwork: [a\n', 'SPEC-YAML'],
    ['an empty file', '', 'SPEC-EMPTY'],
    ['a NUL byte', 'version: 1\0\n', 'SPEC-ENCODING'],
  ])('exits 2 for %s, still reporting the finding', async (_name, text, ruleId) => {
    const file = specFile(`bad-${ruleId}.yml`, text);
    const r = await cli(['--spec', file, '--format', 'json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual({ valid: false, findings: [expect.objectContaining({ ruleId })] });
  });

  it('exits 2 for a missing spec, defaulting to amlnet.yml', async () => {
    const cwd = process.cwd();
    process.chdir(tmp);
    try {
      const r = await cli([]);
      expect(r.code).toBe(2);
      expect(r.stdout).toMatch(/^amlnet\.yml:1:1: error SPEC-UNREADABLE cannot read amlnet\.yml: no such file/);
    } finally {
      process.chdir(cwd);
    }
  });

  it.each<[string[], RegExp]>([
    [['--format', 'xml'], /--format must be text, json or sarif, got 'xml'/],
    [['--bogus'], /Unknown option '--bogus'/],
    [['a.yml', 'b.yml'], /expected at most one spec file, got 2/],
    [['--spec', 'a.yml', 'b.yml'], /either with --spec or as an argument/],
    [['--spec'], /--spec/],
  ])('exits 2 on bad usage %j', async (argv, message) => {
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/usage: amlnet validate/);
  });

  it('prints help and exits 0', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/usage: amlnet validate \[--spec FILE\] \[--format text\|json\|sarif\]/);
  });

  it('run() writes to the process streams (as a process: stdout holds the JSON, stderr nothing)', () => {
    const r = spawnSync(
      process.execPath,
      [
        '--no-warnings',
        '--experimental-transform-types',
        '--import',
        './scripts/ts-hooks.mjs',
        'src/bin.ts',
        'validate',
        '--spec',
        example,
        '--format',
        'json',
      ],
      { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } },
    );
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ valid: true, findings: [] });
  });
});

/** Every module reachable from `entry` through relative imports (static and dynamic), and the packages they use. */
function importGraph(entry: string): { files: string[]; packages: Set<string> } {
  const files: string[] = [];
  const packages = new Set<string>();
  const queue = [resolve(entry)];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const file = queue.pop() as string;
    files.push(file);
    const source = readFileSync(file, 'utf8');
    const specifiers = [
      ...source.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g),
      ...source.matchAll(/(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g),
      ...source.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g),
    ].map((m) => m[1]);
    for (const spec of specifiers) {
      if (spec.startsWith('.')) {
        let target = resolve(dirname(file), spec);
        if (target.endsWith('.js')) {
          const ts = target.slice(0, -3) + '.ts';
          try {
            readFileSync(ts);
            target = ts;
          } catch {
            // a real .js module (the generated validator)
          }
        }
        if (!seen.has(target)) {
          seen.add(target);
          queue.push(target);
        }
      } else {
        packages.add(spec);
      }
    }
  }
  return { files, packages };
}

describe('amlnet validate loads no Azure or Actions code', () => {
  it('has no @azure/* or @actions/* package in its static import graph', () => {
    const { files, packages } = importGraph('src/commands/validate.ts');
    expect(files.some((f) => f.endsWith('src/validate.ts'))).toBe(true);
    expect(files.some((f) => f.endsWith('src/rules/index.ts'))).toBe(true);
    expect([...packages].filter((p) => p.startsWith('@azure/') || p.startsWith('@actions/'))).toEqual([]);
  });

  it('loads none when run as a process (modules recorded by a resolve hook)', () => {
    const record = join(tmp, 'loaded.txt');
    const r = spawnSync(
      process.execPath,
      [
        '--no-warnings',
        '--experimental-transform-types',
        '--import',
        './scripts/ts-hooks.mjs',
        'src/bin.ts',
        'validate',
        '--spec',
        example,
      ],
      { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', AMLNET_LOADED_MODULES: record } },
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('0 errors, 0 warnings\n');
    expect(r.status).toBe(0);
    const loaded = readFileSync(record, 'utf8').split('\n');
    expect(loaded).toEqual(expect.arrayContaining([expect.stringMatching(/src\/commands\/validate\.ts$/)]));
    expect(loaded.filter((u) => /@azure|@actions|ajv/.test(u))).toEqual([]);
  });

  it('exits 1 with findings when run as a process', () => {
    const file = specFile('proc-invalid.yml', invalid);
    const r = spawnSync(
      process.execPath,
      [
        '--no-warnings',
        '--experimental-transform-types',
        '--import',
        './scripts/ts-hooks.mjs',
        'src/bin.ts',
        'validate',
        '--workspace',
        tmp,
        file,
      ],
      {
        encoding: 'utf8',
        env: { ...process.env, NODE_OPTIONS: '' },
      },
    );
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/error SPEC-RANGE kubernetesClusters\[0\]\.maxPods is 300/);
  });
});
