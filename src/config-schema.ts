/**
 * The config file's JSON Schema, generated from the zod schema that validates it (so the two cannot
 * disagree). Editors' YAML language server uses it for completion and checks as you type;
 * `npm run schema` writes it to paperlint.schema.json, which the package ships.
 */
import { toJSONSchema } from 'zod';
import { configSchema } from './config.js';

export const CONFIG_SCHEMA_URL =
  'https://raw.githubusercontent.com/paperlint/paperlint/main/paperlint.schema.json';

export function configJsonSchema(): Record<string, unknown> {
  // draft-07: the newest draft the YAML language server (VS Code's YAML extension) fully supports.
  const { $schema, ...schema } = toJSONSchema(configSchema, { target: 'draft-7', io: 'input' });
  return {
    $schema,
    $id: CONFIG_SCHEMA_URL,
    title: 'paperlint config (.github/paperlint.yml)',
    description: 'Rules, style and sections for paperlint. https://github.com/paperlint/paperlint#config',
    ...schema,
  };
}
