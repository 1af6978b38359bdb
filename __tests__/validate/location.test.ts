// A spec stays in its workspace: a symlinked spec, or one whose real path leaves the workspace, is refused
// BEFORE it is read, so a link to a runner file (a git config holding the checkout token) is never quoted.
import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateSpecFile } from '../../src/validate.js';

const base = mkdtempSync(join(tmpdir(), 'amlnet-location-'));
const workspace = join(base, 'ws');
const outside = join(base, 'runner');
mkdirSync(join(workspace, 'envs'), { recursive: true });
mkdirSync(outside);
const TOKEN = 'ghs_Secr3tT0kenValue1234567890abcd';
// Not YAML a spec would be: a git config with a credential in it.
writeFileSync(join(outside, 'config'), `[http]\n\textraheader = AUTHORIZATION: basic ${TOKEN}\n`);
writeFileSync(join(workspace, 'inside.yml'), 'version: 1\n');
symlinkSync(join(outside, 'config'), join(workspace, 'amlnet.yml'));
symlinkSync(join(workspace, 'inside.yml'), join(workspace, 'link-inside.yml'));
symlinkSync(outside, join(workspace, 'linked-dir'));

describe('validateSpecFile with a workspace', () => {
  it.each([
    ['a symlink to a file outside', 'amlnet.yml', /is a symbolic link/],
    ['a symlink even to a file inside', 'link-inside.yml', /is a symbolic link/],
    ['a path through a symlinked folder', 'linked-dir/config', /outside the workspace/],
    ['a path that climbs out', '../runner/config', /outside the workspace/],
  ])('refuses %s before reading it', async (_title, rel, reason) => {
    const result = await validateSpecFile(join(workspace, rel), { root: workspace });
    expect(result.unparseable).toBe(true);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ ruleId: 'SPEC-UNREADABLE', severity: 'error', line: 1, column: 1 });
    expect(result.findings[0].message).toMatch(reason);
    expect(JSON.stringify(result)).not.toContain('Secr3t');
  });

  it('reads a regular file inside the workspace', async () => {
    const result = await validateSpecFile(join(workspace, 'inside.yml'), { root: workspace });
    expect(result.findings.map((f) => f.ruleId)).not.toContain('SPEC-UNREADABLE');
  });

  it('never quotes more than a short, masked excerpt of a file that is not a spec', async () => {
    // Read directly (no workspace check): the YAML and schema findings still must not carry the token.
    const result = await validateSpecFile(join(outside, 'config'));
    expect(result.valid).toBe(false);
    for (const f of result.findings) expect(f.message).not.toContain('Secr3tT0ken');
  });
});
