// The report format ids are defined once (shared/protocol.ts FORMAT_IDS, one data file each in
// core/formats/data/); every other list of them must be that list: the formats registry, the
// setting's enum in package.json, the CLI's --kind choices, the client's format picker, the
// rule-page and batch-report names. A new format that misses one of them fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { FORMAT_IDS } from '../../server/src/core/types';
import { FORMATS } from '../../server/src/core/formats/index';
import { KIND_CHOICES } from '../../server/src/cli/args';

const ROOT = path.resolve(__dirname, '../../..');

test('every list of format ids is FORMAT_IDS', () => {
  assert.deepEqual(Object.keys(FORMATS).sort(), [...FORMAT_IDS].sort(), 'formats registry');
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const enumIds = pkg.contributes.configuration.properties['govReport.format'].enum as string[];
  assert.deepEqual(enumIds, ['auto', ...FORMAT_IDS], 'package.json govReport.format enum');
  assert.deepEqual([...KIND_CHOICES], ['auto', ...FORMAT_IDS], 'CLI --kind');
  // The client takes the list from shared/protocol.ts and declares no copy of its own.
  const client = readFileSync(path.join(ROOT, 'client', 'src', 'document-info.ts'), 'utf8');
  assert.match(client, /import \{[^}]*\bFORMAT_IDS\b[^}]*\} from '\.\.\/\.\.\/shared\/protocol'/, 'client/src/document-info.ts imports FORMAT_IDS');
  assert.doesNotMatch(client, /'gov-info-20\d\d'\s*,\s*'gov-info-/, 'client/src/document-info.ts lists no format ids of its own');
  for (const file of [path.join('server', 'src', 'cli', 'report-model.ts'), path.join('scripts', 'gen-rule-docs.ts')]) {
    const src = readFileSync(path.join(ROOT, file), 'utf8');
    for (const id of FORMAT_IDS) assert.ok(src.includes(`'${id}':`), `${file} names ${id}`);
  }
});
