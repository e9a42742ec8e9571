// The batch reports (--report out.html / out.csv): the formatters in process on hand-made
// results (structure, escaping, CSV quoting), then the real CLI on the seeds, whose report
// must agree with the JSON output of the same run.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../server/src/core';
import type { FileResult } from '../../server/src/cli/output';
import { parseArgs } from '../../server/src/cli/args';
import { CSV_HEADER, csvText, formatCsvReport } from '../../server/src/cli/report-csv';
import { escapeHtml, formatHtmlReport, ruleChart } from '../../server/src/cli/report-html';
import { countByRule, reportFormatOf, summarizeFile } from '../../server/src/cli/report-model';
import { formatReport } from '../../server/src/cli/report';
import { cleanupTempDirs, JsonOutput, runCli, runJson, SEEDS, tempDir } from './helpers';

after(cleanupTempDirs);

const OPTIONS = { version: '9.9.9', rules: RULES, generatedAt: new Date(2024, 0, 25, 9, 5) };

const HOSTILE_PATH = 'drafts/区政府 "终稿", 第2版.md';
const HOSTILE_MESSAGE = '<script>alert("x")</script> & “引号”, 逗号\n第二行';

const FILES: FileResult[] = [
  {
    path: HOSTILE_PATH,
    kind: 'gov-info-2021',
    year: 2023,
    issuer: '示例区<人民政府>',
    diagnostics: [
      { rule: 'table-balance', severity: 'error', message: HOSTILE_MESSAGE, line: 41, column: 3, endLine: 41, endColumn: 9 },
      { rule: 'category-nonstandard', severity: 'warning', message: '“同意公开”不是规范的办理结果名称', line: 9, column: 34, endLine: 9, endColumn: 38 },
      { rule: 'artifact-ocr', severity: 'info', message: '=,1+1 疑似识别残留', line: 48, column: 1, endLine: 48, endColumn: 3 },
    ],
  },
  { path: 'drafts/clean.md', kind: 'rule-of-law', year: 2022, issuer: null, diagnostics: [] },
  { path: 'drafts/周报.md', kind: null, year: null, diagnostics: [] },
  { path: 'drafts/gone.txt', kind: null, year: null, diagnostics: [], error: '无法读取 (ENOENT)' },
];

/** A strict RFC 4180 reader: CRLF records, quoted fields with "" escapes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        field += c;
        i++;
      }
      continue;
    }
    if (c === '"') {
      assert.equal(field, '', `a quote inside an unquoted field at ${i}`);
      quoted = true;
      i++;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else {
      assert.ok(c !== '\r' && c !== '\n', `a bare line end outside quotes at ${i}`);
      field += c;
      i++;
    }
  }
  assert.equal(quoted, false, 'unterminated quoted field');
  assert.ok(row.length === 0 && field === '', 'the last record must end with CRLF');
  return rows;
}

/** The text of every cell of the HTML summary table, tags stripped and entities decoded. */
function summaryRows(html: string): string[][] {
  const table = /<table class="summary">([\s\S]*?)<\/table>/.exec(html);
  assert.ok(table, 'no summary table');
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(table[1])![1];
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1].matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => decode(c[1])));
}

function decode(s: string): string {
  return s.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&').trim();
}

/** Text outside <style>, where a stray tag or resource reference would matter. */
function withoutStyle(html: string): string {
  return html.replace(/<style>[\s\S]*?<\/style>/, '');
}

describe('report format by file name', () => {
  test('.html, .htm and .csv, case-insensitive; anything else is refused by args', () => {
    assert.equal(reportFormatOf('out.html'), 'html');
    assert.equal(reportFormatOf('d/out.HTM'), 'html');
    assert.equal(reportFormatOf('清单.CSV'), 'csv');
    assert.equal(reportFormatOf('out.json'), undefined);
    assert.equal(reportFormatOf('html'), undefined);
    const ok = parseArgs(['check', '--report', 'r.csv', 'a.md']);
    assert.equal(ok.command === 'check' && ok.options.report, 'r.csv');
    const eq = parseArgs(['check', '--report=r.html', 'a.md']);
    assert.equal(eq.command === 'check' && eq.options.report, 'r.html');
    const bad = parseArgs(['check', '--report', 'r.pdf', 'a.md']);
    assert.equal(bad.command, 'usage-error');
    assert.match(bad.command === 'usage-error' ? bad.message : '', /\.html 或 \.csv/);
    assert.equal(parseArgs(['check', '--report', 'a.html', '--report', 'b.html', 'x.md']).command, 'usage-error');
    assert.equal(parseArgs(['check', '--report']).command, 'usage-error');
    const none = parseArgs(['check', 'a.md']);
    assert.ok(none.command === 'check' && !('report' in none.options), 'no report key unless given');
  });

  test('formatReport dispatches on the extension', () => {
    assert.ok(formatReport('x.csv', FILES, OPTIONS).startsWith('\ufeff文件,'));
    assert.ok(formatReport('x.html', FILES, OPTIONS).startsWith('<!DOCTYPE html>'));
  });
});

describe('report model', () => {
  test('verdicts: pass without errors, fail with one, unreadable, not a report', () => {
    assert.deepEqual(FILES.map((f) => summarizeFile(f).verdict), ['fail', 'pass', 'not-report', 'unreadable']);
    assert.deepEqual(summarizeFile(FILES[0]).counts, { error: 1, warning: 1, info: 1, hint: 0 });
  });

  test('findings by rule: most frequent first, registry order among equals', () => {
    const files: FileResult[] = [
      { path: 'a.md', kind: 'gov-info-2021', year: 2023, diagnostics: [
        { rule: 'text-sum', severity: 'warning', message: 'm', line: 1, column: 1, endLine: 1, endColumn: 2 },
        { rule: 'section-missing', severity: 'error', message: 'm', line: 1, column: 1, endLine: 1, endColumn: 2 },
        { rule: 'text-sum', severity: 'info', message: 'm', line: 2, column: 1, endLine: 2, endColumn: 2 },
        { rule: 'table-balance', severity: 'error', message: 'm', line: 3, column: 1, endLine: 3, endColumn: 2 },
      ] },
    ];
    const counts = countByRule(files, RULES);
    assert.deepEqual(counts.map((c) => [c.rule, c.total]), [['text-sum', 2], ['section-missing', 1], ['table-balance', 1]]);
    assert.deepEqual(counts[0].counts, { error: 0, warning: 1, info: 1, hint: 0 });
    assert.equal(counts[1].title, '缺少法定章节');
  });
});

describe('HTML report', () => {
  const html = formatHtmlReport(FILES, OPTIONS);

  test('a complete, self-contained Chinese page', () => {
    assert.ok(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">'));
    assert.match(html, /<meta charset="utf-8">/);
    assert.match(html, /<title>年度报告检查结果<\/title>/);
    assert.equal((html.match(/<style>/g) ?? []).length, 1, 'one inline style sheet');
    assert.equal((html.match(/<svg /g) ?? []).length, 1, 'one inline chart');
    // Nothing is loaded: no scripts, links, images, frames, fonts or URLs of any kind.
    assert.doesNotMatch(html, /<script|<link|<img|<iframe|<object|<embed|@import|url\(|src=|https?:|\/\/[a-z]/i);
    assert.match(html, /生成时间 2024-01-25 09:05/);
    assert.match(html, /GovReport 9\.9\.9/);
    assert.ok(html.endsWith('</html>\n'));
  });

  test('one summary row per report, with issuer, kind, year, counts and verdict', () => {
    assert.deepEqual(summaryRows(html), [
      ['1', HOSTILE_PATH, '示例区<人民政府>', '政府信息公开年报（2021 年格式）', '2023', '1', '1', '1', '未通过'],
      ['2', 'drafts/clean.md', '（未识别）', '法治政府建设年报', '2022', '0', '0', '0', '通过'],
    ]);
    assert.match(html, /<b>2<\/b><span>份年度报告<\/span>/);
    assert.match(html, /<b>1<\/b><span>份通过<\/span>/);
    assert.match(html, /<b>1<\/b><span>份未通过<\/span>/);
  });

  test('findings with line and column, grouped per report; other files listed apart', () => {
    const details = /<h2>各报告问题明细<\/h2>([\s\S]*?)<\/section>/.exec(html)![1];
    const rows = [...details.matchAll(/<tr>(<td[\s\S]*?)<\/tr>/g)].map((r) => [...r[1].matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => decode(c[1])));
    assert.deepEqual(rows.map((r) => r.slice(0, 3)), [['41', '3', '错误'], ['9', '34', '警告'], ['48', '1', '信息']]);
    assert.equal(rows[0][3], '申请数量不平衡table-balance');
    assert.equal(rows[0][4], HOSTILE_MESSAGE);
    assert.match(details, /未发现问题/);
    const others = /<h2>未检查的文件<\/h2>([\s\S]*?)<\/section>/.exec(html)![1];
    assert.match(others, /drafts\/周报\.md[\s\S]*非年度报告/);
    assert.match(others, /drafts\/gone\.txt[\s\S]*无法读取[\s\S]*ENOENT/);
  });

  test('everything from drafts and paths is escaped', () => {
    assert.ok(!html.includes('<script>'));
    assert.ok(html.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; “引号”, 逗号\n第二行'));
    assert.ok(html.includes('drafts/区政府 &quot;终稿&quot;, 第2版.md'));
    assert.ok(html.includes('示例区&lt;人民政府&gt;'));
    assert.ok(!withoutStyle(html).includes('"终稿"'), 'no raw quote from a path inside the markup');
    assert.equal(escapeHtml(`<a href="x" title='y'>&amp;</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  test('the chart has a labelled bar per rule and a segment per severity', () => {
    const svg = /<svg [\s\S]*?<\/svg>/.exec(html)![0];
    assert.match(svg, /role="img"/);
    assert.match(svg, /aria-label="问题按规则分布：申请数量不平衡 1，办理结果名称不规范 1，/);
    assert.equal((svg.match(/<rect /g) ?? []).length, 3);
    for (const id of ['table-balance', 'category-nonstandard', 'artifact-ocr']) assert.ok(svg.includes(`>${id}</text>`), id);
    assert.equal(ruleChart([]), '<p>没有发现任何问题。</p>');
  });

  test('no files at all still makes a valid page', () => {
    const empty = formatHtmlReport([], OPTIONS);
    assert.match(empty, /没有找到年度报告/);
    assert.match(empty, /没有发现任何问题/);
    assert.ok(empty.endsWith('</html>\n'));
  });
});

describe('CSV report', () => {
  const csv = formatCsvReport(FILES, OPTIONS);

  test('UTF-8 BOM, CRLF only, RFC 4180 records with the documented columns', () => {
    assert.ok(csv.startsWith('\ufeff'));
    assert.doesNotMatch(csv.replace(/\r\n/g, ''), /[\r\n]/, 'every line end is CRLF');
    const rows = parseCsv(csv.slice(1));
    assert.deepEqual(rows[0], [...CSV_HEADER]);
    assert.deepEqual(rows[0], ['文件', '发布机关', '报告类型', '年度', '行', '列', '级别', '规则', '问题说明']);
    for (const r of rows) assert.equal(r.length, 9);
    // 3 findings + 1 unreadable file; reports without findings and non-reports add no rows.
    assert.equal(rows.length, 1 + 4);
  });

  test('fields survive quoting: quotes, commas, line breaks, formula-like text', () => {
    const rows = parseCsv(csv.slice(1));
    assert.deepEqual(rows[1], [HOSTILE_PATH, '示例区<人民政府>', '政府信息公开年报（2021 年格式）', '2023', '41', '3', '错误', '申请数量不平衡（table-balance）', HOSTILE_MESSAGE.replace('\n', '\r\n')]);
    assert.ok(csv.includes('"drafts/区政府 ""终稿"", 第2版.md"'));
    assert.deepEqual(rows[2].slice(4), ['9', '34', '警告', '办理结果名称不规范（category-nonstandard）', '“同意公开”不是规范的办理结果名称']);
    assert.equal(rows[3][8], "'=,1+1 疑似识别残留", 'a leading = would run as a formula in Excel');
    assert.deepEqual(rows[4], ['drafts/gone.txt', '', '', '', '', '', '无法读取', '', '无法读取 (ENOENT)']);
    assert.equal(csvText('plain'), 'plain');
    assert.equal(csvText('a,b'), '"a,b"');
    assert.equal(csvText('-1'), "'-1");
    assert.equal(csvText('@x'), "'@x");
    assert.equal(csvText('+8613800000000'), "'+8613800000000");
  });

  test('no findings: only the header', () => {
    assert.equal(formatCsvReport([FILES[1]], OPTIONS), '\ufeff文件,发布机关,报告类型,年度,行,列,级别,规则,问题说明\r\n');
  });
});

describe('govreport check --report on the seeds', () => {
  let plain: { status: number | null; json: JsonOutput; stdout: string };
  let dir: string;

  before(() => {
    const r = runJson([SEEDS]);
    plain = { status: r.run.status, json: r.json, stdout: r.run.stdout };
    dir = tempDir();
  });

  test('HTML: stdout and exit status unchanged, counts match the JSON output', () => {
    const out = path.join(dir, 'seeds.html');
    const r = runCli(['check', '--format', 'json', '--report', out, SEEDS]);
    assert.equal(r.status, plain.status);
    assert.equal(r.stdout, plain.stdout, 'the report is written in addition to stdout, which stays as it was');
    assert.match(r.stderr, /检查报告已写入/);
    const html = fs.readFileSync(out, 'utf8');
    const reports = plain.json.files.filter((f) => f.kind !== null);
    const rows = summaryRows(html);
    assert.equal(rows.length, reports.length);
    for (const [k, f] of reports.entries()) {
      const count = (s: string) => f.diagnostics.filter((d) => d.severity === s).length;
      const row = rows[k];
      assert.equal(row[1], f.path);
      assert.equal(row[4], String(f.year));
      assert.deepEqual(row.slice(5, 8), [String(count('error')), String(count('warning')), String(count('info') + count('hint'))], f.path);
      assert.equal(row[8], count('error') > 0 ? '未通过' : '通过');
    }
    // Every finding appears once in the details, and the chart adds up to the same total.
    const total = plain.json.files.reduce((n, f) => n + f.diagnostics.length, 0);
    const details = /<h2>各报告问题明细<\/h2>([\s\S]*?)<\/section>/.exec(html)![1];
    assert.equal((details.match(/<tr><td/g) ?? []).length, total);
    const svgTotal = [...html.matchAll(/font-size="13" fill="#1f2328">(\d+)<\/text>/g)].reduce((n, m) => n + Number(m[1]), 0);
    assert.equal(svgTotal, total);
    // The seeds folder's README.md is not a report: listed apart, not in the table.
    assert.match(/<h2>未检查的文件<\/h2>[\s\S]*/.exec(html)![0], /README\.md/);
    // Issuers come from the core (seed 000 names its issuer in the title).
    assert.ok(html.includes('广州市荔湾区政务服务数据管理局'));
  });

  test('CSV: one row per finding of the JSON output, same rules and positions', () => {
    const out = path.join(dir, '问题清单.csv');
    const r = runCli(['check', '--report', out, SEEDS]);
    assert.equal(r.status, plain.status);
    const bytes = fs.readFileSync(out);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8').slice(1)).slice(1);
    const expected = plain.json.files.flatMap((f) => f.diagnostics.map((d) => [f.path, String(d.line), String(d.column), d.rule]));
    assert.deepEqual(rows.map((row) => [row[0], row[4], row[5], /（([a-z-]+)）$/.exec(row[7])?.[1]]), expected);
  });

  test('JSON keeps its documented keys with --report (no issuer)', () => {
    const out = path.join(dir, 'keys.html');
    const r = runCli(['check', '--format', 'json', '--report', out, SEEDS]);
    const json = JSON.parse(r.stdout) as JsonOutput;
    for (const f of json.files) assert.deepEqual(Object.keys(f), ['path', 'kind', 'year', 'diagnostics', ...(f.kind === null ? ['reason'] : [])]);
  });

  test('a report that cannot be written: exit 2, normal output still printed', () => {
    const out = path.join(dir, 'no-such-folder', 'r.html');
    const r = runCli(['check', '--report', out, SEEDS]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /无法写入检查报告/);
    assert.match(r.stdout, /^检查 \d+ 个文件/m);
    assert.ok(!fs.existsSync(out));
  });

  test('an unsupported report extension is a usage error', () => {
    const r = runCli(['check', '--report', path.join(dir, 'r.xlsx'), SEEDS]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--report/);
    assert.equal(r.stdout, '');
  });
});
