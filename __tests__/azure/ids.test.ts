// Ids Azure returns end up in request URLs: only plain ARM paths pass, and the URL never leaves the ARM endpoint.
import { describe, expect, it } from '@jest/globals';
import { armPath, armUrl, parseResourceId } from '../../src/live/ids.js';

const SUB = '00000000-0000-0000-0000-000000000000';
const STORAGE = `/subscriptions/${SUB}/resourceGroups/ml-rg/providers/Microsoft.Storage/storageAccounts/mlsa`;
const ARM = 'https://management.azure.com';

describe('armPath / armUrl', () => {
  it('accepts a plain ARM id, in either casing', () => {
    expect(armPath(STORAGE)).toBe(STORAGE);
    expect(armPath(STORAGE.replace('resourceGroups', 'resourcegroups'))).toBeDefined();
    expect(armUrl(ARM, STORAGE, '2023-05-01')).toBe(`${ARM}${STORAGE}?api-version=2023-05-01`);
  });

  it.each([
    ['a full URL to another host', `https://evil.example${STORAGE}`],
    ['a protocol-relative URL', `//evil.example${STORAGE}`],
    ['a relative path', STORAGE.slice(1)],
    ['dot-dot segments', `/subscriptions/${SUB}/resourceGroups/../../../../x`],
    ['a dot segment', `/subscriptions/${SUB}/resourceGroups/./x`],
    ['an empty segment', `/subscriptions/${SUB}//resourceGroups/x`],
    ['a query', `${STORAGE}?api-version=1&x=`],
    ['a fragment', `${STORAGE}#x`],
    ['an encoded slash', `/subscriptions/${SUB}/resourceGroups/a%2F..%2Fb`],
    ['a backslash', `/subscriptions/${SUB}/resourceGroups/a\\..\\b`],
    ['user info', `/subscriptions/${SUB}/resourceGroups/a@evil.example`],
    ['whitespace', `/subscriptions/${SUB}/resourceGroups/a b`],
    ['a control character', `/subscriptions/${SUB}/resourceGroups/a\nb`],
    ['a subscription that is not a GUID', '/subscriptions/evil/resourceGroups/x'],
    ['something else entirely', '/providers/Microsoft.Authorization/roleDefinitions/x'],
  ])('refuses %s', (_title, id) => {
    expect(armPath(id)).toBeUndefined();
    expect(armUrl(ARM, id, '2023-05-01')).toBeUndefined();
    expect(parseResourceId(id)).toBeUndefined();
  });
});
