// Writes docs/rules/<id>.md, docs/rules/README.md and the rule table of README.md from the rule
// registry, so the pages every diagnostic links to always match the rules.
// test/core/docs.test.ts and test/package-docs.test.ts fail when they are stale.
// Usage: npm run docs
//
// A page has: what the rule checks, why (its basis), a wrong and a right example, how to fix,
// the settings, and the English description. The description is split into those parts by
// sentence: 错误示例/正确示例 sentences become the examples, sentences about (quick-)fixes the
// fix section, 依据 sentences the basis; rule.examples (draft excerpts) are shown as code.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES, ruleKinds } from '../server/src/core';
import type { Rule } from '../server/src/core';

const KIND_NAMES: Record<string, string> = {
  'gov-info-2021': '政府信息公开工作年度报告 · 2021 年格式',
  'gov-info-2019': '政府信息公开工作年度报告 · 2019 年格式',
  'gov-info-2008': '政府信息公开工作年度报告 · 2008 年条例',
  'rule-of-law': '法治政府建设年度报告',
};
const KIND_SHORT: Record<string, string> = {
  'gov-info-2021': '2021 格式',
  'gov-info-2019': '2019 格式',
  'gov-info-2008': '2008 条例',
  'rule-of-law': '法治政府',
};
const SEVERITY: Record<string, string> = { error: '错误 error', warning: '警告 warning', info: '信息 info', hint: '提示 hint' };
const SEVERITY_SHORT: Record<string, string> = { error: '错误', warning: '警告', info: '信息', hint: '提示' };

/** The rule groups of the index and the README, in the order of /work/shared/spec/rules.md. */
export const RULE_GROUPS: readonly { title: string; ids: readonly string[] }[] = [
  { title: '结构', ids: ['kind-unsettled', 'directive-unknown', 'directive-unused', 'section-missing', 'section-empty', 'section-order', 'section-duplicate', 'heading-nonstandard', 'title-nonstandard', 'issuer-mismatch', 'heading-sequence', 'intro-parts', 'intro-repeated', 'format-outdated'] },
  { title: '表格与勾稽关系', ids: ['table-empty', 'table-shape', 'table-unreadable', 'table-row-missing', 'table-row-unknown', 'table-header-nonstandard', 'table-cell-invalid', 'table-balance', 'table-subtotal', 'table-row-total', 'review-total', 'statistics-sum', 'table-unit', 'table-active-plausible'] },
  { title: '办理结果名称', ids: ['category-nonstandard', 'category-misfiled'] },
  { title: '正文、数字与日期', ids: ['text-table-mismatch', 'text-sum', 'text-disposition-sum', 'text-balance', 'text-list', 'text-rate', 'text-share', 'text-cumulative', 'text-claim', 'year-mismatch', 'date-order', 'date-deadline', 'date-malformed', 'citation-outdated', 'docnum-malformed', 'report-letter', 'content-fee', 'content-rectification', 'content-expected'] },
  { title: '校对：模板残留、乱码、重复与用词', ids: ['text-placeholder', 'text-damaged', 'text-doubled', 'text-enumeration', 'text-punctuation', 'text-wording', 'contact-malformed', 'abbreviation-repeated', 'abbreviation-mismatch'] },
  { title: '网页、识别与繁体残留', ids: ['artifact-web', 'artifact-spam', 'artifact-conversion', 'artifact-ocr', 'script-traditional'] },
  { title: '跨文件（上一年度报告、同年度其他单位的报告）', ids: ['carryover-mismatch', 'content-duplicate', 'active-chain', 'tables-unchanged', 'problems-repeated', 'yoy-change', 'content-copied'] },
];

/** The rules by group; throws when the registry and RULE_GROUPS disagree, so a new rule is never left out. */
export function groupedRules(rules: readonly Rule[] = RULES): { title: string; rules: Rule[] }[] {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const seen = new Set<string>();
  const groups = RULE_GROUPS.map((g) => ({
    title: g.title,
    rules: g.ids.map((id) => {
      const r = byId.get(id);
      if (!r) throw new Error(`gen-rule-docs: RULE_GROUPS names an unknown rule ${id}`);
      seen.add(id);
      return r;
    }),
  }));
  const missing = rules.filter((r) => !seen.has(r.id)).map((r) => r.id);
  if (missing.length) throw new Error(`gen-rule-docs: add ${missing.join(', ')} to RULE_GROUPS`);
  return groups;
}

const OPEN = '“‘（(《「『【〔';
const CLOSE = '”’）)》」』】〕';

/**
 * Splits one paragraph into sentences at 。 outside quotes and brackets. A quotation that
 * itself ends a sentence (…收取信息处理费0元。”已在…) ends one too, unless the text goes on
 * with 或/、/，/（ (“A。”或“B。”).
 */
export function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < paragraph.length; i++) {
    const ch = paragraph[i];
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    let end = -1;
    if (ch === '。' && depth === 0) end = i + 1;
    else if (ch === '”' && depth === 0 && paragraph[i - 1] === '。' && i + 1 < paragraph.length && !'或、，,；;（(“。'.includes(paragraph[i + 1])) end = i + 1;
    if (end > 0) {
      out.push(paragraph.slice(start, end));
      start = end;
    }
  }
  if (paragraph.slice(start).trim()) out.push(paragraph.slice(start));
  return out.map((s) => s.trim()).filter(Boolean);
}

export interface DescriptionParts {
  /** What the rule checks: paragraphs. */
  what: string[];
  /** 依据 sentences (without the 依据： label) that say more than rule.basis. */
  why: string[];
  /** Examples stated in prose in the description. */
  wrong: string[];
  right: string[];
  /** Sentences about quick-fixes, or that there is none. */
  fix: string[];
}

const FIX_SENTENCE = /快速修复|自动修复|自动修正|无法自动|修复(?:在|把|删除|给出|插入|用|只|需|可以)/;

function clean(s: string): string {
  return s.replace(/[。；;，,\s]+$/u, '');
}

/** Ends an example with 。 unless it already ends with a quoted full sentence (“……。”). */
function period(s: string): string {
  const c = clean(s);
  return /[。！？][”’）)]$/.test(c) ? c : c + '。';
}

/** A sentence that starts with what the rule reports and goes on with its quick-fix, split in two. */
function splitAtFix(sentence: string): [string, string] | undefined {
  const at = sentence.search(/[，；]快速修复/);
  // A short lead (一一对应的，快速修复…) belongs to the fix sentence.
  if (at < 6) return undefined;
  return [sentence.slice(0, at) + '。', sentence.slice(at + 1)];
}

/** Splits a Chinese rule description into the parts of its page. */
export function splitDescription(zh: string, basis: string): DescriptionParts {
  const parts: DescriptionParts = { what: [], why: [], wrong: [], right: [], fix: [] };
  for (const paragraph of zh.split(/\n+/)) {
    const kept: string[] = [];
    for (const sentence of splitSentences(paragraph)) {
      const example = /^错误示例(?:（([^）]*)）)?：/.exec(sentence);
      if (example) {
        let body = sentence.slice(example[0].length);
        const rightAt = body.search(/[；;。]?正确示例：/);
        if (rightAt >= 0) {
          const rest = body.slice(rightAt).replace(/^[；;。]?正确示例：/, '');
          parts.right.push(period(rest));
          body = body.slice(0, rightAt);
        }
        parts.wrong.push((example[1] ? `${example[1]}：` : '') + period(body));
        continue;
      }
      if (sentence.startsWith('正确示例：')) {
        parts.right.push(period(sentence.slice('正确示例：'.length)));
        continue;
      }
      if (sentence.startsWith('依据：')) {
        // Shown only when it says more than the basis line of the page.
        const said = clean(sentence.slice('依据：'.length));
        if (!basis.includes(said)) parts.why.push(said + '。');
        continue;
      }
      if (FIX_SENTENCE.test(sentence)) {
        const split = splitAtFix(sentence);
        if (split) kept.push(split[0]);
        parts.fix.push(split ? split[1] : sentence);
        continue;
      }
      kept.push(sentence);
    }
    if (kept.length) parts.what.push(kept.join(''));
  }
  return parts;
}

function fenced(text: string): string[] {
  const fence = text.includes('```') ? '~~~~' : '```';
  return [fence + 'text', text, fence];
}

/** True when the description says the rule offers a quick-fix (not that it offers none). */
function hasQuickFix(fix: readonly string[]): boolean {
  return fix.some((s) => /快速修复|修复(?:在|把|删除|给出|插入|用)/.test(s) && !/不提供快速修复|无法自动/.test(s));
}

export function rulePage(r: Rule): string {
  const ks = ruleKinds(r);
  const kinds = ks === 'all' ? '所有报告类型' : ks.map((k) => `${KIND_NAMES[k]}（\`${k}\`）`).join('；');
  const d = splitDescription(r.description.zh, r.basis);
  const lines: string[] = [
    `# \`${r.id}\`：${r.title.zh}`,
    '',
    `- 默认级别：${SEVERITY[r.defaultSeverity]}`,
    `- 适用：${kinds}`,
    '',
    '## 检查什么',
    '',
  ];
  for (const p of d.what) lines.push(p, '');
  lines.push('## 为什么', '', `依据：${r.basis}。`, '');
  for (const p of d.why) lines.push(p, '');

  lines.push('## 示例', '', '### 错误示例', '');
  for (const p of d.wrong) lines.push(p, '');
  if (r.examples) {
    lines.push(...fenced(r.examples.wrong), '');
    if (r.examples.note) lines.push(`问题：${r.examples.note}`, '');
  }
  lines.push('### 正确示例', '');
  for (const p of d.right) lines.push(p, '');
  if (r.examples) lines.push(...fenced(r.examples.right), '');
  if (!r.examples && d.wrong.length === 0) throw new Error(`gen-rule-docs: ${r.id} has no example (add rule.examples or 错误示例/正确示例 to its description)`);

  lines.push('## 如何修改', '');
  if (d.fix.length) lines.push(d.fix.join(''), '');
  if (hasQuickFix(d.fix)) {
    lines.push(
      '在编辑器中，把光标放在波浪线上，按 `Ctrl+.`（macOS 为 `Cmd+.`）或点击灯泡，选择本规则的快速修复；“修复本文件中该规则的全部问题”一次改完全文。' +
        '命令行 `npx govreport check --fix 文件或目录` 只应用可以安全自动应用的修复，需要确认的修复请在编辑器中逐条完成。',
      '',
    );
  } else if (d.fix.length === 0) {
    lines.push('本规则没有自动修复：请对照上面的正确示例修改原文，改正后提示会随重新检查消失。', '');
  }

  lines.push(
    '## 设置',
    '',
    `在设置 \`govReport.rules\` 或 \`.govreportrc.json\` 中写 \`{ "rules": { "${r.id}": "off" } }\` 可关闭本规则，也可改为 \`error\`/\`warning\`/\`info\`/\`hint\`。`,
    `单行停用：\`<!-- govreport-disable-line ${r.id} -->\`；整个文件：\`<!-- govreport-disable-file ${r.id} -->\`。`,
    '',
    `## ${r.title.en}`,
    '',
    r.description.en,
    '',
    `Basis: ${r.basis}`,
    '',
  );
  return lines.join('\n');
}

function kindsShort(r: Rule): string {
  const ks = ruleKinds(r);
  return ks === 'all' ? '全部' : ks.map((k) => KIND_SHORT[k]).join('、');
}

export function indexPage(rules: readonly Rule[]): string {
  const lines = [
    '# 规则一览 · Rules',
    '',
    `GovReport 共有 ${rules.length} 条规则。每条规则的页面给出检查内容、依据、错误和正确示例以及修改方法。本页由 \`npm run docs\` 根据规则注册表生成。`,
    '',
  ];
  for (const g of groupedRules(rules)) {
    lines.push(`## ${g.title}`, '', '| 规则 | 名称 | 默认级别 | 适用报告 |', '|---|---|---|---|');
    for (const r of g.rules) lines.push(`| [\`${r.id}\`](${r.id}.md) | ${r.title.zh} · ${r.title.en} | ${SEVERITY_SHORT[r.defaultSeverity]} | ${kindsShort(r)} |`);
    lines.push('');
  }
  return lines.join('\n');
}

export const README_BEGIN = '<!-- 规则表开始：由 npm run docs 根据规则注册表生成，请勿手改 -->';
export const README_END = '<!-- 规则表结束 -->';

/** The rule table of README.md, grouped, each rule linking to its page. */
export function readmeRuleTable(rules: readonly Rule[] = RULES): string {
  const lines = [README_BEGIN, ''];
  for (const g of groupedRules(rules)) {
    lines.push(`**${g.title}**`, '', '| 规则 | 默认级别 | 适用报告 | 检查内容 |', '|---|---|---|---|');
    for (const r of g.rules) lines.push(`| [\`${r.id}\`](docs/rules/${r.id}.md) | ${SEVERITY_SHORT[r.defaultSeverity]} | ${kindsShort(r)} | ${r.title.zh} |`);
    lines.push('');
  }
  lines.push(README_END);
  return lines.join('\n');
}

/** README.md with its rule table replaced by the generated one; throws without the markers. */
export function withReadmeRuleTable(readme: string, rules: readonly Rule[] = RULES): string {
  const begin = readme.indexOf(README_BEGIN);
  const end = readme.indexOf(README_END);
  if (begin < 0 || end < begin) throw new Error('README.md has no rule table markers');
  return readme.slice(0, begin) + readmeRuleTable(rules) + readme.slice(end + README_END.length);
}

export function allPages(): Map<string, string> {
  const pages = new Map<string, string>();
  for (const r of RULES) pages.set(`${r.id}.md`, rulePage(r));
  pages.set('README.md', indexPage(RULES));
  return pages;
}

if (require.main === module) {
  const root = join(__dirname, '..', '..');
  const dir = join(root, 'docs', 'rules');
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of allPages()) writeFileSync(join(dir, name), text);
  const readme = join(root, 'README.md');
  writeFileSync(readme, withReadmeRuleTable(readFileSync(readme, 'utf8')));
  console.log(`wrote ${RULES.length + 1} pages to docs/rules/ and the rule table of README.md`);
}
