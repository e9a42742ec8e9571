// Hostile inputs for the real CLI (bin/govreport.js in a child process): a 20 MB file, an empty
// file, encodings it must detect or refuse clearly, files that cannot be read, a FIFO that would
// block a naive read forever, and CRLF line ends that must not move any position. Complements
// cli.test.ts (binary file, missing path, file over 50 MB) and cli-fix.test.ts (UTF-16LE,
// GB18030 and UTF-8 BOM give the same findings).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generateDraft, matrixOptions } from '../gen/drafts';
import { cleanupTempDirs, encodeUtf16le, fileByName, readSeed, runJson, SEED_FILES, tempDir, WEEKLY_NOTE } from './helpers';

after(cleanupTempDirs);

const SEED = SEED_FILES.s001;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Summary of a run for failure messages. */
const show = (r: { status: number | null; stderr: string }) => `status ${r.status}\nstderr: ${r.stderr.slice(0, 2000)}`;

test('a 20 MB file is read and reported, and the other files of the run are still checked', () => {
  const dir = tempDir();
  // A note of Markdown tables and prose, over and over: 20 MB the CLI must read, decode, map
  // and detect (not a report). A 20 MB report is linted in bench/ (about 10 s, too slow here).
  const note = WEEKLY_NOTE + '\n';
  fs.writeFileSync(path.join(dir, 'big.md'), note.repeat(Math.ceil((20 * 1024 * 1024) / Buffer.byteLength(note))));
  fs.writeFileSync(path.join(dir, SEED), readSeed(SEED));
  const { run, json } = runJson([dir]);
  assert.equal(fs.statSync(path.join(dir, 'big.md')).size >= 20 * 1024 * 1024, true);
  assert.ok(run.status === 0 || run.status === 1, show(run));
  assert.deepEqual(fileByName(json, 'big.md'), { path: path.join(dir, 'big.md'), kind: null, year: null, diagnostics: [], reason: fileByName(json, 'big.md').reason });
  assert.equal(fileByName(json, SEED).kind, 'gov-info-2019');
});

test('an empty file is text, not a report: kind null, no diagnostics, exit 0', () => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'empty.md'), '');
  fs.writeFileSync(path.join(dir, 'empty.txt'), '\ufeff');
  const { run, json } = runJson([dir]);
  assert.equal(run.status, 0, show(run));
  assert.equal(run.stderr, '');
  assert.deepEqual(json.files.map((f) => [path.basename(f.path), f.kind, f.diagnostics.length, f.error]), [
    ['empty.md', null, 0, undefined],
    ['empty.txt', null, 0, undefined],
  ]);
});

test('encodings: UTF-16BE with BOM is read like UTF-8; UTF-16 without BOM and undecodable bytes are refused clearly', () => {
  const dir = tempDir();
  const text = readSeed(SEED);
  fs.writeFileSync(path.join(dir, 'a-utf8.txt'), text);
  const be = Buffer.from(encodeUtf16le(text));
  for (let i = 0; i + 1 < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1], be[i]];
  fs.writeFileSync(path.join(dir, 'b-utf16be.txt'), be);
  // Word's "Unicode text" without its BOM: half the bytes are NUL.
  fs.writeFileSync(path.join(dir, 'c-utf16le-nobom.txt'), Buffer.from(text, 'utf16le'));
  // Latin-1 bytes that are neither UTF-8 nor GB18030.
  fs.writeFileSync(path.join(dir, 'd-latin1.md'), Buffer.from([0x52, 0xe9, 0x73, 0x75, 0x6d, 0xe9, 0xff, 0x0a]));
  const { run, json } = runJson([dir]);
  assert.equal(run.status, 2, show(run));
  const [utf8, utf16be, noBom, latin1] = json.files;
  assert.equal(utf8.kind, 'gov-info-2019');
  assert.deepEqual({ ...utf16be, path: '' }, { ...utf8, path: '' }, 'UTF-16BE gives the same findings');
  assert.match(noBom.error ?? '', /不是文本文件.*not a text file/);
  assert.match(latin1.error ?? '', /编码.*encoding/);
  assert.match(run.stderr, /c-utf16le-nobom\.txt: 不是文本文件/);
  assert.match(run.stderr, /d-latin1\.md: 无法识别的文本编码/);
  assert.doesNotMatch(run.stderr, /at .*\.js:\d+/, 'no stack trace');
});

/**
 * A file listed in a folder whose read fails. Without root, chmod 000 does it. Root reads through
 * any mode, so there the file is a link to /proc/self/mem: a regular file whose read fails (EIO).
 */
function unreadableFile(dir: string): string | null {
  const file = path.join(dir, 'locked.md');
  if (!isRoot) {
    fs.writeFileSync(file, readSeed(SEED));
    fs.chmodSync(file, 0o000);
    return file;
  }
  if (process.platform !== 'linux' || !fs.existsSync('/proc/self/mem')) return null;
  fs.symlinkSync('/proc/self/mem', file);
  return file;
}

test('a file that cannot be read: exit 2, a reason, and the rest of the folder is still checked', (t) => {
  const dir = tempDir();
  const locked = unreadableFile(dir);
  if (!locked) {
    t.skip('running as root without /proc/self/mem: no file here cannot be read');
    return;
  }
  fs.writeFileSync(path.join(dir, SEED), readSeed(SEED));
  fs.writeFileSync(path.join(dir, 'note.md'), WEEKLY_NOTE);
  try {
    const { run, json } = runJson([dir]);
    assert.equal(run.status, 2, show(run));
    const bad = fileByName(json, 'locked.md');
    assert.equal(bad.kind, null);
    assert.match(bad.error ?? '', isRoot ? /无法读取|cannot read/ : /没有读取权限.*permission denied/);
    assert.match(run.stderr, /locked\.md: /);
    assert.equal(fileByName(json, SEED).kind, 'gov-info-2019');
    assert.deepEqual(fileByName(json, 'note.md').diagnostics, []);
  } finally {
    if (!isRoot) fs.chmodSync(locked, 0o644);
  }
});

test('a dangling link and a FIFO named on the command line: exit 2, no hang, the other files checked', (t) => {
  const dir = tempDir();
  const dangling = path.join(dir, 'gone.md');
  fs.symlinkSync(path.join(dir, 'does-not-exist.md'), dangling);
  fs.writeFileSync(path.join(dir, SEED), readSeed(SEED));
  const args = [dangling];
  // A FIFO would block a plain read until someone writes to it, i.e. forever.
  const fifo = path.join(dir, 'pipe.md');
  const made = process.platform !== 'win32' && spawnSync('mkfifo', [fifo]).status === 0;
  if (made) args.push(fifo);
  else t.diagnostic('mkfifo unavailable: FIFO case not run');
  args.push(path.join(dir, SEED));
  const { run, json } = runJson(args);
  assert.equal(run.status, 2, show(run));
  assert.match(fileByName(json, 'gone.md').error ?? '', /不存在|no such file/);
  if (made) assert.match(fileByName(json, 'pipe.md').error ?? '', /不是普通文件.*not a regular file/);
  assert.equal(fileByName(json, SEED).kind, 'gov-info-2019');
  // Inside a checked folder, the dangling link and the FIFO are skipped silently: nobody asked for them.
  const inFolder = runJson([dir]);
  assert.equal(inFolder.run.status === 0 || inFolder.run.status === 1, true, show(inFolder.run));
  assert.deepEqual(inFolder.json.files.map((f) => path.basename(f.path)), [SEED]);
});

test('CRLF line ends: every finding on the same line and column as in the LF file', () => {
  const lf = tempDir();
  const crlf = tempDir();
  const texts: [string, string][] = Object.values(SEED_FILES).map((n) => [n, readSeed(n)]);
  for (let i = 0; i < 6; i++) {
    const d = generateDraft(matrixOptions(i * 5, 31));
    texts.push([`gen-${i}.${d.flavour}`, d.text]);
  }
  for (const [name, text] of texts) {
    const plain = text.replace(/\r\n/g, '\n');
    fs.writeFileSync(path.join(lf, name), plain);
    fs.writeFileSync(path.join(crlf, name), plain.replace(/\n/g, '\r\n'));
  }
  const a = runJson([lf]);
  const b = runJson([crlf]);
  assert.equal(a.json.files.length, texts.length);
  const strip = (f: (typeof a.json.files)[number]) => ({ name: path.basename(f.path), kind: f.kind, year: f.year, diagnostics: f.diagnostics });
  assert.deepEqual(b.json.files.map(strip), a.json.files.map(strip));
  assert.ok(a.json.files.reduce((n, f) => n + f.diagnostics.length, 0) >= 10, 'the comparison covers some findings');
});
