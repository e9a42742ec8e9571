// End-to-end tests of bin/govreport.js: the real bundle (dist/cli.js) in a child
// process, cwd = repository root, on the seed reports and on temp files.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cleanupTempDirs, fileByName, JsonOutput, ROOT, runCli, runJson, SEED_FILES, SEEDS, tempDir, WEEKLY_NOTE } from './helpers';

after(cleanupTempDirs);

const DIAGNOSTIC_KEYS = ['rule', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn'];
const TEXT_LINE = /^(.+):(\d+):(\d+) {2}(error|warning|info|hint) {2}([a-z0-9]+(?:-[a-z0-9]+)*) {2}(\S.*)$/;
const SUMMARY_LINE = /^检查 \d+ 个文件：\d+ 个报告(，\d+ 个不是报告（未检查）)?(，\d+ 个无法读取)?；\d+ 个错误，\d+ 个警告，\d+ 个信息，\d+ 个提示/;

/** The seeds checked once as JSON; most tests compare against this run. */
let seeds: { status: number | null; json: JsonOutput };

function writeNote(dir: string, name = 'week-12.md'): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, WEEKLY_NOTE);
  return file;
}

/** A rule that fires on seed 001 and is not its only rule, for the config tests. */
function someRuleOf(name: string): string {
  const f = fileByName(seeds.json, name);
  assert.ok(f.diagnostics.length > 0, `${name} has no findings to turn off`);
  return f.diagnostics[0].rule;
}

describe('govreport check on the seed reports', () => {
  before(() => {
    const r = runJson([SEEDS]);
    seeds = { status: r.run.status, json: r.json };
  });

  test('json reports kind and year per seed', () => {
    assert.equal(seeds.json.version, 1);
    const expected: [string, string, number][] = [
      [SEED_FILES.s000, 'gov-info-2019', 2020],
      [SEED_FILES.s001, 'gov-info-2019', 2020],
      [SEED_FILES.s002, 'rule-of-law', 2020],
      [SEED_FILES.s003, 'gov-info-2019', 2020],
      [SEED_FILES.s004, 'gov-info-2008', 2011],
    ];
    const actual = expected.map(([name]) => {
      const f = fileByName(seeds.json, name);
      return [name, f.kind, f.year];
    });
    assert.deepEqual(actual, expected);
  });

  test('json shape: documented keys, 1-based ranges, paths as given, sorted', () => {
    const names = seeds.json.files.map((f) => path.basename(f.path));
    assert.deepEqual(names, [...names].sort());
    for (const f of seeds.json.files) {
      // `reason` (why it is not a report) is the one key added to cli.md's, on files of kind null.
      assert.deepEqual(Object.keys(f), ['path', 'kind', 'year', 'diagnostics', ...(f.kind === null ? ['reason'] : [])], f.path);
      assert.equal(f.path, path.join(SEEDS, path.basename(f.path)));
      for (const d of f.diagnostics) {
        assert.deepEqual(Object.keys(d), DIAGNOSTIC_KEYS);
        assert.ok(['error', 'warning', 'info', 'hint'].includes(d.severity), d.severity);
        assert.ok(d.line >= 1 && d.column >= 1, `${f.path}: ${JSON.stringify(d)}`);
        assert.ok(d.endLine > d.line || (d.endLine === d.line && d.endColumn >= d.column), `${f.path}: ${JSON.stringify(d)}`);
        assert.ok(d.message.length > 0);
      }
    }
  });

  test('exit status follows the error-level findings', () => {
    const hasError = seeds.json.files.some((f) => f.diagnostics.some((d) => d.severity === 'error'));
    assert.equal(seeds.status, hasError ? 1 : 0);
    const withError = seeds.json.files.find((f) => f.diagnostics.some((d) => d.severity === 'error'));
    assert.ok(withError, 'no seed has an error-level finding (000 has its tables lost)');
    assert.equal(runCli(['check', withError.path]).status, 1);
  });

  test('text output: one finding a line in the documented shape, then the summary', () => {
    const r = runCli(['check', SEEDS]);
    assert.equal(r.status, seeds.status);
    const lines = r.stdout.trimEnd().split('\n');
    const summary = lines.pop() ?? '';
    assert.match(summary, SUMMARY_LINE);
    // Files not checked (kind null) are named after the findings, one line each, before the summary.
    const skipped = seeds.json.files.filter((f) => f.kind === null).map((f) => `${f.path}  未检查：不是年度报告（${f.reason}） (not checked: not an annual report)`);
    assert.deepEqual(lines.splice(lines.length - skipped.length), skipped);
    const expected = seeds.json.files.flatMap((f) => f.diagnostics.map((d) => `${f.path}:${d.line}:${d.column}  ${d.severity}  ${d.rule}`));
    assert.deepEqual(
      lines.map((l) => {
        const m = TEXT_LINE.exec(l);
        assert.ok(m, `not in the documented shape: ${l}`);
        return `${m[1]}:${m[2]}:${m[3]}  ${m[4]}  ${m[5]}`;
      }),
      expected,
    );
    assert.match(summary, new RegExp(`^检查 ${seeds.json.files.length} 个文件`));
  });

  test('sarif: version 2.1.0, rules with inline help, the same findings as json', () => {
    const r = runCli(['check', '--format', 'sarif', SEEDS]);
    assert.equal(r.status, seeds.status);
    const log = JSON.parse(r.stdout);
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs.length, 1);
    const driver = log.runs[0].tool.driver;
    assert.equal(driver.name, 'govreport');
    assert.equal(driver.version, '0.1.0');
    assert.ok(driver.rules.length > 0);
    const ids = new Set<string>();
    for (const rule of driver.rules) {
      ids.add(rule.id);
      assert.equal(typeof rule.shortDescription.text, 'string');
      // Help inline; no helpUri without a configured documentation base (never a file: path here).
      assert.equal(typeof rule.help.text, 'string');
      assert.equal(rule.helpUri, undefined);
      assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
    }
    const results = log.runs[0].results as { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[];
    const count = seeds.json.files.reduce((n, f) => n + f.diagnostics.length, 0);
    assert.equal(results.length, count);
    for (const res of results) {
      assert.ok(ids.has(res.ruleId), `result for unlisted rule ${res.ruleId}`);
      assert.ok(['error', 'warning', 'note'].includes(res.level));
      const loc = res.locations[0].physicalLocation;
      assert.ok(!loc.artifactLocation.uri.includes('\\'));
      assert.ok(loc.artifactLocation.uri.startsWith('test/fixtures/seeds/'));
      assert.ok(loc.region.startLine >= 1);
    }
  });

  test('--kind overrides detection', () => {
    const { json } = runJson(['--kind', 'gov-info-2021', path.join(SEEDS, SEED_FILES.s004)]);
    assert.equal(json.files[0].kind, 'gov-info-2021');
  });

  test('--config turns a rule off', () => {
    const rule = someRuleOf(SEED_FILES.s001);
    const seed = path.join(SEEDS, SEED_FILES.s001);
    const before = fileByName(seeds.json, SEED_FILES.s001).diagnostics;
    const rc = path.join(tempDir(), 'rc.json');
    fs.writeFileSync(rc, JSON.stringify({ rules: { [rule]: 'off' } }));
    const { run, json } = runJson(['--config', rc, seed]);
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    assert.deepEqual(
      json.files[0].diagnostics,
      before.filter((d) => d.rule !== rule),
    );
  });

  test('the nearest .govreportrc.json applies, and --config wins over it', () => {
    const rule = someRuleOf(SEED_FILES.s001);
    const dir = tempDir();
    const sub = path.join(dir, 'drafts', '2020');
    fs.mkdirSync(sub, { recursive: true });
    fs.copyFileSync(path.join(SEEDS, SEED_FILES.s001), path.join(sub, SEED_FILES.s001));
    fs.writeFileSync(path.join(dir, '.govreportrc.json'), JSON.stringify({ rules: { [rule]: 'off' } }));
    const viaRc = runJson(['drafts'], dir).json.files[0];
    assert.equal(viaRc.path, path.join('drafts', '2020', SEED_FILES.s001));
    assert.ok(!viaRc.diagnostics.some((d) => d.rule === rule));
    const empty = path.join(dir, 'empty.json');
    fs.writeFileSync(empty, '{}');
    const viaConfig = runJson(['--config', empty, 'drafts'], dir).json.files[0];
    assert.ok(viaConfig.diagnostics.some((d) => d.rule === rule));
  });

  test('a --config that cannot be read is exit 2', () => {
    const r = runCli(['check', '--config', 'no-such-rc.json', path.join(SEEDS, SEED_FILES.s001)]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /no-such-rc\.json/);
  });
});

describe('govreport check on other files', () => {
  test('a note that is not a report: kind null, no diagnostics, exit 0', () => {
    const file = writeNote(tempDir());
    const { run, json } = runJson([file]);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(json.files, [{ path: file, kind: null, year: null, diagnostics: [], reason: json.files[0].reason }]);
    assert.ok(json.files[0].reason);
    const text = runCli(['check', file]);
    assert.equal(text.status, 0);
    assert.match(text.stdout, /未检查：不是年度报告/);
    assert.match(text.stdout, /^检查 1 个文件：0 个报告，1 个不是报告（未检查）；0 个错误/m);
  });

  test('usage errors: exit 2, one line on stderr in Chinese and English pointing at --help (not the whole usage)', () => {
    const r = runCli(['check', '--bogus', SEEDS]);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, 'govreport: 未知选项 --bogus (unknown option --bogus)，用法见 --help (see --help)\n');
    assert.equal(runCli(['check', '--format', 'xml', SEEDS]).status, 2);
    assert.equal(runCli([]).status, 2);
  });

  test('--help and --version', () => {
    const help = runCli(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /govreport check/);
    const version = runCli(['--version']);
    assert.equal(version.status, 0);
    assert.equal(version.stdout.trim(), '0.1.0');
  });

  test('a missing path is exit 2 and the other files are still reported', () => {
    const dir = tempDir();
    const file = writeNote(dir);
    const missing = path.join(dir, 'no-such-report.md');
    const { run, json } = runJson([missing, file]);
    assert.equal(run.status, 2);
    assert.equal(json.files.length, 2);
    assert.equal(json.files[0].path, missing);
    assert.equal(json.files[0].kind, null);
    assert.match(json.files[0].error ?? '', /不存在/);
    assert.deepEqual(json.files[1], { path: file, kind: null, year: null, diagnostics: [], reason: json.files[1].reason });
    assert.match(run.stderr, /no-such-report\.md/);
  });

  test('a binary file is reported as not text, exit 2, no crash', () => {
    const dir = tempDir();
    const bin = path.join(dir, 'scan.md');
    fs.writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0x00]));
    const note = writeNote(dir);
    const { run, json } = runJson([dir]);
    assert.equal(run.status, 2);
    assert.doesNotMatch(run.stderr, /at .*\.js:\d+/, 'no stack trace');
    assert.match(run.stderr, /scan\.md: 不是文本文件.*not a text file/);
    assert.deepEqual(
      json.files.map((f) => [f.path, f.kind, f.error !== undefined]),
      [
        [bin, null, true],
        [note, null, false],
      ],
    );
    const text = runCli(['check', dir]);
    assert.equal(text.status, 2);
    assert.match(text.stdout, /1 个无法读取/);
  });

  test('a file over 50 MB is skipped with a reason, exit 2', () => {
    const dir = tempDir();
    const big = path.join(dir, 'huge.md');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 51 * 1024 * 1024); // sparse: cheap to make
    const r = runCli(['check', big]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /huge\.md: 文件过大.*file too large/);
  });

  test('a broken .govreportrc.json is exit 2, and the file is still checked', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, '.govreportrc.json'), '{ "rules": ');
    const file = writeNote(dir);
    const { run, json } = runJson([file]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /\.govreportrc\.json: 不是有效的 JSON/);
    assert.deepEqual(json.files, [{ path: file, kind: null, year: null, diagnostics: [], reason: json.files[0].reason }]);
  });
});

test('across files: two reports of one issuer in one run are compared (carryover-mismatch)', () => {
  const dir = tempDir();
  const y2023 = fs.readFileSync(path.join(ROOT, 'samples', 'sample-2023-report.md'), 'utf8');
  const y2022 = y2023.replace(/2023年/g, '2022年').replace('2024年1月25日', '2023年1月20日')
    .replace(/\| 四、结转下年度继续办理 \|[^\n]*/, '| 四、结转下年度继续办理 | 5 | 0 | 0 | 0 | 1 | 0 | 6 |');
  fs.writeFileSync(path.join(dir, '2023.md'), y2023);
  fs.writeFileSync(path.join(dir, '2022.md'), y2022);
  const both = JSON.parse(runCli(['check', '--format', 'json', dir]).stdout);
  const f2023 = both.files.find((f: { path: string }) => f.path.endsWith('2023.md'));
  const carry = f2023.diagnostics.filter((d: { rule: string }) => d.rule === 'carryover-mismatch');
  assert.equal(carry.length, 3, 'natural persons, legal services and total differ');
  const alone = JSON.parse(runCli(['check', '--format', 'json', path.join(dir, '2023.md')]).stdout);
  assert.equal(alone.files[0].diagnostics.filter((d: { rule: string }) => d.rule === 'carryover-mismatch').length, 0);
});
