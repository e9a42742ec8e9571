// Unit tests of decoding, file expansion and the write-back guard: the parts of
// the CLI that touch bytes and folders, tested without the language service.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { encodeText, readTextFile } from '../../server/src/cli/decode';
import { commonHanShare, decodeBytes } from '../../server/src/decode';
import { expandPaths } from '../../server/src/cli/files';
import { writeBackIfUnchanged } from '../../server/src/cli/write-back';
import { changedOnlyInside, cleanupTempDirs, encodeBig5, encodeGb18030, encodeUtf16le, ROOT, runCli, tempDir } from './helpers';

after(cleanupTempDirs);

const SAMPLE = '一、总体情况\n2020年，本机关主动公开政府信息69条。\t表格\r\n';

function decoded(bytes: Uint8Array) {
  const r = decodeBytes(bytes);
  if (!r.ok) assert.fail(`expected text, got: ${r.message}`);
  return r;
}

test('UTF-8 with and without BOM', () => {
  assert.deepEqual(decoded(Buffer.from(SAMPLE)), { ok: true, text: SAMPLE, encoding: 'utf-8' });
  const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE)]);
  assert.deepEqual(decoded(bom), { ok: true, text: SAMPLE, encoding: 'utf-8-bom' });
});

test('UTF-16 LE and BE with BOM', () => {
  assert.deepEqual(decoded(encodeUtf16le(SAMPLE)), { ok: true, text: SAMPLE, encoding: 'utf-16le' });
  const be = Buffer.from(encodeUtf16le(SAMPLE));
  // Swap every byte pair: FF FE + LE units become FE FF + BE units.
  for (let i = 0; i + 1 < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1], be[i]];
  assert.deepEqual(decoded(be), { ok: true, text: SAMPLE, encoding: 'utf-16be' });
});

test('GB18030 is detected when the bytes are not UTF-8', () => {
  assert.deepEqual(decoded(encodeGb18030(SAMPLE)), { ok: true, text: SAMPLE, encoding: 'gb18030' });
  // Traditional script and a supplementary-plane character survive too.
  const trad = '總體情況 𠀀 (shí)';
  assert.equal(decoded(encodeGb18030(trad)).text, trad);
});

test('Big5 (a Traditional page saved on a Hong Kong or Taiwan system) is told from GB18030 by the characters it gives', () => {
  // Both decoders accept either's bytes: the text made of the reports' common characters wins.
  const trad = '廣州市人民政府\n本年度報告是根據《中華人民共和國政府信息公開條例》和《廣州市政府信息公開規定》要求，由市政府辦公廳編寫。';
  assert.deepEqual(decoded(encodeBig5(trad)), { ok: true, text: trad, encoding: 'big5' });
  // Traditional text written as GB18030 (GBK has the Traditional characters too) stays GB18030, and Simplified does.
  assert.deepEqual(decoded(encodeGb18030(trad)), { ok: true, text: trad, encoding: 'gb18030' });
  assert.deepEqual(decoded(encodeGb18030(SAMPLE)), { ok: true, text: SAMPLE, encoding: 'gb18030' });
  assert.ok(commonHanShare(trad) > 0.6 && commonHanShare(SAMPLE) > 0.6);
  assert.ok(commonHanShare(new TextDecoder('gb18030').decode(encodeBig5(trad))) < 0.5);
  // Bytes no Big5 code has (Node's decoder gives private-use characters for them) are not Big5.
  assert.equal(decodeBytes(Buffer.from([0xa4, 0x40, 0xff, 0xff])).ok, false);
});

test('a Big5 report file is checked as the report it is (was read as GB18030 mojibake: "not a report")', () => {
  const dir = tempDir();
  const text = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'real', 'p33-guangzhou-2012-trad.txt'), 'utf8');
  // Without the converter's pinyin, whose tone marks Big5 lacks (報(bào)告 → 報告).
  const big5Text = text.replace(/\([a-z\u00e0-\u01dc]+\)/g, '');
  assert.ok(!big5Text.includes('(bào)') && big5Text.includes('本年度報告'));
  const file = path.join(dir, 'big5.txt');
  fs.writeFileSync(file, encodeBig5(big5Text));
  const r = runCli(['check', '--format', 'json', file]);
  const out = JSON.parse(r.stdout) as { files: { kind: string | null; year: number | null }[] };
  assert.equal(out.files[0].kind, 'gov-info-2008');
  assert.equal(out.files[0].year, 2012);
});

test('empty and pure ASCII files are UTF-8 text', () => {
  assert.deepEqual(decoded(new Uint8Array()), { ok: true, text: '', encoding: 'utf-8' });
  assert.equal(decoded(Buffer.from('plain\n')).encoding, 'utf-8');
});

test('NUL bytes or mostly control characters mean binary', () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
  const r1 = decodeBytes(png);
  assert.equal(r1.ok, false);
  assert.match((r1 as { message: string }).message, /不是文本文件.*not a text file/);
  const controls = Buffer.from(Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x41 : 0x01 + (i % 7))));
  assert.equal(decodeBytes(controls).ok, false);
  // UTF-16 with a BOM is not mistaken for binary, although half its bytes are NUL...
  assert.equal(decodeBytes(encodeUtf16le('abc')).ok, true);
  // ...but a UTF-16 file full of NUL characters is.
  assert.equal(decodeBytes(encodeUtf16le('a\0b\0')).ok, false);
});

test('bytes that are neither UTF-8 nor GB18030 are refused', () => {
  const r = decodeBytes(Buffer.from([0x41, 0xff, 0xff, 0x42]));
  assert.equal(r.ok, false);
  assert.match((r as { message: string }).message, /编码.*encoding/);
});

test('readTextFile reports missing files and keeps the bytes it read', () => {
  const dir = tempDir();
  const missing = readTextFile(path.join(dir, 'nope.md'));
  assert.equal(missing.ok, false);
  assert.match((missing as { message: string }).message, /不存在/);
  const file = path.join(dir, 'a.md');
  fs.writeFileSync(file, SAMPLE);
  const r = readTextFile(file);
  assert.ok(r.ok);
  assert.equal(r.text, SAMPLE);
  assert.ok(r.bytes.equals(Buffer.from(SAMPLE)));
});

test('encodeText keeps the BOM and refuses encodings it cannot write', () => {
  assert.deepEqual([...encodeText('a', 'utf-8-bom')], [0xef, 0xbb, 0xbf, 0x61]);
  assert.deepEqual([...encodeText('a', 'utf-8')], [0x61]);
  assert.throws(() => encodeText('a', 'gb18030'));
});

test('writeBackIfUnchanged writes only when the file is as it was read', () => {
  const dir = tempDir();
  const file = path.join(dir, 'a.md');
  fs.writeFileSync(file, 'old');
  const read = fs.readFileSync(file);
  assert.deepEqual(writeBackIfUnchanged(file, read, Buffer.from('new')), { written: true });
  assert.equal(fs.readFileSync(file, 'utf8'), 'new');
  // Someone saved the file after it was read: the fix must not clobber it.
  const r = writeBackIfUnchanged(file, read, Buffer.from('fixed'));
  assert.equal(r.written, false);
  assert.match((r as { reason: string }).reason, /已被修改.*changed/);
  assert.equal(fs.readFileSync(file, 'utf8'), 'new');
});

test('expandPaths: *.md and *.txt, recursive, sorted, skipping node_modules and dot-dirs', () => {
  const dir = tempDir();
  const mk = (rel: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), 'x');
  };
  ['b.md', 'a.txt', 'C.MD', 'image.png', 'sub/z.md', 'sub/deeper/y.txt', 'node_modules/m.md', '.git/g.md', '.hidden/h.md'].forEach(mk);
  const r = expandPaths([dir, path.join(dir, 'image.png'), path.join(dir, 'b.md'), path.join(dir, 'missing.md')]);
  const rel = r.entries.map((e) => (e.error ? `!${path.basename(e.path)}` : path.relative(dir, e.path).split(path.sep).join('/')));
  assert.deepEqual(rel, ['C.MD', 'a.txt', 'b.md', 'sub/deeper/y.txt', 'sub/z.md', 'image.png', '!missing.md']);
  assert.match(r.entries[r.entries.length - 1].error ?? '', /不存在/);
  assert.deepEqual(r.emptyDirs, []);
  const empty = path.join(dir, 'empty');
  fs.mkdirSync(empty);
  assert.deepEqual(expandPaths([empty]), { entries: [], emptyDirs: [empty] });
});

test('expandPaths keeps relative paths relative', () => {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, 'drafts'));
  fs.writeFileSync(path.join(dir, 'drafts', 'r.md'), 'x');
  const cwd = process.cwd();
  try {
    process.chdir(dir);
    assert.deepEqual(expandPaths(['./drafts/']).entries, [{ path: path.join('drafts', 'r.md') }]);
    assert.deepEqual(expandPaths(['drafts/r.md']).entries, [{ path: path.join('drafts', 'r.md') }]);
  } finally {
    process.chdir(cwd);
  }
});

test('the fix-span checker of the --fix test catches changes outside the spans', () => {
  assert.ok(changedOnlyInside('a,b,c', 'a，b，c', [{ start: 1, end: 2 }, { start: 3, end: 4 }]));
  assert.ok(changedOnlyInside('abc', 'aXYZbc', [{ start: 1, end: 1 }]), 'an insertion');
  assert.ok(changedOnlyInside('abc', 'abc', []));
  assert.ok(!changedOnlyInside('a,b,c', 'a，b，C', [{ start: 1, end: 2 }, { start: 3, end: 4 }]));
  assert.ok(!changedOnlyInside('a,b,c', 'a，b，c', [{ start: 1, end: 2 }]));
  assert.ok(!changedOnlyInside('abc', 'abd', []));
});

test('a UTF-8 draft with a stray invalid byte is read (U+FFFD), said so, and never written back', () => {
  const report = '某县2023年政府信息公开工作年度报告\n一、总体情况\n本年度共主动公开政府信息120条。\n';
  const bytes = Buffer.concat([Buffer.from(report.slice(0, 20), 'utf8'), Buffer.from([0xff]), Buffer.from(report.slice(20), 'utf8')]);
  const r = decodeBytes(bytes);
  assert.ok(r.ok);
  assert.equal(r.encoding, 'utf-8-lossy');
  assert.equal(r.invalid, 1);
  assert.equal(r.text, report.slice(0, 20) + '\ufffd' + report.slice(20));
  // GB18030 text is not taken for lossy UTF-8: nearly every Chinese character is invalid UTF-8.
  assert.equal(decoded(encodeGb18030(report)).encoding, 'gb18030');

  const dir = tempDir();
  const file = path.join(dir, 'a.md');
  const draft = Buffer.concat([Buffer.from('<!-- govreport-kind: gov-info-2021 -->\n' + report + '其中同意公开8件。\n', 'utf8'), Buffer.from([0xc3])]);
  fs.writeFileSync(file, Buffer.concat([draft, Buffer.from('\n'.repeat(2))]));
  const before = fs.readFileSync(file);
  const run = runCli(['check', '--fix', file]);
  assert.match(run.stderr, /1 处无效的 UTF-8 字节.*invalid UTF-8/);
  assert.match(run.stderr, /未修复.*not fixed/);
  assert.match(run.stdout, /category-nonstandard/);
  assert.deepEqual(fs.readFileSync(file), before, 'the file is untouched');
});
