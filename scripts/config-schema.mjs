// npm run schema [-- OUT]: writes paperlint.schema.json (or OUT) from the zod schema in src/config.ts.
// A test fails when the committed file differs from a fresh generation.
import { writeFileSync } from 'node:fs';
import { register } from 'node:module';

register('./ts-hooks.mjs', import.meta.url);
const { configJsonSchema } = await import('../src/config-schema.ts');
const target = process.argv[2] ?? new URL('../paperlint.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(configJsonSchema(), null, 2)}\n`);
