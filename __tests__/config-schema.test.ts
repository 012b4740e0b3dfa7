import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULE_IDS } from '../src/check/rules/types.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const committed = JSON.parse(readFileSync(join(root, 'paperlint.schema.json'), 'utf8'));

describe('the config JSON Schema (paperlint.schema.json)', () => {
  it('is what `npm run schema` generates from the zod schema now', () => {
    const fresh = join(mkdtempSync(join(tmpdir(), 'paperlint-schema-')), 'schema.json');
    execFileSync(process.execPath, [join(root, 'scripts/config-schema.mjs'), fresh]);
    expect(JSON.parse(readFileSync(fresh, 'utf8'))).toEqual(committed);
  });

  it('is a draft-07 schema of the config: its keys, the rule ids and their levels, closed to typos', () => {
    expect(committed.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(Object.keys(committed.properties)).toEqual(['rules', 'style', 'sections', 'template', 'ignore']);
    expect(committed.additionalProperties).toBe(false);
    expect(committed.properties.rules.propertyNames.enum).toEqual([...RULE_IDS]);
    expect(committed.properties.rules.additionalProperties.enum).toEqual(['off', 'warning', 'error']);
    expect(committed.properties.style.additionalProperties).toBe(false);
  });
});
