import { afterEach, beforeEach, expect } from '@jest/globals';
import { FakeGitHub } from './fake-github.js';

/**
 * A fresh fake GitHub for each test, checked after it: no request may break GitHub's OpenAPI
 * description. Returns the current test's fake.
 */
export function fakeGitHubPerTest(): () => FakeGitHub {
  let fake: FakeGitHub;
  beforeEach(async () => {
    fake = new FakeGitHub();
    await fake.start();
  });
  afterEach(async () => {
    expect(fake.violations).toEqual([]);
    await fake.stop();
  });
  return () => fake;
}
