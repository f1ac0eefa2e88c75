/**
 * The JSON report and its published schema: every sample result (scan, review, log audit) and the JSON
 * reporter's output validate with Ajv, and the schema rejects results that break the contract.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { hostile, SAMPLE_NAMES, sample } from '../../test/reporters/samples.js';
import { RESULT_VERSION } from '../model/index.js';
import { jsonReporter } from './json.reporter.js';

const schema = JSON.parse(readFileSync(join(__dirname, 'schema', 'run-result.schema.json'), 'utf8'));
const ajv = new Ajv2020.default({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats.default(ajv);
const validate = ajv.compile(schema);

describe('json reporter and schema', () => {
  it('the schema version is the model version', () => {
    expect(schema.properties.version.const).toBe(RESULT_VERSION);
    expect(schema.$id).toMatch(new RegExp(`:${RESULT_VERSION}$`));
  });

  it.each(SAMPLE_NAMES)('%s: the rendered JSON validates and round-trips', async (name) => {
    const text = (await jsonReporter.render(sample(name), {})) as string;
    const parsed = JSON.parse(text);
    expect(validate(parsed), JSON.stringify(validate.errors)).toBe(true);
    expect(parsed).toEqual(sample(name));
  });

  it('hostile strings are still a valid result', async () => {
    expect(validate(JSON.parse((await jsonReporter.render(hostile(), {})) as string))).toBe(true);
  });

  it('rejects results that break the contract', () => {
    const bad = sample('scan') as unknown as Record<string, any>;
    bad.findings[0].severity = 'severe';
    delete bad.findings[1].citations;
    bad.summary.grade = 'E';
    bad.version = 2;
    expect(validate(bad)).toBe(false);
    const paths = (validate.errors ?? []).map((e) => e.instancePath);
    expect(paths).toEqual(expect.arrayContaining(['/version', '/findings/0/severity', '/findings/1', '/summary/grade']));
  });
});
