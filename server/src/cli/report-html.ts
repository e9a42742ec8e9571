// `--report out.html`: one self-contained page for supervisors who review many drafts: a row
// per draft (issuer, kind, year, errors, warnings, pass/fail), a bar chart of the findings by
// rule, and each draft's findings with line numbers. Inline CSS and an inline SVG only: the
// page loads nothing, so it can be mailed, archived or opened offline. Every piece of text that
// comes from a draft, a path or a rule goes through escapeHtml().
import { inputTypeOf } from './input';
import { describeSource } from './input/html-to-draft';
import type { FileResult } from './output';
import {
  countByRule, FileSummary, fileTypeZh, formatTimestamp, kindZh, ReportOptions, RuleCount, SEVERITIES, SEVERITY_ZH, summarizeFile, VERDICT_ZH,
} from './report-model';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attribute values alike. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

const SEVERITY_COLOR = { error: '#c62828', warning: '#e08a00', info: '#1e66b0', hint: '#7a828c' } as const;

const CSS = `
:root { --red: #b3261e; --ink: #1f2328; --muted: #5f6670; --line: #d9dde3; --bg: #f6f7f9; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--ink); font: 14px/1.6 "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "WenQuanYi Micro Hei", sans-serif; }
header { background: var(--red); color: #fff; padding: 20px 32px 16px; }
header h1 { margin: 0; font-size: 22px; font-weight: 700; letter-spacing: 1px; }
header p { margin: 4px 0 0; opacity: .9; font-size: 13px; }
main { max-width: 1180px; margin: 0 auto; padding: 8px 32px 32px; }
section { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 16px 20px; margin: 16px 0; }
h2 { font-size: 17px; margin: 0 0 12px; padding-left: 10px; border-left: 4px solid var(--red); }
h3 { font-size: 15px; margin: 18px 0 4px; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; background: none; border: 0; padding: 0; }
.card { flex: 1 1 120px; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; }
.card b { display: block; font-size: 26px; line-height: 1.2; }
.card span { color: var(--muted); font-size: 13px; }
.card.fail b, .n-error { color: ${SEVERITY_COLOR.error}; }
.card.pass b { color: #2e7d32; }
.n-warning { color: #a35f00; }
table { width: 100%; border-collapse: collapse; font-size: 13px; }
th, td { border-bottom: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
th { background: #f0f2f5; font-weight: 600; white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.path { word-break: break-all; }
td.msg { white-space: pre-wrap; }
tr:hover td { background: #fafbfc; }
.badge { display: inline-block; padding: 0 8px; border-radius: 10px; font-size: 12px; white-space: nowrap; color: #fff; }
.v-pass { background: #2e7d32; } .v-fail { background: ${SEVERITY_COLOR.error}; }
.v-unreadable { background: #6d4c41; } .v-not-report { background: #9aa0a6; }
.s-error { background: ${SEVERITY_COLOR.error}; } .s-warning { background: ${SEVERITY_COLOR.warning}; }
.s-info { background: ${SEVERITY_COLOR.info}; } .s-hint { background: ${SEVERITY_COLOR.hint}; }
code { font-family: "Cascadia Mono", Consolas, "DejaVu Sans Mono", monospace; font-size: 12px; color: var(--muted); white-space: nowrap; }
table.findings, table.others { table-layout: fixed; }
col.c-num { width: 58px; } col.c-sev { width: 66px; } col.c-rule { width: 230px; } col.c-path { width: 42%; }
.legend { display: flex; gap: 16px; font-size: 12px; color: var(--muted); margin-bottom: 6px; }
.legend i { display: inline-block; width: 10px; height: 10px; margin-right: 4px; border-radius: 2px; }
.chart { width: 100%; height: auto; display: block; }
.chart text { font-family: inherit; }
.meta { color: var(--muted); font-size: 13px; margin: 0 0 6px; }
.note { color: var(--muted); font-size: 12px; margin: 8px 0 0; }
a { color: #0b57d0; text-decoration: none; } a:hover { text-decoration: underline; }
footer { color: var(--muted); font-size: 12px; text-align: center; padding: 0 0 24px; }
@media print { body { background: #fff; } section { border: 0; padding: 0; } header { color: #000; background: none; border-bottom: 3px solid var(--red); } tr { break-inside: avoid; } }
`;

function badge(cls: string, text: string): string {
  return `<span class="badge ${cls}">${escapeHtml(text)}</span>`;
}

function num(n: number, severity?: string): string {
  return `<td class="num${n > 0 && severity ? ` n-${severity}` : ''}">${n}</td>`;
}

function anchor(i: number): string {
  return `f${i + 1}`;
}

/** A report as listed: its summary, its index among all files (the anchor) and its number in the list. */
interface Listed {
  s: FileSummary;
  i: number;
  no: number;
}

/** The file's type beside its name, for a Word or web file (text drafts are the default, unmarked). */
function typeTag(file: string): string {
  return inputTypeOf(file) === 'text' ? '' : ` <span class="ftype">（${escapeHtml(fileTypeZh(file))}）</span>`;
}

function summaryTable(reports: readonly Listed[]): string {
  const rows = reports.map(({ s, i, no }) => {
    const f = s.file;
    return '<tr>' +
      `<td class="num">${no}</td>` +
      `<td class="path"><a href="#${anchor(i)}">${escapeHtml(f.path)}</a>${typeTag(f.path)}</td>` +
      `<td>${escapeHtml(f.issuer ?? '（未识别）')}</td>` +
      `<td>${escapeHtml(kindZh(f.kind))}</td>` +
      `<td class="num">${f.year ?? '—'}</td>` +
      num(s.counts.error, 'error') + num(s.counts.warning, 'warning') + num(s.counts.info + s.counts.hint) +
      `<td>${badge(`v-${s.verdict}`, VERDICT_ZH[s.verdict])}</td>` +
      '</tr>';
  });
  return '<table class="summary"><thead><tr><th class="num">序号</th><th>文件</th><th>发布机关</th><th>报告类型</th><th class="num">年度</th>' +
    '<th class="num">错误</th><th class="num">警告</th><th class="num">信息/提示</th><th>结论</th></tr></thead>' +
    `<tbody>${rows.join('\n')}</tbody></table>`;
}

/** Horizontal stacked bars, one per rule, in an inline SVG sized by its viewBox. */
export function ruleChart(counts: readonly RuleCount[]): string {
  if (counts.length === 0) return '<p>没有发现任何问题。</p>';
  const width = 900;
  const labelWidth = 290;
  const countWidth = 48;
  const barMax = width - labelWidth - countWidth - 10;
  const rowHeight = 38;
  const top = 6;
  const height = top + rowHeight * counts.length + 4;
  const max = Math.max(...counts.map((c) => c.total));
  const parts: string[] = [];
  counts.forEach((c, k) => {
    const y = top + k * rowHeight;
    const tip = `${c.rule} ${c.title}：` + SEVERITIES.filter((s) => c.counts[s] > 0).map((s) => `${SEVERITY_ZH[s]} ${c.counts[s]}`).join('，');
    parts.push(`<g><title>${escapeHtml(tip)}</title>`);
    parts.push(`<text x="${labelWidth - 12}" y="${y + 16}" text-anchor="end" font-size="14" fill="#1f2328">${escapeHtml(c.title)}</text>`);
    parts.push(`<text x="${labelWidth - 12}" y="${y + 31}" text-anchor="end" font-size="11" fill="#5f6670">${escapeHtml(c.rule)}</text>`);
    let x = labelWidth;
    for (const s of SEVERITIES) {
      const n = c.counts[s];
      if (n === 0) continue;
      // At least 3 units wide, so that a single finding among hundreds stays visible.
      const w = Math.max(3, (n / max) * barMax);
      parts.push(`<rect x="${x.toFixed(1)}" y="${y + 7}" width="${w.toFixed(1)}" height="22" rx="2" fill="${SEVERITY_COLOR[s]}"/>`);
      x += w;
    }
    parts.push(`<text x="${(x + 8).toFixed(1)}" y="${y + 23}" font-size="13" fill="#1f2328">${c.total}</text></g>`);
  });
  const label = `问题按规则分布：${counts.map((c) => `${c.title} ${c.total}`).join('，')}`;
  const legend = '<div class="legend">' +
    SEVERITIES.map((s) => `<span><i style="background:${SEVERITY_COLOR[s]}"></i>${SEVERITY_ZH[s]}</span>`).join('') + '</div>';
  return legend +
    `<svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(label)}">` +
    `<line x1="${labelWidth}" y1="0" x2="${labelWidth}" y2="${height}" stroke="#c4c9d0"/>` +
    parts.join('') + '</svg>';
}

function findingsOf({ s, i, no }: Listed, titles: ReadonlyMap<string, string>): string {
  const f = s.file;
  const facts = [
    ...(inputTypeOf(f.path) === 'text' ? [] : [`文件类型：${fileTypeZh(f.path)}`]),
    `发布机关：${f.issuer ?? '（未识别）'}`,
    `报告类型：${kindZh(f.kind)}`,
    `年度：${f.year ?? '（未识别）'}`,
    `错误 ${s.counts.error}，警告 ${s.counts.warning}，信息/提示 ${s.counts.info + s.counts.hint}`,
  ];
  let body: string;
  if (f.diagnostics.length === 0) {
    body = '<p>未发现问题。</p>';
  } else {
    const rows = f.diagnostics.map((d) => {
      const title = titles.get(d.rule);
      return '<tr>' +
        `<td class="num">${d.line}</td><td class="num">${d.column}</td>` +
        `<td>${badge(`s-${d.severity}`, SEVERITY_ZH[d.severity] ?? d.severity)}</td>` +
        `<td>${title ? `${escapeHtml(title)}<br>` : ''}<code>${escapeHtml(d.rule)}</code></td>` +
        `<td class="msg">${d.source ? `<span class="src">［${escapeHtml(describeSource(d.source))}］</span>` : ''}${escapeHtml(d.message)}</td>` +
        '</tr>';
    });
    body = '<table class="findings"><colgroup><col class="c-num"><col class="c-num"><col class="c-sev"><col class="c-rule"><col></colgroup><thead><tr><th class="num">行</th><th class="num">列</th><th>级别</th><th>规则</th><th>问题说明</th></tr></thead>' +
      `<tbody>${rows.join('\n')}</tbody></table>`;
  }
  return `<article id="${anchor(i)}"><h3>${no}. ${escapeHtml(f.path)} ${badge(`v-${s.verdict}`, VERDICT_ZH[s.verdict])}</h3>` +
    `<p class="meta">${facts.map(escapeHtml).join(' · ')}</p>${body}</article>`;
}

/** Reports flagged by content-copied (prose repeating another issuer's report), one row each. */
export function copiedPairs(files: readonly FileResult[]): { path: string; message: string }[] {
  return files.flatMap((f) => f.diagnostics.filter((d) => d.rule === 'content-copied').map((d) => ({ path: f.path, message: d.message })));
}

export function formatHtmlReport(files: readonly FileResult[], options: ReportOptions): string {
  const summaries = files.map(summarizeFile);
  const isReport = (s: FileSummary) => s.verdict === 'pass' || s.verdict === 'fail';
  const number = (list: { s: FileSummary; i: number }[]): Listed[] => list.map((x, k) => ({ ...x, no: k + 1 }));
  const numbered = summaries.map((s, i) => ({ s, i }));
  const reports = number(numbered.filter(({ s }) => isReport(s)));
  const others = number(numbered.filter(({ s }) => !isReport(s)));
  const total = (sev: 'error' | 'warning' | 'info' | 'hint') => summaries.reduce((n, s) => n + s.counts[sev], 0);
  const passed = reports.filter(({ s }) => s.verdict === 'pass').length;
  const titles = new Map(options.rules.map((r) => [r.id, r.title.zh]));
  const when = formatTimestamp(options.generatedAt);

  const cards = [
    ['', reports.length, '份年度报告'],
    ['pass', passed, '份通过'],
    ['fail', reports.length - passed, '份未通过'],
    ['', total('error'), '个错误'],
    ['', total('warning'), '个警告'],
    ['', total('info') + total('hint'), '个信息/提示'],
  ] as const;

  const html = [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>年度报告检查结果</title>',
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<header><h1>年度报告检查结果</h1>',
    `<p>共检查 ${files.length} 个文件，其中年度报告 ${reports.length} 份 · 生成时间 ${escapeHtml(when)} · GovReport ${escapeHtml(options.version)}</p></header>`,
    '<main>',
    `<section class="cards">${cards.map(([cls, n, label]) => `<div class="card${cls ? ` ${cls}` : ''}"><b>${n}</b><span>${label}</span></div>`).join('')}</section>`,
    '<section><h2>各报告检查结论</h2>',
    reports.length ? summaryTable(reports) : '<p>没有找到年度报告。</p>',
    '<p class="note">结论：没有错误级问题即为“通过”；警告、信息和提示需要人工核实，不影响结论。点击文件名查看问题明细。</p>',
    '</section>',
    '<section><h2>问题按规则分布</h2>',
    ruleChart(countByRule(files, options.rules)),
    '</section>',
    '<section><h2>各报告问题明细</h2>',
    reports.length ? reports.map((r) => findingsOf(r, titles)).join('\n') : '<p>没有找到年度报告。</p>',
    '</section>',
  ];
  const pairs = copiedPairs(files);
  if (pairs.length) {
    html.push(
      '<section><h2>不同单位报告正文雷同</h2>',
      '<table class="pairs"><thead><tr><th class="num">序号</th><th>报告</th><th>雷同情况</th></tr></thead><tbody>',
      ...pairs.map((p, k) => `<tr><td class="num">${k + 1}</td><td class="path">${escapeHtml(p.path)}</td><td class="msg">${escapeHtml(p.message)}</td></tr>`),
      '</tbody></table>',
      '<p class="note">正文大部分句子（不计数字和模板通用句）与同一批检查中另一单位同一年度的报告相同，请核实是否照搬。</p>',
      '</section>',
    );
  }
  if (others.length) {
    html.push(
      '<section><h2>未检查的文件</h2>',
      '<table class="others"><colgroup><col class="c-num"><col class="c-path"><col></colgroup><thead><tr><th class="num">序号</th><th>文件</th><th>情况</th></tr></thead><tbody>',
      ...others.map(({ s, i, no }) => `<tr id="${anchor(i)}"><td class="num">${no}</td><td class="path">${escapeHtml(s.file.path)}${typeTag(s.file.path)}</td>` +
        `<td>${badge(`v-${s.verdict}`, VERDICT_ZH[s.verdict])} ${escapeHtml(s.file.error ?? '不是政府信息公开或法治政府建设年度报告，未做检查')}</td></tr>`),
      '</tbody></table>',
      '</section>',
    );
  }
  html.push(
    '</main>',
    `<footer>由 GovReport ${escapeHtml(options.version)} 生成。规则说明见扩展或代码仓库中的 docs/rules/ 目录。</footer>`,
    '</body>',
    '</html>',
    '',
  );
  return html.join('\n');
}
