// The committed standalone validator must match the schema: regenerate in memory and compare.
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';

describe('src/spec/schema-validator.generated.js', () => {
  it('is current with schema/amlnet.schema.json', () => {
    const run = spawnSync(process.execPath, ['schema/generate-validator.mjs', '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
