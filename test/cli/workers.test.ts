// The CLI's worker threads (server/src/cli/pool.ts, cli-worker.ts): a batch checked on N workers
// gives exactly the output of the one-thread run, across-file findings and converted inputs
// (.docx/.html/.pdf) included; the bundled worker script starts; and the streamed output
// (stream-output.ts) is byte for byte formatText/formatJson, and formatSarif's log.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { DEFAULT_SETTINGS, RULES } from '../../server/src/core';
import { FileResult, formatJson, formatSarif, formatText } from '../../server/src/cli/output';
import { fromWorker, PoolAnswer, WorkerPool, workerCount } from '../../server/src/cli/pool';
import * as v8 from 'node:v8';
import { summarizeAnalysis, analyze } from '../../server/src/core';
import { progressLine, wantsProgress } from '../../server/src/cli/progress';
import { jsonSink, sarifSink, textSink } from '../../server/src/cli/stream-output';
import { cleanupTempDirs, ROOT, runCli, SEEDS, tempDir } from './helpers';
import { generateDraft } from '../gen/drafts';

after(cleanupTempDirs);


/** The binary with `workers` threads (GOVREPORT_WORKERS). */
const cli = (args: readonly string[], workers: number) => runCli(args, ROOT, { env: { GOVREPORT_WORKERS: String(workers) } });

/** Two years of one office (carryover-mismatch), a unit that copied it (content-copied), seeds, and Word/web/PDF files. */
function mixedFolder(): string {
  const dir = tempDir();
  const y2023 = fs.readFileSync(path.join(ROOT, 'samples', 'sample-2023-report.md'), 'utf8');
  const y2022 = y2023.replace(/2023年/g, '2022年').replace('2024年1月25日', '2023年1月20日')
    .replace(/\| 四、结转下年度继续办理 \|[^\n]*/, '| 四、结转下年度继续办理 | 5 | 0 | 0 | 0 | 1 | 0 | 6 |');
  fs.writeFileSync(path.join(dir, 'office-2023.md'), y2023);
  fs.writeFileSync(path.join(dir, 'office-2022.md'), y2022);
  // As in across-units.test: a third unit of the year, so that the copied pair stands out.
  const a2023 = generateDraft({ kind: 'gov-info-2021', seed: 5, year: 2023 });
  const copier = generateDraft({ kind: 'gov-info-2021', seed: 9, year: 2023 });
  fs.writeFileSync(path.join(dir, 'unit-a-2022.md'), generateDraft({ kind: 'gov-info-2021', seed: 5, year: 2022 }).text);
  fs.writeFileSync(path.join(dir, 'unit-a-2023.md'), a2023.text);
  fs.writeFileSync(path.join(dir, 'unit-b-2023.md'), generateDraft({ kind: 'gov-info-2021', seed: 6, year: 2023 }).text);
  fs.writeFileSync(path.join(dir, 'unit-c-2023.md'), a2023.text.split(a2023.issuer).join(copier.issuer));
  for (const f of fs.readdirSync(path.join(ROOT, SEEDS)).filter((n) => /^\d{3}_.*\.txt$/.test(n))) fs.copyFileSync(path.join(ROOT, SEEDS, f), path.join(dir, f));
  const input = path.join(ROOT, 'test', 'fixtures', 'input');
  for (const f of ['sample-2023-report.docx', 'sample-2023-report.html', 'sample-2023-report.pdf', 'merged-cells.html', 'scanned.pdf']) fs.copyFileSync(path.join(input, f), path.join(dir, f));
  fs.writeFileSync(path.join(dir, 'notes.txt'), '会议纪要\n\n今天天气很好。\n');
  return dir;
}

test('CLI on 3 workers: the same JSON, text and SARIF as on one thread (across-file findings, .docx/.html/.pdf inputs)', () => {
  const dir = mixedFolder();
  for (const format of ['json', 'text', 'sarif']) {
    const one = cli(['check', '--format', format, dir], 1);
    const three = cli(['check', '--format', format, dir], 3);
    assert.equal(three.status, one.status, format);
    assert.equal(three.stdout, one.stdout, `${format} output`);
    assert.equal(three.stderr, one.stderr, `${format} stderr`);
  }
  const json = JSON.parse(cli(['check', '--format', 'json', dir], 3).stdout) as { files: { path: string; error?: string; diagnostics: { rule: string }[] }[] };
  const rules = (name: string) => json.files.find((f) => f.path.endsWith(name))!.diagnostics.map((d) => d.rule);
  // The comparison covers what it should: across-file findings and the converted inputs.
  assert.ok(rules('office-2023.md').includes('carryover-mismatch'));
  assert.ok(rules('unit-c-2023.md').includes('content-copied'));
  for (const f of ['.docx', '.html', '.pdf']) assert.ok(json.files.some((x) => x.path.endsWith(`sample-2023-report${f}`) && x.error === undefined), f);
  assert.ok(json.files.some((x) => x.path.endsWith('scanned.pdf') && x.error !== undefined));
  // Input order: the same as the one-thread run's, which is the sorted walk of the folder.
  assert.deepEqual(json.files.map((f) => f.path), [...json.files.map((f) => f.path)].sort());
});

test('CLI --fix with workers gives the one-thread result', () => {
  const one = tempDir();
  const three = tempDir();
  for (let i = 0; i < 4; i++) {
    const d = generateDraft({ kind: 'gov-info-2021', seed: 40 + i });
    // A fixable term (category-nonstandard's safe fix) in each.
    const text = d.text.replace(/\n\n/, '\n\n本年度依申请公开中同意公开8件，信息不存在2件。\n\n');
    fs.writeFileSync(path.join(one, `d${i}.md`), text);
    fs.writeFileSync(path.join(three, `d${i}.md`), text);
  }
  const a = cli(['check', '--fix', '--format', 'json', one], 1);
  const b = cli(['check', '--fix', '--format', 'json', three], 3);
  assert.equal(b.status, a.status);
  assert.equal(b.stdout.split(three).join('DIR'), a.stdout.split(one).join('DIR'));
  assert.match(a.stderr + a.stdout, /已修复|fixesApplied|"diagnostics"/);
  for (let i = 0; i < 4; i++) {
    const fixed = fs.readFileSync(path.join(one, `d${i}.md`), 'utf8');
    assert.ok(!fixed.includes('同意公开8件'), 'the safe fix was applied');
    assert.equal(fs.readFileSync(path.join(three, `d${i}.md`), 'utf8'), fixed);
  }
});

test('workerCount: none for tiny batches, one core left to the main thread, GOVREPORT_WORKERS forces', () => {
  assert.equal(workerCount(3, {}, 8), 0);
  assert.equal(workerCount(40, {}, 8), 2);
  assert.equal(workerCount(10_000, {}, 8), 7);
  assert.equal(workerCount(10_000, {}, 2), 1, 'two cores: the main thread alone');
  assert.equal(workerCount(10_000, {}, 1), 0);
  assert.equal(workerCount(10_000, { GOVREPORT_WORKERS: '1' }, 8), 1);
  assert.equal(workerCount(5, { GOVREPORT_WORKERS: '3' }, 1), 3);
  assert.equal(workerCount(2, { GOVREPORT_WORKERS: '8' }, 8), 2, 'never more workers than files');
  assert.equal(workerCount(100, { GOVREPORT_WORKERS: 'many' }, 4), 3, 'an invalid value is ignored');
});

test('WorkerPool: answers in input order from every worker', async () => {
  const files = fs.readdirSync(path.join(ROOT, SEEDS)).filter((n) => /^\d{3}_.*\.txt$/.test(n)).map((n) => path.join(ROOT, SEEDS, n));
  const tasks = [...files, ...files].map((p, index) => ({ index, path: p, settings: DEFAULT_SETTINGS }));
  const pool = WorkerPool.start(2);
  try {
    assert.equal(pool.size, 2, 'both workers started (out/server/src/cli/cli-worker.js)');
    let done = 0;
    const answers = await pool.run(tasks, (n) => (done = n));
    assert.equal(done, tasks.length);
    answers.forEach((a, i) => {
      assert.equal(a?.index, i);
      assert.equal(a?.alone?.outcome.result.path, tasks[i].path);
    });
  } finally {
    pool.close();
  }
});

test('the bundled worker script dist/cli-worker.js starts and checks a file', async () => {
  const script = path.join(ROOT, 'dist', 'cli-worker.js');
  assert.ok(fs.existsSync(script), 'npm run build makes dist/cli-worker.js');
  const worker = new Worker(script);
  try {
    const file = path.join(ROOT, 'samples', 'sample-2023-report.md');
    const answer = await new Promise<PoolAnswer>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.postMessage({ task: { index: 7, path: file, settings: DEFAULT_SETTINGS } });
    });
    assert.equal(answer.index, 7);
    assert.equal(answer.alone?.summary?.year, 2023);
  } finally {
    await worker.terminate();
  }
});

const sample: FileResult[] = [
  { path: 'a.md', kind: 'gov-info-2021', year: 2023, diagnostics: [
    { rule: 'table-sum', severity: 'error', message: '合计不符\n第二行', line: 3, column: 1, endLine: 3, endColumn: 4 },
    { rule: RULES[0].id, severity: 'info', message: 'm', line: 9, column: 2, endLine: 10, endColumn: 1, source: { paragraph: 4 } as never },
  ] },
  { path: 'notes.txt', kind: null, year: null, diagnostics: [], reason: '没有标题' },
  { path: 'gone.md', kind: null, year: null, diagnostics: [], error: '无法读取' },
  { path: 'b.md', kind: 'rule-of-law', year: 2022, diagnostics: [{ rule: 'x-unknown', severity: 'hint', message: 'h', line: 1, column: 1, endLine: 1, endColumn: 2 }] },
];

function streamed(make: (write: (t: string) => void) => { file(f: FileResult): void; end(n?: number): void }, files: readonly FileResult[], fixes?: number): string {
  let out = '';
  const sink = make((t) => (out += t));
  files.forEach((f) => sink.file(f));
  sink.end(fixes);
  return out;
}

test('streamed text and JSON are byte for byte formatText and formatJson; streamed SARIF is formatSarif\'s log', () => {
  const sarif = { rules: RULES, helpUri: (id: string) => `https://example.org/${id}`, version: '9.9.9' };
  for (const files of [sample, sample.slice(0, 1), sample.slice(1, 3), []]) {
    assert.equal(streamed(textSink, files), formatText(files));
    assert.equal(streamed(textSink, files, 3), formatText(files, 3));
    assert.equal(streamed(jsonSink, files), formatJson(files));
    const s = streamed((w) => sarifSink(w, sarif), files);
    assert.deepEqual(JSON.parse(s), JSON.parse(formatSarif(files, sarif)));
  }
  // Many files: written in several chunks, the same bytes.
  const many = Array.from({ length: 3000 }, (_, i) => ({ ...sample[i % 4], path: `f${i}.md` }));
  const chunks: string[] = [];
  const sink = jsonSink((t) => chunks.push(t));
  many.forEach((f) => sink.file(f));
  sink.end();
  assert.ok(chunks.length > 1, 'written as it goes, not at the end only');
  assert.equal(chunks.join(''), formatJson(many));
});

test('progress line: only on a terminal outside CI, throttled, erased', () => {
  assert.equal(wantsProgress(true, {}), true);
  assert.equal(wantsProgress(false, {}), false);
  assert.equal(wantsProgress(undefined, {}), false);
  assert.equal(wantsProgress(true, { CI: 'true' }), false);
  let t = 0;
  const written: string[] = [];
  const p = progressLine((s) => written.push(s), () => t);
  const out = () => written.join('');
  p.update('x', 1, 10);
  assert.equal(out(), '', 'no line for a short batch');
  p.update('x', 1, 500);
  t += 10;
  p.update('x', 2, 500);
  t += 200;
  p.update('x', 3, 500);
  p.update('x', 500, 500);
  assert.equal(out(), '\r\x1b[Kgovreport: x 1/500\r\x1b[Kgovreport: x 3/500\r\x1b[Kgovreport: x 500/500');
  p.clear();
  assert.ok(out().endsWith('500/500\r\x1b[K'));
});

// Issue 13: an answer's summary arrives with a copy of its figure key list; the main thread keeps
// one list per distinct keys, so that pass two's summaries sent to every worker hold each list once.
test('answers from workers share their figure key lists; figures and outcome unchanged', () => {
  const text = fs.readFileSync(path.join(ROOT, 'samples', 'sample-2023-report.md'), 'utf8');
  const summary = summarizeAnalysis(analyze(text), 'a.md');
  assert.ok(summary.figures && summary.figures.keys.length > 10, 'the sample has figures');
  const answer = (index: number): PoolAnswer => ({ index, alone: { outcome: { result: { path: `${index}.md`, kind: null, year: null, diagnostics: [] }, fixesApplied: 0, notes: [] }, summary } as PoolAnswer['alone'] });
  // As a worker's message arrives: a structured clone, its own key list each time.
  const [a, b] = [answer(0), answer(1)].map((x) => fromWorker(v8.deserialize(v8.serialize(x)) as PoolAnswer));
  const fa = a.alone!.summary!.figures!;
  const fb = b.alone!.summary!.figures!;
  assert.equal(fa.keys, fb.keys, 'one list');
  assert.deepEqual([...fa.keys], [...summary.figures.keys]);
  assert.deepEqual([...fb.values], [...summary.figures.values]);
  assert.deepEqual(Object.keys(a.alone!.summary!), Object.keys(summary), 'the summary keeps its fields in order');
  assert.equal(v8.serialize([a.alone!.summary, b.alone!.summary]).length < 1.5 * v8.serialize(summary).length, true, 'pass two sends the list once');
});
