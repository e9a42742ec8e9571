// text-doubled: the title printed twice, the second copy broken over two lines (某市2024年政府 /
// 信息公开工作年度报告), as on a mirrored web page (iB harvest): reported once, info, over the copy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDraft, findings, where } from './build';

const RULE = 'text-doubled';
const TITLE = '示例区人民政府办公室2023年政府信息公开工作年度报告';
const body = buildDraft({ flavour: 'txt' }).split('\n').slice(1).join('\n');
const doubled = (text: string) => findings(text, RULE).filter((f) => f.message.startsWith('标题重复'));

test('a second copy over two lines is reported once, on both lines', () => {
  const text = `${TITLE}\n示例区人民政府办公室2023年政府\n信息公开工作年度报告\n${body}`;
  const fs = doubled(text);
  assert.equal(fs.length, 1);
  assert.equal(fs[0].severity, 'info');
  assert.equal(where(text, fs[0]).line, 1);
  assert.equal(text.slice(fs[0].start, fs[0].end), '示例区人民政府办公室2023年政府\n信息公开工作年度报告');
});

test('the issuer alone on the next line, or a different second half, is silent', () => {
  assert.deepEqual(doubled(`${TITLE}\n示例区人民政府办公室\n${body}`), []);
  assert.deepEqual(doubled(`${TITLE}\n示例区人民政府办公室2023年政府\n信息公开工作情况的说明\n${body}`), []);
});

test('a title over two lines followed by its last line again, or by the whole title (nT/09): the copy is reported once', () => {
  for (const copy of ['2023年政府信息公开工作年度报告', TITLE]) {
    const text = `示例区人民政府办公室\n2023年政府信息公开工作年度报告\n${copy}\n${body}`;
    const fs = doubled(text);
    assert.equal(fs.length, 1, copy);
    assert.equal(where(text, fs[0]).line, 2, copy);
    assert.equal(text.slice(fs[0].start, fs[0].end), copy);
  }
  // The title over two lines and the text right after it: silent.
  assert.deepEqual(doubled(`示例区人民政府办公室\n2023年政府信息公开工作年度报告\n${body}`), []);
});

test('pasted double-spaced (a blank line after every line), under a web page\'s metadata and apart from the title: the copy over two lines is still reported', () => {
  const meta = '登录 | 注册\n  • 索引号\n    000014348/2023-00132\n  • 发布机构\n    示例区人民政府办公室\n  • 发布日期\n    2024-01-19';
  // (mP/12's shape: a blank line and a line of one space between the title and its copy.)
  const plain = `${meta}\n${TITLE}\n\n \n示例区人民政府办公室2023年政府\n信息公开工作年度报告\n${body}`;
  assert.equal(doubled(plain).length, 1);
  const text = plain.replace(/([^\n])\n(?=[^\n])/g, '$1\n\n');
  const fs = doubled(text);
  assert.equal(fs.length, 1);
  assert.equal(text.slice(fs[0].start, fs[0].end), '示例区人民政府办公室2023年政府\n\n信息公开工作年度报告');
});

test('a copy four blank lines below the title (nS/12) is silent, double-spaced or not: only the doubling blank lines are not counted', () => {
  const plain = `当前页面: 首页 > 政务公开\n${TITLE}\n\n\n\n\n示例区人民政府办公室2023年政府\n\n信息公开工作年度报告\n${body}`;
  assert.deepEqual(doubled(plain), []);
  assert.deepEqual(doubled(plain.replace(/([^\n])\n(?=[^\n])/g, '$1\n\n')), []);
});

test('a page title without its issuer, then the issuer and the title again (oD/17): the copy is reported once', () => {
  const own = '关于2023年政府信息公开工作年度报告的说明';
  const page = '关于2023年政府信息公开工作年度报告';
  const text = `${page}\n来源:示例区人民政府 发布时间:2024-01-16 17:46\n示例区人民政府\n${page}\n${body}`;
  const fs = doubled(text);
  assert.equal(fs.length, 1);
  assert.equal(text.slice(fs[0].start, fs[0].end), `示例区人民政府\n${page}`);
  // (The copy stands whole on its line, under the organ's: not "over two lines".)
  assert.equal(fs[0].message, '标题重复：同一标题连写了两遍（第二遍在一行机关名称之下），应删除一处');
  // (And the copy over two lines says so.)
  assert.match(doubled(`${TITLE}\n示例区人民政府办公室2023年政府\n信息公开工作年度报告\n${body}`)[0].message, /第二遍分作两行/);
  // Under the issuer another title is no copy.
  assert.deepEqual(doubled(`${page}\n示例区人民政府\n${own}\n${body}`), []);
});
