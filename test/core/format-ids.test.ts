// The report format ids are defined once (core/types.ts KIND_IDS, one data file each in
// core/formats/data/); every other list of them must be that list: the formats registry, the
// setting's enum in package.json, the CLI's --kind choices, the client's format picker, the
// rule-page and batch-report names. A new format that misses one of them fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { KIND_IDS } from '../../server/src/core/types';
import { FORMATS } from '../../server/src/core/formats/index';
import { KIND_CHOICES } from '../../server/src/cli/args';

const ROOT = path.resolve(__dirname, '../../..');

test('every list of format ids is KIND_IDS', () => {
  assert.deepEqual(Object.keys(FORMATS).sort(), [...KIND_IDS].sort(), 'formats registry');
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const enumIds = pkg.contributes.configuration.properties['govReport.format'].enum as string[];
  assert.deepEqual(enumIds, ['auto', ...KIND_IDS], 'package.json govReport.format enum');
  assert.deepEqual([...KIND_CHOICES], ['auto', ...KIND_IDS], 'CLI --kind');
  // The client bundles no server code: its copy is checked here.
  const client = readFileSync(path.join(ROOT, 'client', 'src', 'document-info.ts'), 'utf8');
  const m = /export const KIND_IDS = \[([^\]]*)\] as const/.exec(client);
  assert.ok(m, 'client/src/document-info.ts declares KIND_IDS');
  assert.deepEqual(m[1].split(',').map((x) => x.trim().replace(/^'|'$/g, '')).filter(Boolean), [...KIND_IDS], 'client format picker');
  for (const file of [path.join('server', 'src', 'cli', 'report-model.ts'), path.join('scripts', 'gen-rule-docs.ts')]) {
    const src = readFileSync(path.join(ROOT, file), 'utf8');
    for (const id of KIND_IDS) assert.ok(src.includes(`'${id}':`), `${file} names ${id}`);
  }
});
