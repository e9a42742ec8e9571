// Writes docs/rules/<id>.md and docs/rules/README.md from the rule registry, so the pages
// every diagnostic links to always match the rules. test/core/docs.test.ts fails when stale.
// Usage: npm run docs
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../server/src/core';
import type { Rule } from '../server/src/core';

const KIND_NAMES: Record<string, string> = {
  'gov-info-2021': '政府信息公开工作年度报告（2021 年格式）',
  'gov-info-2019': '政府信息公开工作年度报告（2019 年格式）',
  'gov-info-2008': '政府信息公开工作年度报告（2008 年条例）',
  'rule-of-law': '法治政府建设年度报告',
};
const SEVERITY: Record<string, string> = { error: '错误 error', warning: '警告 warning', info: '信息 info', hint: '提示 hint' };

export function rulePage(r: Rule): string {
  const kinds = r.kinds === 'all' ? '所有报告类型' : r.kinds.map((k) => `${KIND_NAMES[k]}（\`${k}\`）`).join('；');
  return [
    `# \`${r.id}\`：${r.title.zh}`,
    '',
    `- 默认级别：${SEVERITY[r.defaultSeverity]}`,
    `- 适用：${kinds}`,
    `- 依据：${r.basis}`,
    '',
    '## 说明',
    '',
    r.description.zh,
    '',
    '## 设置',
    '',
    `在设置 \`govReport.rules\` 或 \`.govreportrc.json\` 中写 \`{ "rules": { "${r.id}": "off" } }\` 可关闭本规则，也可改为 \`error\`/\`warning\`/\`info\`/\`hint\`。`,
    `单行停用：\`<!-- govreport-disable-line ${r.id} -->\`。`,
    '',
    `## ${r.title.en}`,
    '',
    r.description.en,
    '',
  ].join('\n');
}

export function indexPage(rules: readonly Rule[]): string {
  return [
    '# 规则一览 · Rules',
    '',
    '| 规则 | 名称 | 默认级别 |',
    '|---|---|---|',
    ...rules.map((r) => `| [\`${r.id}\`](${r.id}.md) | ${r.title.zh} · ${r.title.en} | ${r.defaultSeverity} |`),
    '',
  ].join('\n');
}

export function allPages(): Map<string, string> {
  const pages = new Map<string, string>();
  for (const r of RULES) pages.set(`${r.id}.md`, rulePage(r));
  pages.set('README.md', indexPage(RULES));
  return pages;
}

if (require.main === module) {
  const dir = join(__dirname, '..', '..', 'docs', 'rules');
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of allPages()) writeFileSync(join(dir, name), text);
  console.log(`wrote ${RULES.length + 1} pages to docs/rules/`);
}
