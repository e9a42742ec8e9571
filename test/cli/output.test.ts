// Unit tests of the text, JSON and SARIF formatters: pure data in, strings out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RuleInfo } from '../../server/src/core';
import { artifactUri, FileResult, formatJson, formatSarif, formatText, sarifLevel, summarize } from '../../server/src/cli/output';

const files: FileResult[] = [
  {
    path: 'drafts/2022.md',
    kind: 'gov-info-2021',
    year: 2022,
    diagnostics: [
      { rule: 'table-balance', severity: 'error', message: '第3列不平衡', line: 41, column: 3, endLine: 41, endColumn: 9 },
      { rule: 'heading-nonstandard', severity: 'info', message: '标题\n与模板不同', line: 50, column: 1, endLine: 50, endColumn: 12 },
    ],
  },
  { path: 'notes/week.md', kind: null, year: null, diagnostics: [], reason: '没有报告标题，法定章节标题少于两个' },
  { path: 'missing.md', kind: null, year: null, diagnostics: [], error: '文件或目录不存在 (no such file or directory)' },
];

const rules: RuleInfo[] = [
  {
    id: 'table-balance',
    formats: { family: 'gov-info', since: 2019 },
    defaultSeverity: 'error',
    title: { zh: '表格勾稽关系', en: 'Table balance' },
    description: { zh: '本年新收加上年结转应等于办理结果总计加结转下年度。', en: 'Received plus carried over equals handled plus carried forward.' },
    basis: '国办公开办函〔2021〕30号',
  },
  {
    id: 'heading-nonstandard',
    formats: 'all',
    defaultSeverity: 'hint',
    title: { zh: '标题不规范', en: 'Non-standard heading' },
    description: { zh: '标题应与模板一致。', en: 'Headings follow the template.' },
    basis: '国办公开办函〔2021〕30号',
  },
];

test('text: one finding a line, then the Chinese summary', () => {
  const out = formatText(files);
  const lines = out.trimEnd().split('\n');
  assert.deepEqual(lines, [
    'drafts/2022.md:41:3  error  table-balance  第3列不平衡',
    'drafts/2022.md:50:1  info  heading-nonstandard  标题 与模板不同',
    'notes/week.md  未检查：不是年度报告（没有报告标题，法定章节标题少于两个） (not checked: not an annual report)',
    '检查 3 个文件：1 个报告，1 个不是报告（未检查），1 个无法读取；1 个错误，0 个警告，1 个信息，0 个提示',
  ]);
  assert.ok(out.endsWith('\n'));
});

test('text: the summary counts fixes when --fix was given', () => {
  assert.match(formatText([], 0), /^检查 0 个文件：0 个报告；0 个错误，0 个警告，0 个信息，0 个提示；已修复 0 处\n$/);
});

test('summarize counts reports, unreadable files and severities', () => {
  assert.deepEqual(summarize(files), { files: 3, reports: 1, skipped: 1, unreadable: 1, unmatched: 0, counts: { error: 1, warning: 0, info: 1, hint: 0 } });
});

test('json: exactly the documented keys, error only on unreadable files', () => {
  const json = JSON.parse(formatJson(files));
  assert.equal(json.version, 1);
  assert.deepEqual(Object.keys(json), ['version', 'files']);
  assert.deepEqual(Object.keys(json.files[0]), ['path', 'kind', 'year', 'diagnostics']);
  assert.deepEqual(Object.keys(json.files[0].diagnostics[0]), ['rule', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn']);
  assert.deepEqual(json.files[0].diagnostics[0], files[0].diagnostics[0]);
  assert.equal(json.files[0].diagnostics[1].message, '标题\n与模板不同', 'JSON keeps the message as is');
  assert.deepEqual(json.files[1], { path: 'notes/week.md', kind: null, year: null, diagnostics: [], reason: files[1].reason });
  assert.deepEqual(json.files[2], { path: 'missing.md', kind: null, year: null, diagnostics: [], error: files[2].error });
});

test('sarif: 2.1.0, one run, rules with help URIs, results with regions', () => {
  const log = JSON.parse(formatSarif(files, { rules, helpUri: (id) => `https://example.test/docs/rules/${id}.md`, version: '9.9.9' }));
  assert.equal(log.version, '2.1.0');
  assert.equal(log.runs.length, 1);
  const run = log.runs[0];
  assert.equal(run.tool.driver.name, 'govreport');
  assert.equal(run.tool.driver.version, '9.9.9');
  assert.deepEqual(
    run.tool.driver.rules.map((r: { id: string }) => r.id),
    ['table-balance', 'heading-nonstandard'],
  );
  const r0 = run.tool.driver.rules[0];
  assert.equal(r0.shortDescription.text, '表格勾稽关系');
  assert.equal(r0.fullDescription.text, rules[0].description.zh);
  assert.equal(r0.helpUri, 'https://example.test/docs/rules/table-balance.md');
  assert.equal(r0.defaultConfiguration.level, 'error');
  assert.equal(run.tool.driver.rules[1].defaultConfiguration.level, 'note');
  assert.equal(run.results.length, 2);
  const res = run.results[0];
  assert.equal(res.ruleId, 'table-balance');
  assert.equal(res.ruleIndex, 0);
  assert.equal(res.level, 'error');
  assert.equal(res.message.text, '第3列不平衡');
  assert.deepEqual(res.locations[0].physicalLocation, {
    artifactLocation: { uri: 'drafts/2022.md' },
    region: { startLine: 41, startColumn: 3, endLine: 41, endColumn: 9 },
  });
  assert.equal(run.results[1].level, 'note');
  assert.equal(run.invocations[0].executionSuccessful, false);
  assert.equal(run.invocations[0].toolExecutionNotifications[0].locations[0].physicalLocation.artifactLocation.uri, 'missing.md');
});

test('sarif levels: info and hint become note', () => {
  assert.deepEqual(
    (['error', 'warning', 'info', 'hint'] as const).map(sarifLevel),
    ['error', 'warning', 'note', 'note'],
  );
});

test('artifact URIs use forward slashes and percent-encode each segment', () => {
  assert.equal(artifactUri('drafts\\2022 年报.md'), 'drafts/2022%20%E5%B9%B4%E6%8A%A5.md');
  assert.equal(artifactUri('a/b#c.md'), 'a/b%23c.md');
  assert.match(artifactUri('/tmp/x.md'), /^file:\/\/\/tmp\/x\.md$/);
});
