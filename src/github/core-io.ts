// The ActionsIO port over @actions/core: the one implementation a real run uses (src/index.ts passes it to run()).
import * as core from '@actions/core';
import { appendFile } from 'node:fs/promises';
import type { ActionsIO, JobEnv } from './io.js';

/** The port on the runner's own process: inputs, outputs and files as @actions/core reads and writes them. */
export function coreIO(env: JobEnv = process.env): ActionsIO {
  const parts: string[] = [];
  return {
    env,
    getInput: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    setSecret: (value) => core.setSecret(value),
    // core.getIDToken masks the token before returning it.
    getIDToken: (audience) => core.getIDToken(audience),
    summary: {
      append: (markdown) => void parts.push(markdown),
      async write() {
        const md = parts.splice(0).join('');
        const file = env['GITHUB_STEP_SUMMARY'];
        // Outside a runner (local runs): the summary goes to the log instead.
        if (!file) return core.info(md);
        // Appended directly (what core.summary.write does), without core.summary's cached file path.
        await appendFile(file, md + '\n');
      },
    },
    error: (message, properties) => core.error(message, properties),
    warning: (message, properties) => core.warning(message, properties),
    notice: (message, properties) => core.notice(message, properties),
    info: (message) => core.info(message),
    debug: (message) => core.debug(message),
    startGroup: (name) => core.startGroup(name),
    endGroup: () => core.endGroup(),
    setFailed: (message) => core.setFailed(message),
    exportVariable: (name, value) => core.exportVariable(name, value),
  };
}
