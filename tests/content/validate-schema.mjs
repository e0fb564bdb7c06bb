// Validates JSON content files against content/schema/content.schema.json with ajv
// (JSON Schema 2020-12). Usage: node tests/content/validate-schema.mjs FILE_OR_DIR...
// Exit 0 when every file is valid, 1 otherwise. Prints one line per problem:
//   path: /json/pointer message
import Ajv2020 from 'ajv/dist/2020.js';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const schemaPath = resolve(here, '../../content/schema/content.schema.json');

export function makeValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  return ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
}

function listJson(p) {
  if (statSync(p).isDirectory()) {
    return readdirSync(p).sort().flatMap((n) => (n === 'schema' ? [] : listJson(join(p, n))));
  }
  return p.endsWith('.json') ? [p] : [];
}

// Returns a list of "pointer message" strings; empty when valid.
export function validateText(validate, text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return [`(parse) ${e.message}`];
  }
  if (validate(data)) return [];
  // if/then produce a generic "must match then schema" line beside the real cause: drop it.
  return validate.errors
    .filter((e) => e.keyword !== 'if')
    .map((e) => `${e.instancePath || '/'} ${e.message}${e.params && e.params.additionalProperty ? ` (${e.params.additionalProperty})` : ''}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const validate = makeValidator();
  const files = process.argv.slice(2).flatMap(listJson);
  let bad = 0;
  for (const f of files) {
    const problems = validateText(validate, readFileSync(f, 'utf8'));
    if (problems.length) {
      bad++;
      for (const p of problems.slice(0, 20)) console.log(`${f}: ${p}`);
    }
  }
  console.log(`${files.length - bad} passed, ${bad} failed`);
  process.exit(bad ? 1 : 0);
}
