// Files the CLI does not check are named with the reason (text, JSON, SARIF); a path that
// matches no file is exit 2 unless --no-error-on-unmatched-pattern; the project's own
// docs/ (rule pages quoting report phrases) are never taken for reports.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs, USAGE } from '../../server/src/cli/args';
import { FileResult, formatJson, formatSarif, formatText, summaryLine, summarize } from '../../server/src/cli/output';
import { cleanupTempDirs, runCli, runJson, SEED_FILES, SEEDS, tempDir, WEEKLY_NOTE } from './helpers';

after(cleanupTempDirs);

const REASON = '没有报告标题，法定章节标题少于两个';
const files: FileResult[] = [
  { path: 'drafts/2022.md', kind: 'gov-info-2021', year: 2022, diagnostics: [] },
  { path: 'notes/a.md', kind: null, year: null, diagnostics: [], reason: REASON },
  { path: 'notes/b.txt', kind: null, year: null, diagnostics: [], reason: '标题不是报告标题' },
  { path: 'gone.md', kind: null, year: null, diagnostics: [], error: '文件或目录不存在 (no such file or directory)' },
];

describe('formatters name the files not checked', () => {
  test('text: a line per skipped file with its reason, after the findings, before the summary', () => {
    const lines = formatText(files).trimEnd().split('\n');
    assert.deepEqual(lines, [
      `notes/a.md  未检查：不是年度报告（${REASON}） (not checked: not an annual report)`,
      'notes/b.txt  未检查：不是年度报告（标题不是报告标题） (not checked: not an annual report)',
      '检查 4 个文件：1 个报告，2 个不是报告（未检查），1 个无法读取；0 个错误，0 个警告，0 个信息，0 个提示',
    ]);
  });

  test('the summary names skipped files only when there are some', () => {
    assert.equal(summarize(files).skipped, 2);
    assert.doesNotMatch(summaryLine(summarize([files[0]])), /不是报告/);
  });

  test('json: reason on files of kind null that were read, never on reports or unreadable files', () => {
    const json = JSON.parse(formatJson(files));
    assert.equal(json.files[0].reason, undefined);
    assert.equal(json.files[1].reason, REASON);
    assert.deepEqual(Object.keys(json.files[1]), ['path', 'kind', 'year', 'diagnostics', 'reason']);
    assert.deepEqual(Object.keys(json.files[3]), ['path', 'kind', 'year', 'diagnostics', 'error']);
  });

  test('sarif: a note notification per skipped file, located at the file; the run still succeeds', () => {
    const options = { rules: [], helpUri: (id: string) => id, version: '0' };
    const read = files.filter((f) => f.error === undefined);
    const inv = JSON.parse(formatSarif(read, options)).runs[0].invocations[0];
    assert.equal(inv.executionSuccessful, true);
    assert.deepEqual(
      inv.toolExecutionNotifications.map((n: { level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => [
        n.level,
        n.locations[0].physicalLocation.artifactLocation.uri,
        n.message.text.includes('未检查') && n.message.text.includes('not checked'),
      ]),
      [
        ['note', 'notes/a.md', true],
        ['note', 'notes/b.txt', true],
      ],
    );
    assert.match(inv.toolExecutionNotifications[0].message.text, new RegExp(REASON));
    // An unreadable file is still an error notification, listed first, and fails the run.
    const all = JSON.parse(formatSarif(files, options)).runs[0].invocations[0];
    assert.equal(all.executionSuccessful, false);
    assert.deepEqual(all.toolExecutionNotifications.map((n: { level: string }) => n.level), ['error', 'note', 'note']);
  });
});

describe('the CLI over files that are not reports', () => {
  test('text, json and sarif name the note and its reason; exit stays 0', () => {
    const dir = tempDir();
    const note = path.join(dir, 'week.md');
    fs.writeFileSync(note, WEEKLY_NOTE);
    const text = runCli(['check', dir]);
    assert.equal(text.status, 0, text.stderr);
    assert.match(text.stdout, /week\.md {2}未检查：不是年度报告（.+） \(not checked: not an annual report\)\n检查 1 个文件：0 个报告，1 个不是报告（未检查）；/);
    const { run, json } = runJson([dir]);
    assert.equal(run.status, 0);
    assert.ok((json.files[0].reason ?? '').length > 0);
    const sarif = runCli(['check', '--format', 'sarif', dir]);
    assert.equal(sarif.status, 0);
    const inv = JSON.parse(sarif.stdout).runs[0].invocations[0];
    assert.equal(inv.executionSuccessful, true);
    assert.equal(inv.toolExecutionNotifications.length, 1);
    assert.equal(inv.toolExecutionNotifications[0].level, 'note');
    assert.match(inv.toolExecutionNotifications[0].locations[0].physicalLocation.artifactLocation.uri, /week\.md$/);
  });

  test('reports are not listed as skipped', () => {
    const text = runCli(['check', path.join(SEEDS, SEED_FILES.s001)]);
    assert.doesNotMatch(text.stdout, /未检查/);
    assert.match(text.stdout, /检查 1 个文件：1 个报告；/);
  });
});

describe('a path that matches no file', () => {
  const cases: [string, (dir: string) => string][] = [
    ['an empty directory', (dir) => {
      const empty = path.join(dir, 'empty');
      fs.mkdirSync(empty);
      return empty;
    }],
    ['a directory without *.md or *.txt', (dir) => {
      const d = path.join(dir, 'pictures');
      fs.mkdirSync(d);
      fs.writeFileSync(path.join(d, 'scan.png'), 'x');
      return d;
    }],
    ['a nonexistent path', (dir) => path.join(dir, 'no-such.md')],
    ['a glob the shell left unexpanded', (dir) => path.join(dir, '*.md')],
  ];
  for (const [what, make] of cases) {
    test(`${what}: exit 2 with a message; 0 with --no-error-on-unmatched-pattern`, () => {
      const p = make(tempDir());
      const r = runCli(['check', p]);
      assert.equal(r.status, 2, r.stdout + r.stderr);
      assert.ok(r.stderr.includes(p), r.stderr);
      assert.match(r.stdout, /检查 0 个文件：0 个报告，1 个路径未匹配到文件；/);
      const { run, json } = runJson([p]);
      assert.equal(run.status, 2);
      assert.equal(json.files.length, 1);
      assert.equal(json.files[0].path, p);
      assert.ok((json.files[0].error ?? '').length > 0);
      const sarif = runCli(['check', '--format', 'sarif', p]);
      assert.equal(sarif.status, 2);
      assert.equal(JSON.parse(sarif.stdout).runs[0].invocations[0].toolExecutionNotifications[0].level, 'error');

      const allowed = runCli(['check', '--no-error-on-unmatched-pattern', p]);
      assert.equal(allowed.status, 0, allowed.stdout + allowed.stderr);
      assert.ok(allowed.stderr.includes(p), 'still noted on stderr');
      assert.match(allowed.stderr, /已忽略.*no-error-on-unmatched-pattern/);
      assert.match(allowed.stdout, /^检查 0 个文件：0 个报告；/);
      const allowedJson = runJson(['--no-error-on-unmatched-pattern', p]);
      assert.equal(allowedJson.run.status, 0);
      assert.deepEqual(allowedJson.json.files, []);
    });
  }

  test('one unmatched path among good ones is exit 2; the good ones are still checked', () => {
    const dir = tempDir();
    const empty = path.join(dir, 'empty');
    fs.mkdirSync(empty);
    const note = path.join(dir, 'week.md');
    fs.writeFileSync(note, WEEKLY_NOTE);
    const { run, json } = runJson([note, empty]);
    assert.equal(run.status, 2);
    assert.deepEqual(json.files.map((f) => [f.path, f.error === undefined]), [[note, true], [empty, false]]);
    const allowed = runJson(['--no-error-on-unmatched-pattern', note, empty]);
    assert.equal(allowed.run.status, 0);
    assert.deepEqual(allowed.json.files.map((f) => f.path), [note]);
  });

  test('the flag does not hide errors in the files that matched, nor unreadable files', () => {
    const allowed = runCli(['check', '--no-error-on-unmatched-pattern', path.join(SEEDS, SEED_FILES.s001), path.join(tempDir(), 'none')]);
    assert.equal(allowed.status, 1, 'seed 001 has error-level findings');
    const dir = tempDir();
    const bin = path.join(dir, 'scan.md');
    fs.writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0xff, 0x00]));
    assert.equal(runCli(['check', '--no-error-on-unmatched-pattern', bin]).status, 2);
  });

  test('the flag is parsed, takes no value, and is in the help', () => {
    const c = parseArgs(['check', '--no-error-on-unmatched-pattern', 'a']);
    assert.equal(c.command, 'check');
    assert.equal(c.command === 'check' && c.options.allowUnmatched, true);
    const plain = parseArgs(['check', 'a']);
    assert.equal(plain.command === 'check' && plain.options.allowUnmatched, undefined);
    assert.equal(parseArgs(['check', '--no-error-on-unmatched-pattern=1', 'a']).command, 'usage-error');
    assert.match(USAGE, /--no-error-on-unmatched-pattern/);
  });
});

describe("the project's own docs are not reports", () => {
  for (const dir of ['docs', path.join('docs', 'rules')]) {
    test(`every file under ${dir}/ is kind null with a reason and no findings`, () => {
      const { run, json } = runJson([dir]);
      assert.equal(run.status, 0, run.stderr);
      assert.ok(json.files.length >= (dir === 'docs' ? 2 : 1), 'the docs were found');
      const taken = json.files.filter((f) => f.kind !== null || f.diagnostics.length > 0 || f.error !== undefined);
      assert.deepEqual(taken.map((f) => `${f.path}: ${f.kind}`), []);
      for (const f of json.files) assert.ok((f.reason ?? '').length > 0, f.path);
    });
  }
});
