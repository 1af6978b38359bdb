// One fixed sequence of ActionsIO calls, run by the port's contract test through the @actions/core adapter (in a
// child process, as a runner runs the action) and through the in-memory port: both must leave the same trace.
import type { ActionsIO } from '../../src/github/io.js';

export async function exercise(io: ActionsIO): Promise<void> {
  io.setSecret('s3cr3t-value');
  io.info('a plain line');
  io.debug('a debug line');
  io.error('bad value, here: 100%\nsecond line', {
    title: 'RULE-X',
    file: 'infra/a,b.yml',
    startLine: 3,
    startColumn: 5,
  });
  io.warning('a warning without a place');
  io.notice('a notice', { file: 'amlnet.yml', startLine: 1 });
  io.startGroup('a group');
  io.info(`input spec is '${io.getInput('spec')}'`);
  io.endGroup();
  io.setOutput('plain', 'value');
  io.setOutput('multi', 'line 1\nline 2');
  io.summary.append('## a summary\n\n| a | b |');
  await io.summary.write();
  io.setFailed('it failed');
}
