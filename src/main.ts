// Action orchestration; the one place that calls core.setFailed. (Filled in by the action work.)
import * as core from '@actions/core';

export async function run(): Promise<void> {
  core.setFailed('amlnet action: not implemented yet');
}
