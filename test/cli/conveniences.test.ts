// What ESLint users expect of a CLI: globs expanded by the CLI itself, --ignore and
// .govreportignore, stdin, --quiet, --max-warnings, --output-file, colour on a terminal only,
// English output by --lang or the locale, and a one-line usage error.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { langInArgv, outputLang, parseArgs, USAGE, usageErrorLine } from '../../server/src/cli/args';
import { compilePattern, expandBraces, globFiles, matchSegments, segmentMatcher } from '../../server/src/cli/glob';
import { Ignorer } from '../../server/src/cli/ignore';
import { summaryLine } from '../../server/src/cli/output';
import { emptySummary, textSink } from '../../server/src/cli/stream-output';
import { wantsColor } from '../../server/src/cli/run';
import { cleanupTempDirs, readSeed, ROOT, runCli, runJson, SEED_FILES, tempDir, WEEKLY_NOTE } from './helpers';

after(cleanupTempDirs);

/** A folder of drafts: r1.txt, sub/r2.md, sub/deep/r3.txt, sub/data.json, .hidden/r4.md, node_modules/x.md. */
function tree(): string {
  const dir = tempDir();
  const put = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  };
  put('r1.txt', readSeed(SEED_FILES.s000));
  put('sub/r2.md', readSeed(SEED_FILES.s001));
  put('sub/deep/r3.txt', WEEKLY_NOTE);
  put('sub/data.json', '{}');
  put('.hidden/r4.md', WEEKLY_NOTE);
  put('node_modules/x.md', WEEKLY_NOTE);
  return dir;
}

test('segment matching: * ? [] and dot files, without backtracking blow-up', () => {
  assert.ok(segmentMatcher('*.txt')('a.txt'));
  assert.ok(!segmentMatcher('*.txt')('a.txt.bak'));
  assert.ok(!segmentMatcher('*.md')('.hidden.md'), '* does not match a leading dot');
  assert.ok(segmentMatcher('.*.md')('.hidden.md'));
  assert.ok(segmentMatcher('r?.md')('r2.md'));
  assert.ok(!segmentMatcher('r?.md')('r22.md'));
  assert.ok(segmentMatcher('r[0-9].md')('r7.md'));
  assert.ok(!segmentMatcher('r[!0-9].md')('r7.md'));
  assert.ok(segmentMatcher('*2022*')('年报2022终稿.txt'));
  // a*a*a*…b against a long run of a: linear in practice (greedy, last-star backtracking).
  const started = process.hrtime.bigint();
  assert.ok(!segmentMatcher('*a*a*a*a*a*a*a*a*b')('a'.repeat(5000)));
  assert.ok(process.hrtime.bigint() - started < 5_000_000_000n);
});

test('braces and ** across folders', () => {
  assert.deepEqual(expandBraces('a/{b,c}/*.{md,txt}'), ['a/b/*.md', 'a/b/*.txt', 'a/c/*.md', 'a/c/*.txt']);
  assert.deepEqual(expandBraces('{x}.md'), ['{x}.md'], 'no comma: literal');
  assert.deepEqual(expandBraces('{a,{b,c}}'), ['a', 'b', 'c']);
  const p = compilePattern('**/deep/*.txt');
  assert.ok(matchSegments(p, ['deep', 'r3.txt']));
  assert.ok(matchSegments(p, ['sub', 'x', 'deep', 'r3.txt']));
  assert.ok(!matchSegments(p, ['sub', 'r3.txt']));
});

test('globFiles walks the tree: sorted, no dot folders or node_modules, each file once', () => {
  const dir = tree();
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    assert.deepEqual(globFiles('**/*.{md,txt}'), ['r1.txt', 'sub/deep/r3.txt', 'sub/r2.md']);
    assert.deepEqual(globFiles('sub/*'), ['sub/data.json', 'sub/r2.md']);
    assert.deepEqual(globFiles('sub/**'), ['sub/data.json', 'sub/deep/r3.txt', 'sub/r2.md']);
    assert.deepEqual(globFiles('r?.txt'), ['r1.txt']);
    assert.deepEqual(globFiles('**/*.md', { ignored: (p) => p === 'sub' }), []);
  } finally {
    process.chdir(cwd);
  }
});

test('CLI: a quoted glob is expanded by govreport (as cmd.exe leaves it); only report files; unmatched stays exit 2', () => {
  const dir = tree();
  const { json } = runJson(['**/*'], dir);
  assert.deepEqual(json.files.map((f) => f.path.split(path.sep).join('/')), ['r1.txt', 'sub/deep/r3.txt', 'sub/r2.md']);
  const none = runCli(['check', 'nothing/*.md'], dir);
  assert.equal(none.status, 2);
  assert.match(none.stderr, /no report files match this pattern/);
});

test('ignore patterns: gitignore-like', () => {
  const base = path.resolve('/proj');
  const ig = new Ignorer();
  ig.add(['# comment', '', 'drafts/old/', '*.bak.md', '!keep.bak.md', '/top.md', 'build'], base);
  const at = (rel: string) => path.join(base, rel);
  assert.ok(ig.ignores(at('drafts/old/a.md'), false), 'below an ignored folder');
  assert.ok(!ig.ignores(at('x/drafts/old/a.md'), false), 'a pattern with a slash is anchored');
  assert.ok(ig.ignores(at('x/y/a.bak.md'), false), 'a pattern without a slash matches at any depth');
  assert.ok(!ig.ignores(at('x/keep.bak.md'), false), '! re-includes');
  assert.ok(ig.ignores(at('top.md'), false));
  assert.ok(!ig.ignores(at('x/top.md'), false));
  assert.ok(ig.ignores(at('a/build/r.md'), false));
  assert.ok(!ig.ignores(at('drafts/old'), false), 'a trailing slash matches folders only');
});

test('CLI: --ignore (repeatable), .govreportignore, --no-ignore; an ignored file named explicitly is noted', () => {
  const dir = tree();
  const paths = (args: string[]) => runJson(args, dir).json.files.map((f) => f.path.split(path.sep).join('/'));
  assert.deepEqual(paths(['.']), ['r1.txt', 'sub/deep/r3.txt', 'sub/r2.md']);
  assert.deepEqual(paths(['--ignore', 'deep', '--ignore=*.md', '.']), ['r1.txt']);
  fs.writeFileSync(path.join(dir, '.govreportignore'), 'sub/deep/\n');
  fs.mkdirSync(path.join(dir, 'sub', 'inner'));
  // Found from the working directory upwards, its patterns relative to its own folder.
  assert.deepEqual(runJson(['..'], path.join(dir, 'sub', 'inner')).json.files.map((f) => path.basename(f.path)), ['r2.md']);
  assert.deepEqual(paths(['.']), ['r1.txt', 'sub/r2.md']);
  assert.deepEqual(paths(['--no-ignore', '.']), ['r1.txt', 'sub/deep/r3.txt', 'sub/r2.md']);
  const named = runCli(['check', 'sub/deep/r3.txt', 'r1.txt'], dir);
  assert.match(named.stderr, /r3\.txt: .*ignored by an ignore pattern/);
  assert.match(named.stdout, /^检查 1 个文件/m);
});

test('CLI: stdin with --stdin-filename (name shown, settings of that folder); usage errors around it', () => {
  const dir = tree();
  fs.mkdirSync(path.join(dir, 'cfg'));
  fs.writeFileSync(path.join(dir, 'cfg', '.govreportrc.json'), JSON.stringify({ rules: { 'section-empty': 'off' } }));
  const text = readSeed(SEED_FILES.s000);
  const r = runCli(['check', '--format', 'json', '-', '--stdin-filename', 'drafts/2020.txt'], dir, { input: text });
  const json = JSON.parse(r.stdout);
  assert.equal(json.files.length, 1);
  assert.equal(json.files[0].path, 'drafts/2020.txt');
  assert.ok(json.files[0].diagnostics.some((d: { rule: string }) => d.rule === 'section-empty'));
  const configured = JSON.parse(runCli(['check', '--format', 'json', '-', '--stdin-filename', 'cfg/2020.txt'], dir, { input: text }).stdout);
  assert.ok(!configured.files[0].diagnostics.some((d: { rule: string }) => d.rule === 'section-empty'), 'the .govreportrc.json of the named folder applies');
  const unnamed = runCli(['check', '-'], dir, { input: WEEKLY_NOTE });
  assert.equal(unnamed.status, 0);
  assert.match(unnamed.stdout, /<stdin>  未检查/);
  assert.equal(parseArgs(['check', '-', 'a.md']).command, 'usage-error');
  assert.equal(parseArgs(['check', '--fix', '-']).command, 'usage-error');
  assert.equal(parseArgs(['check', '--stdin-filename', 'x.md', 'a.md']).command, 'usage-error');
});

test('CLI: --quiet reports errors only; --max-warnings N fails the run past N warnings', () => {
  const seed = path.join('test', 'fixtures', 'seeds', SEED_FILES.s000);
  const all = runJson([seed]).json.files[0].diagnostics;
  const warnings = all.filter((d) => d.severity === 'warning').length;
  assert.ok(warnings > 0 && all.some((d) => d.severity === 'error'));
  const quiet = runJson(['--quiet', seed]).json.files[0].diagnostics;
  assert.deepEqual(quiet, all.filter((d) => d.severity === 'error'));
  const note = tempDir();
  fs.writeFileSync(path.join(note, 'n.md'), WEEKLY_NOTE);
  // A file with warnings only: 0 without the option, 1 past the maximum, 0 at it.
  const warnOnly = path.join(tempDir(), 'w.txt');
  fs.writeFileSync(warnOnly, readSeed(SEED_FILES.s000));
  const rc = path.join(path.dirname(warnOnly), '.govreportrc.json');
  const errorRules = [...new Set(all.filter((d) => d.severity === 'error').map((d) => d.rule))];
  fs.writeFileSync(rc, JSON.stringify({ rules: Object.fromEntries(errorRules.map((id) => [id, 'off'])) }));
  const w = runJson([warnOnly]).json.files[0].diagnostics.filter((d) => d.severity === 'warning').length;
  assert.ok(w > 0);
  assert.equal(runCli(['check', warnOnly]).status, 0);
  const over = runCli(['check', '--max-warnings', String(w - 1), warnOnly]);
  assert.equal(over.status, 1);
  assert.match(over.stderr, /too many warnings/);
  assert.equal(runCli(['check', '--max-warnings', String(w), warnOnly]).status, 0);
  assert.equal(parseArgs(['check', '--max-warnings', '-1', 'a']).command, 'usage-error');
});

test('CLI: --output-file writes the output there (folders made), nothing on stdout, never coloured', () => {
  const dir = tempDir();
  const seed = path.join(ROOT, 'test', 'fixtures', 'seeds', SEED_FILES.s001);
  const r = runCli(['check', '--color', '--output-file', 'out/report.txt', seed], dir, { env: { FORCE_COLOR: '1' } });
  assert.equal(r.stdout, '');
  const written = fs.readFileSync(path.join(dir, 'out', 'report.txt'), 'utf8');
  assert.match(written, /^检查 1 个文件/m);
  assert.ok(!written.includes('\x1b['));
  const json = runCli(['check', '--format', 'json', '--output-file', 'o.json', seed], dir);
  assert.equal(JSON.parse(fs.readFileSync(path.join(dir, 'o.json'), 'utf8')).files.length, 1);
  assert.equal(json.stdout, '');
});

test('colour: a terminal only, NO_COLOR and FORCE_COLOR respected, never for JSON or SARIF', () => {
  assert.equal(wantsColor(undefined, true, {}), true);
  assert.equal(wantsColor(undefined, false, {}), false);
  assert.equal(wantsColor(undefined, true, { NO_COLOR: '1' }), false);
  assert.equal(wantsColor(undefined, true, { TERM: 'dumb' }), false);
  assert.equal(wantsColor(undefined, false, { FORCE_COLOR: '1' }), true);
  assert.equal(wantsColor(undefined, false, { FORCE_COLOR: '0' }), false);
  assert.equal(wantsColor(false, true, { FORCE_COLOR: '1' }), false);
  const seed = path.join('test', 'fixtures', 'seeds', SEED_FILES.s000);
  assert.ok(!runCli(['check', seed]).stdout.includes('\x1b['), 'a pipe gets no colour');
  const forced = runCli(['check', seed], ROOT, { env: { FORCE_COLOR: '1' } }).stdout;
  assert.match(forced, /\x1b\[31merror\x1b\[39m/);
  assert.ok(!runCli(['check', '--format', 'json', seed], ROOT, { env: { FORCE_COLOR: '1' } }).stdout.includes('\x1b['));
  assert.ok(!runCli(['check', '--format', 'sarif', '--color', seed]).stdout.includes('\x1b['));
  // Without colour the text is exactly as before.
  let plain = '';
  const sink = textSink((t) => { plain += t; });
  sink.end();
  assert.equal(plain, summaryLine(emptySummary()) + '\n');
});

test('English: --lang en or an English locale; messages, skipped reasons and the summary line', () => {
  assert.equal(outputLang(undefined, { LANG: 'en_US.UTF-8' }), 'en');
  assert.equal(outputLang(undefined, { LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' }), 'zh', 'LC_ALL first');
  assert.equal(outputLang(undefined, { LC_MESSAGES: 'en_GB' }), 'en');
  assert.equal(outputLang(undefined, { LANG: 'C.UTF-8' }), 'zh');
  assert.equal(outputLang('zh', { LANG: 'en_US' }), 'zh');
  assert.equal(langInArgv(['check', '--lang=en']), 'en');
  const seed = path.join('test', 'fixtures', 'seeds', SEED_FILES.s001);
  const zh = runCli(['check', seed]).stdout;
  const en = runCli(['check', '--lang', 'en', seed]).stdout;
  assert.match(zh, /^检查 1 个文件：1 个报告；/m);
  assert.match(en, /^Checked 1 file: 1 report; \d+ errors?, \d+ warnings?, \d+ info, \d+ hints?$/m);
  assert.ok(!/[\u4e00-\u9fff]/.test(en.split('\n').filter((l) => l.includes('  section-') || l.includes('  table-')).join('').replace(/“[^”]*”|"[^"]*"|（[^）]*）/g, '')), en);
  assert.equal(runCli(['check', seed], ROOT, { env: { LANG: 'en_US.UTF-8' } }).stdout, en);
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'n.md'), WEEKLY_NOTE);
  assert.match(runCli(['check', '--lang', 'en', 'n.md'], dir).stdout, /^n\.md {2}not checked: not an annual report/m);
  const json = runJson(['--lang', 'en', seed]).json.files[0].diagnostics;
  const zhJson = runJson([seed]).json.files[0].diagnostics;
  assert.equal(json.length, zhJson.length);
  assert.ok(json.length > 0 && json.every((d, i) => /[A-Za-z]{3}/.test(d.message) && d.message !== zhJson[i].message), JSON.stringify(json));
});

test('usage errors: one line, English with an English locale; --help lists the new options', () => {
  const r = runCli(['check', '--foo', 'a.md'], ROOT, { env: { LANG: 'en_US.UTF-8' } });
  assert.equal(r.status, 2);
  assert.equal(r.stderr, 'govreport: unknown option --foo (see --help)\n');
  const c = parseArgs(['check', '--foo']);
  assert.equal(c.command, 'usage-error');
  if (c.command === 'usage-error') assert.equal(usageErrorLine(c, 'zh'), 'govreport: 未知选项 --foo (unknown option --foo)，用法见 --help (see --help)\n');
  for (const o of ['--ignore', '--no-ignore', '--stdin-filename', '--quiet', '--max-warnings', '--output-file', '--lang', '--color', '--doc-url', '.govreportignore', 'NO_COLOR']) {
    assert.ok(USAGE.includes(o), o);
  }
  const opts = parseArgs(['check', '--ignore', 'a', '--ignore=b', '--quiet', '--max-warnings', '3', '--output-file', 'o.txt', '--lang', 'en', '--no-color', 'x']);
  assert.equal(opts.command, 'check');
  if (opts.command === 'check') {
    assert.deepEqual(opts.options.ignore, ['a', 'b']);
    assert.equal(opts.options.quiet, true);
    assert.equal(opts.options.maxWarnings, 3);
    assert.equal(opts.options.outputFile, 'o.txt');
    assert.equal(opts.options.lang, 'en');
    assert.equal(opts.options.color, false);
  }
});

test('CLI: --report-unused-disable-directives (and the setting in .govreportrc.json) report unused directives', () => {
  const dir = tempDir();
  const draft = readSeed(SEED_FILES.s001).replace(/\n/, ' <!-- govreport-disable-line table-balance -->\n');
  fs.writeFileSync(path.join(dir, 'r.md'), draft);
  const rules = (args: string[]) => runJson(args, dir).json.files[0].diagnostics.map((d) => d.rule);
  assert.ok(!rules(['r.md']).includes('directive-unused'), 'off by default');
  assert.ok(rules(['--report-unused-disable-directives', 'r.md']).includes('directive-unused'));
  fs.writeFileSync(path.join(dir, '.govreportrc.json'), JSON.stringify({ reportUnusedDisableDirectives: true }));
  assert.ok(rules(['r.md']).includes('directive-unused'));
});
