// The JSON Schemas (public/data/schema.json for version 2, schema-v1.json for version 1) checked by a real
// validator, Ajv (draft 2020-12): every shipped dataset (version 2), the version 1 fixtures
// (tests/fixtures/schema1: the datasets as first published) and every valid fixture pass their version's schema,
// every invalid fixture (tests/fixtures/schema2/invalid: a base file and a JSON patch) fails it. The same
// fixtures are run through the app's parser in crates/medborgarloften-core/tests/schema2.rs.
// The real kommuner's datasets in datasets/ (for the many-kommuner build) pass the version 2 schema too; the
// CLI's crates/medborgarloften-cli/tests/real_datasets.rs runs them through the app's own validator.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const readJson = (...parts) => JSON.parse(readFileSync(join(root, ...parts), 'utf8'));

const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
const validators = {
  1: ajv.compile(readJson('public', 'data', 'schema-v1.json')),
  2: ajv.compile(readJson('public', 'data', 'schema.json')),
};

/** Validates `data` against the schema of its own version (version 2 for anything else). */
function check(data) {
  const validate = validators[data.schema_version] ?? validators[2];
  const ok = validate(data);
  return { ok, errors: ajv.errorsText(validate.errors ?? []) };
}

/** A fixture's base file with its patch applied (JSON Pointer paths; add, replace, remove). */
function patched(fixture, folder) {
  const data = JSON.parse(readFileSync(join(folder, fixture.base), 'utf8'));
  for (const { op, path, value } of fixture.patch) {
    const keys = path.split('/').slice(1);
    const last = keys.pop();
    const parent = keys.reduce((node, key) => node[key], data);
    assert.ok(parent && typeof parent === 'object', `patch path ${path} exists`);
    if (op === 'remove') delete parent[last];
    else parent[last] = value;
  }
  return data;
}

const datasets = readdirSync(join(root, 'public', 'data')).filter((f) => f.endsWith('.json') && !f.startsWith('schema'));

test('the shipped datasets pass the schema of their version', () => {
  assert.ok(datasets.length >= 2, `datasets: ${datasets}`);
  for (const file of datasets) {
    const { ok, errors } = check(readJson('public', 'data', file));
    assert.ok(ok, `${file}: ${errors}`);
  }
});

const realFolder = join(root, 'datasets');
const realDatasets = readdirSync(realFolder).filter((f) => f.endsWith('.json'));

test("the real kommuner's datasets in datasets/ are version 2, not examples, and pass the version 2 schema", () => {
  assert.ok(realDatasets.length >= 3, `datasets/ holds ${realDatasets.length} datasets: ${realDatasets}`);
  for (const file of realDatasets) {
    const data = JSON.parse(readFileSync(join(realFolder, file), 'utf8'));
    assert.equal(data.schema_version, 2, `datasets/${file} is version 2`);
    assert.equal(data.example, false, `datasets/${file} is real data, not an example`);
    const validate = validators[2];
    assert.ok(validate(data), `datasets/${file}: ${ajv.errorsText(validate.errors ?? [])}`);
  }
});

test('the version 1 fixtures (the datasets as published in version 1) pass the version 1 schema', () => {
  const folder = join(root, 'tests', 'fixtures', 'schema1');
  const files = readdirSync(folder).filter((f) => f.endsWith('.json'));
  assert.ok(files.length >= 2, `version 1 fixtures: ${files}`);
  for (const file of files) {
    const data = JSON.parse(readFileSync(join(folder, file), 'utf8'));
    assert.equal(data.schema_version, 1, `${file} is a version 1 fixture`);
    const { ok, errors } = check(data);
    assert.ok(ok, `${file}: ${errors}`);
  }
});

test('the shipped datasets are version 2', () => {
  for (const file of datasets) assert.equal(readJson('public', 'data', file).schema_version, 2, file);
});

test('every valid fixture passes', () => {
  const folder = join(root, 'tests', 'fixtures', 'schema2', 'valid');
  const files = readdirSync(folder).filter((f) => f.endsWith('.json'));
  assert.ok(files.length >= 1);
  for (const file of files) {
    const data = JSON.parse(readFileSync(join(folder, file), 'utf8'));
    assert.equal(data.schema_version, 2, `${file} is a version 2 fixture`);
    const { ok, errors } = check(data);
    assert.ok(ok, `${file}: ${errors}`);
  }
});

test('every invalid fixture fails, and its base passes', () => {
  const folder = join(root, 'tests', 'fixtures', 'schema2', 'invalid');
  const files = readdirSync(folder).filter((f) => f.endsWith('.json'));
  assert.ok(files.length >= 10, `${files.length} invalid fixtures`);
  for (const file of files) {
    const fixture = JSON.parse(readFileSync(join(folder, file), 'utf8'));
    assert.ok(check(patched({ ...fixture, patch: [] }, folder)).ok, `${file}: its base is valid`);
    assert.equal(check(patched(fixture, folder)).ok, false, `${file} (${fixture.description}) must fail the schema`);
  }
});

test('a version 1 dataset with a version 2 field fails the version 1 schema', () => {
  const data = readJson('tests', 'fixtures', 'schema1', 'eskilstuna.json');
  data.periods[0].groups = [];
  assert.equal(check(data).ok, false);
  delete data.periods[0].groups;
  data.promises[0].uppfoljning = [];
  assert.equal(check(data).ok, false, 'unknown fields fail version 1 too');
});

test("a kommun's own look passes with a colour and a logo, and fails with a colour or logo of the wrong form", () => {
  const withLook = (look) => ({ ...readJson('public', 'data', 'eskilstuna.json'), look });
  const good = { color: '#005a9c', logo: 'bilder/logga.svg', logo_alt: 'Eskilstuna kommuns logotyp' };
  for (const look of [good, { color: '#005A9C' }, { logo: 'logga.PNG', logo_alt: 'Logga' }, {}]) {
    const { ok, errors } = check(withLook(look));
    assert.ok(ok, `${JSON.stringify(look)}: ${errors}`);
  }
  for (const look of [
    { ...good, color: 'blue' },
    { ...good, color: '#05a' },
    { ...good, color: '005a9c' },
    { ...good, logo: '../logga.svg' },
    { ...good, logo: 'logga.gif' },
    { ...good, logo: 'https://example.se/logga.svg' },
    { color: '#005a9c', logo: 'logga.svg' },
    { ...good, logo_alt: '' },
    { ...good, colour: '#005a9c' },
  ]) {
    assert.equal(check(withLook(look)).ok, false, `${JSON.stringify(look)} must fail`);
  }
});

test('translations pass in English and Arabic, and fail in another language, under a field the record lacks or blank', () => {
  const translated = readJson('tests', 'fixtures', 'translated.json');
  const { ok, errors } = check(translated);
  assert.ok(ok, `translated.json: ${errors}`);
  const withTranslations = (translations) => {
    const data = readJson('public', 'data', 'eskilstuna.json');
    data.promises[0].translations = translations;
    return data;
  };
  for (const good of [{}, { en: { title: 'A title' } }, { ar: { title: 'عنوان', text: 'نص' } }]) {
    assert.ok(check(withTranslations(good)).ok, `${JSON.stringify(good)}: ${check(withTranslations(good)).errors}`);
  }
  for (const bad of [{ de: { title: 'Titel' } }, { sv: { title: 'Titel' } }, { en: { titel: 'A title' } }, { en: { title: ' ' } }]) {
    assert.equal(check(withTranslations(bad)).ok, false, `${JSON.stringify(bad)} must fail`);
  }
});
