// The Octokit client of the action. baseUrl comes from GITHUB_API_URL (GitHub Enterprise Server, or the
// amlnet emulator's `{base}/github`), read when the client is made, never at import time.
import type { getOctokit } from '@actions/github';

export type Octokit = ReturnType<typeof getOctokit>;

export async function createOctokit(token: string, env: NodeJS.ProcessEnv = process.env): Promise<Octokit> {
  // Imported lazily: @actions/github builds its `context` from the environment when first loaded.
  const github = await import('@actions/github');
  const baseUrl = (env['GITHUB_API_URL'] ?? '').replace(/\/+$/, '') || 'https://api.github.com';
  return github.getOctokit(token, { baseUrl });
}

/** The HTTP status of an Octokit RequestError, or undefined for anything else. */
export function httpStatus(err: unknown): number | undefined {
  if (typeof err === 'object' && err !== null && 'status' in err) {
    const status = (err as { status: unknown }).status;
    return typeof status === 'number' ? status : undefined;
  }
  return undefined;
}

export { errorMessage } from '../util/errors.js';
