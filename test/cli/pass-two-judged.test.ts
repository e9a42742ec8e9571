// Pass two from pass one's collected data (judgeAgain): the across-file rules judged from what
// checkAlone collected and the other reports' summaries, the file neither read nor analysed again.
// The outcome must be the one a whole check with the other reports gives, finding for finding.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cleanupTempDirs, tempDir } from './helpers';
import { generateDraft } from '../gen/drafts';
import { ROOT } from '../core/helpers';
import { AloneOutcome, checkAlone, checkFile, judgeAgain } from '../../server/src/cli/check';
import { ReportSummary, RULES, Settings } from '../../server/src/core';
import { readHtmlInput } from '../../server/src/cli/input';
import { SentencePool } from '../../server/src/cli/passes';

after(cleanupTempDirs);

const SAMPLE = fs.readFileSync(path.join(ROOT, 'samples', 'sample-2023-report.md'), 'utf8');

function batch(): string[] {
  const dir = tempDir();
  const a2022 = generateDraft({ kind: 'gov-info-2021', seed: 5, year: 2022 });
  const a2023 = generateDraft({ kind: 'gov-info-2021', seed: 5, year: 2023 });
  const copier = generateDraft({ kind: 'gov-info-2021', seed: 9, year: 2023 });
  // The sample's office, 2022 with 40 new applications, and 2023 (46) saying a wrong change, both
  // against last year's report and within one sentence.
  const s2022 = SAMPLE.replace(/2023年/g, '2022年').replace('2024年1月25日', '2023年1月20日')
    .replace(/\| 一、本年新收政府信息公开申请数量 \|[^\n]*/, '| 一、本年新收政府信息公开申请数量 | 35 | 3 | 0 | 0 | 2 | 0 | 40 |');
  const s2023 = SAMPLE.replace('全年新收政府信息公开申请46件，', '全年新收政府信息公开申请46件，同比增长20%，咨询120次，较上年100次增长30%，');
  const files: [string, string][] = [
    ['a-2022.md', a2022.text],
    ['a-2023.md', a2023.text],
    ['c-2023.md', a2023.text.split(a2023.issuer).join(copier.issuer)],
    // 2022's text as 2023's: every table figure unchanged.
    ['t-2023.md', a2022.text.replace(/2022/g, '2023')],
    ['s-2022.md', s2022],
    ['s-2023.md', s2023],
  ];
  return files.map(([name, text]) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, text);
    return p;
  });
}

function passOne(files: string[], settings: Partial<Settings> = {}): { alone: AloneOutcome[]; related: ReportSummary[] } {
  const alone = files.map((f) => checkAlone(f, settings));
  return { alone, related: alone.flatMap((a) => (a.summary ? [a.summary] : [])) };
}

test('pass two judged from pass one\'s data: the whole check\'s outcome, every across-file rule exercised', () => {
  const files = batch();
  const { alone, related } = passOne(files);
  const whole = files.map((f) => checkFile(f, {}, false, related));
  const judged = files.map((f, i) => judgeAgain(f, alone[i], {}, related));
  assert.ok(judged.every((j) => j !== undefined), 'every file judged from its data');
  assert.deepEqual(judged, whole);
  const fired = new Set(whole.flatMap((w) => w.result.diagnostics.map((d) => d.rule)));
  for (const id of ['carryover-mismatch', 'content-copied', 'content-duplicate', 'problems-repeated', 'tables-unchanged', 'yoy-change']) assert.ok(fired.has(id), id);
  // yoy-change both ways in one file: pass one's in-sentence finding kept, last year's added.
  assert.equal(whole[5].result.diagnostics.filter((d) => d.rule === 'yoy-change').length, 2);
});

test('pass two judged: the files are not read again', () => {
  const files = batch();
  const { alone, related } = passOne(files);
  const whole = files.map((f) => checkFile(f, {}, false, related));
  for (const f of files) fs.writeFileSync(f, '已改写');
  assert.deepEqual(files.map((f, i) => judgeAgain(f, alone[i], {}, related)), whole);
});

test('pass two judged: settings (a rule off, a severity changed) as the whole check applies them', () => {
  const files = batch();
  const settings: Partial<Settings> = { rules: { 'content-copied': 'off', 'carryover-mismatch': 'info', 'tables-unchanged': 'error' } };
  const { alone, related } = passOne(files, settings);
  const whole = files.map((f) => checkFile(f, settings, false, related));
  assert.deepEqual(files.map((f, i) => judgeAgain(f, alone[i], settings, related)), whole);
  assert.ok(whole.some((w) => w.result.diagnostics.some((d) => d.rule === 'tables-unchanged' && d.severity === 'error')));
  assert.ok(!whole.some((w) => w.result.diagnostics.some((d) => d.rule === 'content-copied')));
});

test('pass two judged: a file without collected data is left to the old path', () => {
  const [file] = batch();
  const first = checkAlone(file, {});
  assert.equal(judgeAgain(file, { ...first, across: undefined }, {}, []), undefined);
});

test('every across-file rule is split into collect and judge', () => {
  for (const r of RULES.filter((x) => x.acrossFiles)) assert.ok(r.across, r.id);
});

test('pass two judged: a web page\'s findings keep their place in the original (source)', () => {
  const dir = tempDir();
  const y2022 = SAMPLE.replace(/2023年/g, '2022年').replace('2024年1月25日', '2023年1月20日')
    .replace(/\| 四、结转下年度继续办理 \|[^\n]*/, '| 四、结转下年度继续办理 | 5 | 0 | 0 | 0 | 1 | 0 | 6 |');
  const md = path.join(dir, 'office-2022.md');
  fs.writeFileSync(md, y2022);
  const html = path.join(dir, 'office-2023.html');
  fs.copyFileSync(path.join(ROOT, 'test', 'fixtures', 'input', 'sample-2023-report.html'), html);
  const converted = readHtmlInput(html);
  const alone = [checkAlone(md, {}), checkAlone(html, {}, converted)];
  const related = alone.flatMap((a) => (a.summary ? [a.summary] : []));
  const whole = checkFile(html, {}, false, related, converted);
  const carried = whole.result.diagnostics.filter((d) => d.rule === 'carryover-mismatch');
  assert.ok(carried.length > 0 && carried.every((d) => d.source !== undefined));
  assert.deepEqual(judgeAgain(html, alone[1], {}, related), whole);
});

test('SentencePool: summaries keep their sentences (values and order) when shared with the batch\'s copies', () => {
  const files = batch();
  const { alone } = passOne(files);
  const before = alone.map((a) => ({ s: [...(a.summary?.sentences ?? [])], p: [...(a.summary?.problemSentences ?? [])] }));
  const pool = new SentencePool();
  for (const a of alone) assert.equal(pool.keep(a), a);
  assert.deepEqual(alone.map((a) => ({ s: a.summary?.sentences ?? [], p: a.summary?.problemSentences ?? [] })), before);
  assert.ok(before[1].s.length > 0);
});
