// Findings link to their rule's entry in docs/rules.md: the anchor is the id in lower case (the catalogue's
// heading for the rule), and the catalogue's address is the running amlnet's, read from the runner variables
// GitHub documents for a step that runs an action.
import { readFileSync } from 'node:fs';
import { RULES_DOC, ruleAnchor, rulesDocUrl, ruleUrl } from '../../src/render/rule-link.js';
import { offlineRules } from '../../src/rules/index.js';
import { liveRules } from '../../src/rules/live/index.js';
import { SpecRuleId } from '../../src/spec/rule-ids.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';

describe('rulesDocUrl', () => {
  test.each([
    [
      'an action used from its repository at a tag',
      { GITHUB_ACTION_REPOSITORY: 'octo/amlnet', GITHUB_ACTION_REF: 'v1', GITHUB_REPOSITORY: 'me/infra' },
      'https://github.com/octo/amlnet/blob/v1/docs/rules.md',
    ],
    [
      'a branch ref keeps its slashes; characters that would end a Markdown link are encoded',
      { GITHUB_ACTION_REPOSITORY: 'octo/amlnet', GITHUB_ACTION_REF: 'feat/x(1)' },
      'https://github.com/octo/amlnet/blob/feat/x%281%29/docs/rules.md',
    ],
    [
      'GitHub Enterprise Server',
      { GITHUB_SERVER_URL: 'https://ghe.example.com', GITHUB_ACTION_REPOSITORY: 'octo/amlnet', GITHUB_ACTION_REF: SHA },
      `https://ghe.example.com/octo/amlnet/blob/${SHA}/docs/rules.md`,
    ],
    [
      'a local action (uses: ./): this repository at this commit',
      { GITHUB_ACTION_REPOSITORY: '', GITHUB_REPOSITORY: 'octo/amlnet', GITHUB_SHA: SHA },
      `https://github.com/octo/amlnet/blob/${SHA}/docs/rules.md`,
    ],
    ['outside a workflow run', {}, 'docs/rules.md'],
    [
      'a server URL that is not a plain origin is not trusted',
      { GITHUB_SERVER_URL: 'javascript:alert(1)//', GITHUB_ACTION_REPOSITORY: 'octo/amlnet', GITHUB_ACTION_REF: 'v1' },
      'https://github.com/octo/amlnet/blob/v1/docs/rules.md',
    ],
    ['a malformed repository name is ignored', { GITHUB_ACTION_REPOSITORY: 'a b/c' }, 'docs/rules.md'],
  ])('%s', (_what, env, expected) => {
    expect(rulesDocUrl(env)).toBe(expected);
  });
});

describe('rule anchors', () => {
  test('a link is the catalogue plus the lower-case id', () => {
    expect(ruleUrl('https://x.test/docs/rules.md', 'AKS-DNS-IN-SERVICE-CIDR')).toBe(
      'https://x.test/docs/rules.md#aks-dns-in-service-cidr',
    );
  });

  test('every rule and reader id has a heading in docs/rules.md that its anchor lands on', () => {
    const doc = readFileSync(RULES_DOC, 'utf8');
    // GitHub's slug of a heading: lower case, punctuation other than hyphens dropped, spaces become hyphens.
    const slugs = new Set(
      [...doc.matchAll(/^#{1,6} (.+)$/gm)].map((m) =>
        m[1]
          .toLowerCase()
          .replace(/[^\w\- ]/g, '')
          .replace(/ /g, '-'),
      ),
    );
    const ids = [...offlineRules, ...liveRules].map((r) => r.id).concat(Object.values(SpecRuleId));
    expect(ids.length).toBeGreaterThan(60);
    expect(ids.filter((id) => !slugs.has(ruleAnchor(id)))).toEqual([]);
  });
});
