/**
 * Request validation against GitHub's own OpenAPI description of the operations paperlint uses
 * (extracted into fixtures/github-openapi.json by scripts/extract-openapi.mjs). A small JSON-schema
 * subset: type, enum, properties, required, items, additionalProperties, anyOf/oneOf.
 */
import { readFileSync } from 'node:fs';

interface Schema {
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  additionalProperties?: boolean | Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  minimum?: number;
  maximum?: number;
}

interface Operation {
  method: string;
  path: string;
  parameters: { name: string; in: string; required?: boolean; schema: Schema }[];
  requestBody: Schema | null;
}

const spec = JSON.parse(
  readFileSync(new URL('../fixtures/github-openapi.json', import.meta.url), 'utf8'),
) as {
  operations: Record<string, Operation>;
};

export function validate(schema: Schema, value: unknown, at = '$'): string[] {
  if (schema.anyOf || schema.oneOf) {
    const options = (schema.anyOf ?? schema.oneOf)!;
    return options.some((option) => validate(option, value, at).length === 0)
      ? []
      : [`${at}: matches no allowed shape`];
  }
  const errors: string[] = [];
  const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
  const actual =
    value === null
      ? 'null'
      : Array.isArray(value)
        ? 'array'
        : Number.isInteger(value)
          ? 'integer'
          : typeof value;
  if (types.length > 0 && !types.includes(actual) && !(actual === 'integer' && types.includes('number'))) {
    return [`${at}: expected ${types.join('|')}, got ${actual}`];
  }
  if (schema.enum && !schema.enum.includes(value))
    errors.push(`${at}: ${JSON.stringify(value)} not in ${JSON.stringify(schema.enum)}`);
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) errors.push(`${at}: below ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) errors.push(`${at}: above ${schema.maximum}`);
  }
  if (actual === 'object') {
    const object = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in object)) errors.push(`${at}.${key}: required`);
    for (const [key, item] of Object.entries(object)) {
      const property = schema.properties?.[key];
      if (property) errors.push(...validate(property, item, `${at}.${key}`));
      else if (schema.additionalProperties === false) errors.push(`${at}.${key}: not allowed`);
      else if (typeof schema.additionalProperties === 'object')
        errors.push(...validate(schema.additionalProperties, item, `${at}.${key}`));
      else if (schema.properties && schema.additionalProperties === undefined)
        errors.push(`${at}.${key}: not in GitHub's schema`);
    }
  }
  if (actual === 'array' && schema.items) {
    (value as unknown[]).forEach((item, i) => errors.push(...validate(schema.items!, item, `${at}[${i}]`)));
  }
  return errors;
}

export interface MatchedOperation {
  id: string;
  params: Record<string, string>;
  errors: string[];
}

/** Finds the operation for a request and validates its path, query and body. */
export function matchOperation(
  method: string,
  path: string,
  query: URLSearchParams,
  body: unknown,
): MatchedOperation | undefined {
  for (const [id, operation] of Object.entries(spec.operations)) {
    if (operation.method !== method) continue;
    const names: string[] = [];
    const pattern = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      names.push(name);
      return name === 'path' ? '(.+)' : '([^/]+)';
    });
    const match = new RegExp(`^${pattern}$`).exec(path);
    if (!match) continue;
    const params = Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1])]));
    const errors: string[] = [];
    for (const parameter of operation.parameters) {
      const raw =
        parameter.in === 'path'
          ? params[parameter.name]
          : parameter.in === 'query'
            ? query.get(parameter.name)
            : null;
      if (raw === null || raw === undefined) {
        if (parameter.required) errors.push(`${parameter.in} parameter ${parameter.name}: required`);
        continue;
      }
      const typed = parameter.schema.type === 'integer' && /^-?\d+$/.test(raw) ? Number(raw) : raw;
      errors.push(...validate(parameter.schema, typed, `${parameter.in}.${parameter.name}`));
    }
    for (const key of query.keys()) {
      if (!operation.parameters.some((p) => p.in === 'query' && p.name === key))
        errors.push(`query.${key}: unknown parameter`);
    }
    if (operation.requestBody) errors.push(...validate(operation.requestBody, body));
    else if (body !== undefined) errors.push('body: this operation takes none');
    return { id, params, errors };
  }
  return undefined;
}
