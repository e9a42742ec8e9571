// End-to-end tests of encodings and --fix on copies of the seed reports.
// The fix spans come from the language service in process, so the test can say
// exactly which characters --fix was allowed to touch.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint } from '../../server/src/core';
import { changedOnlyInside, cleanupTempDirs, encodeGb18030, encodeUtf16le, readSeed, runCli, runJson, SEED_FILES, tempDir } from './helpers';

after(cleanupTempDirs);

const ALL_SEEDS = Object.values(SEED_FILES);

/** Safe-fix spans of a text, as --fix sees them on its first pass. */
function safeFixSpans(text: string): { start: number; end: number }[] {
  return lint(text).findings.flatMap((f) => (f.fix?.safe ? f.fix.edits.map((e) => ({ start: e.start, end: e.end })) : []));
}

/** The seed with the most safe fixes, so the fix tests exercise something. */
function seedWithMostFixes(): string {
  let best: string = SEED_FILES.s001;
  let most = -1;
  for (const name of ALL_SEEDS) {
    const n = safeFixSpans(readSeed(name)).length;
    if (n > most) [best, most] = [name, n];
  }
  return best;
}

test('UTF-16LE with BOM, GB18030 and UTF-8 with BOM give the same findings as UTF-8', () => {
  for (const name of [SEED_FILES.s001, SEED_FILES.s004]) {
    const text = readSeed(name);
    const dir = tempDir();
    const copies: Record<string, Buffer> = {
      'utf8': Buffer.from(text, 'utf8'),
      'utf8-bom': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
      'utf16le': encodeUtf16le(text),
      'gb18030': encodeGb18030(text),
    };
    for (const [enc, bytes] of Object.entries(copies)) {
      fs.mkdirSync(path.join(dir, enc));
      fs.writeFileSync(path.join(dir, enc, name), bytes);
    }
    const { run, json } = runJson([dir]);
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    const strip = (f: (typeof json.files)[number]) => ({ kind: f.kind, year: f.year, diagnostics: f.diagnostics });
    const byEnc = new Map(json.files.map((f) => [path.basename(path.dirname(f.path)), strip(f)]));
    assert.equal(byEnc.size, 4);
    const reference = byEnc.get('utf8');
    assert.ok(reference && reference.kind !== null, `${name} as UTF-8 is not recognised as a report`);
    for (const enc of ['utf8-bom', 'utf16le', 'gb18030']) assert.deepEqual(byEnc.get(enc), reference, `${name} as ${enc}`);
  }
});

test('--fix changes text only inside the safe fix spans, and a second run changes nothing', () => {
  const dir = tempDir();
  const originals = new Map<string, string>();
  for (const name of ALL_SEEDS) {
    originals.set(name, readSeed(name));
    fs.writeFileSync(path.join(dir, name), readSeed(name));
  }
  const first = runJson(['--fix', dir]);
  assert.ok(first.run.status === 0 || first.run.status === 1, first.run.stderr);
  const afterFirst = new Map<string, Buffer>();
  for (const name of ALL_SEEDS) {
    const before = originals.get(name)!;
    const bytes = fs.readFileSync(path.join(dir, name));
    afterFirst.set(name, bytes);
    const after = bytes.toString('utf8');
    const spans = safeFixSpans(before);
    assert.ok(changedOnlyInside(before, after, spans), `${name}: --fix changed text outside the ${spans.length} fix spans`);
  }
  // The findings reported after fixing are those of the file as it now is.
  const recheck = runJson([dir]);
  assert.deepEqual(recheck.json.files, first.json.files);

  const second = runJson(['--fix', dir]);
  for (const name of ALL_SEEDS) {
    assert.ok(fs.readFileSync(path.join(dir, name)).equals(afterFirst.get(name)!), `${name}: the second --fix run changed the file`);
  }
  assert.deepEqual(second.json.files, first.json.files);
});

test('--fix keeps a UTF-8 BOM', () => {
  const name = seedWithMostFixes();
  const dir = tempDir();
  const file = path.join(dir, name);
  fs.writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(readSeed(name))]));
  runCli(['check', '--fix', file]);
  const bytes = fs.readFileSync(file);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  assert.notEqual(bytes[3], 0xef, 'one BOM, not two');
});

test('--fix does not rewrite a GB18030 file, and says so when it had fixes', () => {
  const name = seedWithMostFixes();
  const dir = tempDir();
  const file = path.join(dir, name);
  const bytes = encodeGb18030(readSeed(name));
  fs.writeFileSync(file, bytes);
  const r = runCli(['check', '--fix', file]);
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  assert.ok(fs.readFileSync(file).equals(bytes), 'the GB18030 file was rewritten');
  if (safeFixSpans(readSeed(name)).length > 0) assert.match(r.stderr, /未修复.*not fixed/);
});

test('the text summary counts the fixes applied', () => {
  const name = seedWithMostFixes();
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, name), readSeed(name));
  const r = runCli(['check', '--fix', dir]);
  assert.match(r.stdout, /；已修复 \d+ 处\n$/);
  const fixable = safeFixSpans(readSeed(name)).length > 0;
  assert.equal(/已修复 0 处/.test(r.stdout), !fixable);
});
