// The user documentation that ships with the package: README.md (quick start first, rule table
// generated from the registry, images present) and the rule pages (each with what, why, a wrong
// and a right example, and the fix). test/core/docs.test.ts checks that the pages are fresh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../server/src/core';
import { allPages, groupedRules, README_BEGIN, splitDescription, splitSentences, withReadmeRuleTable } from '../scripts/gen-rule-docs';

/** out/test → repository root. */
const ROOT = join(__dirname, '..', '..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

test('README starts with the title and the two quick-start commands, verbatim', () => {
  const start = [
    '# GovReport 政府年度报告检查',
    '',
    '```bash',
    'npm install && npm run demo     # 安装、构建，并检查自带的示例草稿 samples/sample-2023-report.md',
    'npm test                        # 运行全部测试（单元、语言服务器、命令行，以及真实 VS Code 中的扩展宿主和界面测试）',
    '```',
    '',
  ].join('\n');
  assert.ok(readme.startsWith(start), 'the quick start must stay at the very top, exactly as it is');
  // Chinese first, English after.
  const english = readme.indexOf('\n## English');
  assert.ok(english > readme.indexOf('## 它检查什么'));
});

test('README rule table is generated from the registry and fresh (npm run docs)', () => {
  assert.equal(withReadmeRuleTable(readme), readme, 'README rule table is stale: run npm run docs');
  const table = readme.slice(readme.indexOf(README_BEGIN));
  for (const r of RULES) assert.ok(table.includes(`[\`${r.id}\`](docs/rules/${r.id}.md)`), r.id);
  assert.equal(groupedRules().reduce((n, g) => n + g.rules.length, 0), RULES.length);
  assert.ok(readme.includes(`共 ${RULES.length} 条规则`), 'the rule count in the README text');
});

test('README documents settings, directives, formats, the CLI with --report and the dependencies', () => {
  for (const s of ['govReport.format', 'govReport.rules', 'govReport.run', 'govreport-disable-line', 'govreport-disable-file', 'govreport-kind',
    'govReport.insertTable', 'gr表三2021', '--report', '.csv', 'BOM', '--format json', '--fix', '## 依赖说明', 'npm run package']) {
    assert.ok(readme.includes(s), `README does not mention ${s}`);
  }
  // Every dependency of package.json is explained.
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
  const deps = readme.slice(readme.indexOf('## 依赖说明'), readme.indexOf('## 开发'));
  for (const name of [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)]) {
    assert.ok(deps.includes(`\`${name}\``), `依赖说明 does not explain ${name}`);
  }
});

test('README images and local links exist', () => {
  const links = [...readme.matchAll(/!?\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]).filter((l) => !/^[a-z]+:|^#/.test(l));
  assert.ok(links.includes('images/batch-report.png'));
  for (const l of links) assert.ok(existsSync(join(ROOT, l)), `README links to a missing ${l}`);
});

test('every rule page has what, why, a wrong and a right example, and the fix', () => {
  const pages = allPages();
  for (const r of RULES) {
    const page = pages.get(`${r.id}.md`)!;
    const sections = ['## 检查什么', '## 为什么', '### 错误示例', '### 正确示例', '## 如何修改', '## 设置'];
    let at = -1;
    for (const s of sections) {
      const i = page.indexOf(s);
      assert.ok(i > at, `${r.id}: ${s} missing or out of order`);
      at = i;
    }
    const between = (a: string, b: string) => page.slice(page.indexOf(a) + a.length, page.indexOf(b)).trim();
    assert.ok(between('## 检查什么', '## 为什么').length > 10, `${r.id}: what`);
    assert.ok(between('### 错误示例', '### 正确示例').length > 5, `${r.id}: wrong example`);
    assert.ok(between('### 正确示例', '## 如何修改').length > 3, `${r.id}: right example`);
    assert.ok(between('## 如何修改', '## 设置').length > 5, `${r.id}: fix`);
    assert.ok(page.includes(r.basis), `${r.id}: basis`);
    // No description text is lost: the example sentences moved, everything else is on the page.
    const d = splitDescription(r.description.zh, r.basis);
    for (const part of [...d.what, ...d.fix, ...d.wrong, ...d.right]) assert.ok(page.includes(part), `${r.id}: lost “${part.slice(0, 30)}…”`);
  }
});

test('the first ten rules and the across-file rules carry draft examples', () => {
  const ids = ['section-missing', 'section-empty', 'table-shape', 'table-cell-invalid', 'table-balance', 'table-subtotal', 'table-row-total',
    'review-total', 'category-nonstandard', 'category-misfiled', 'carryover-mismatch', 'content-duplicate'];
  for (const id of ids) {
    const r = RULES.find((x) => x.id === id)!;
    assert.ok(r.examples && r.examples.wrong !== r.examples.right, id);
  }
});

test('description splitting: sentences, examples and fixes', () => {
  assert.deepEqual(splitSentences('甲。“乙。”或“丙。”丁。戊（己。）庚。'), ['甲。', '“乙。”或“丙。”', '丁。', '戊（己。）庚。']);
  const d = splitDescription('检查甲。错误示例：“一”；正确示例：“二”。快速修复把一改为二。依据：某规定。', '某规定');
  assert.deepEqual(d, { what: ['检查甲。'], why: [], wrong: ['“一”。'], right: ['“二”。'], fix: ['快速修复把一改为二。'] });
  const q = splitDescription('说明。错误示例（2020年度报告）：“2019年，……”。正确示例：“2020年，……”。依据：某条例，另有理由。', '某条例');
  assert.deepEqual([q.wrong, q.right, q.why], [['2020年度报告：“2019年，……”。'], ['“2020年，……”。'], ['某条例，另有理由。']]);
});
