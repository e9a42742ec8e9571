// Detection on shapes seen in the mY harvest (法治政府建设 reports of towns and county departments, and
// pages that only look like reports). Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from './helpers';

const body = ['县委、县政府:', '2025年,我局坚持依法行政,扎实推进法治政府建设各项工作。现将有关情况汇报如下:',
  '一、法治政府建设工作开展情况', '(一)加强学法用法。全年组织集中学法6次。'];

test('a title followed by its document number in brackets is the report, not a page about it', () => {
  for (const title of ['某县某局2025年度法治政府建设工作报告(某县某字〔2025〕7号)', '某县某局2025年度法治政府建设工作报告（某某发[2025]12号）']) {
    const d = detect([title, ...body].join('\n'));
    assert.equal(d.kind, 'rule-of-law', title);
    assert.equal(d.year, 2025, title);
  }
});

test('a title with other words in brackets after it still tells', () => {
  assert.equal(detect(['关于某县2025年度法治政府建设工作报告的通知(某县某字〔2025〕7号)', ...body].join('\n')).kind, null);
});

test('an untitled report that says it sums up 我局2024年法治政府建设工作 is a report of that year', () => {
  const t = '根据《法治政府建设与责任落实督察工作规定》要求,我局认真总结我局2024年法治政府建设工作开展情况,现将相关情况报告如下: 一、年度法治政府建设的主要举措和成效 (一)加强学习。全年学法4次。';
  const d = detect(['时间:2025-03-17 作者: 点击数: |', '|', t].join('\n'));
  assert.equal(d.kind, 'rule-of-law');
  assert.equal(d.year, 2024);
});

test('a document site\'s sharing line names the report: its title and year', () => {
  const t = ['《某县某局2022年法治政府建设年度报告.docx》由会员分享,可在线阅读,更多相关《某县某局2022年法治政府建设年度报告.docx(8页珍藏版)》请在某某文档网上搜索。',
    '1、某县某局2022年法治政府建设年度报告某县某局2022年法治政府建设年度报告xxxx年,我局高度重视法治政府建设。现将xxxx年法治政府建设情况报告如下: 一、主要举措和成效(一)健全组织机构',
    '2、法治宣传教育工作的深入开展。'].join('\n');
  const d = detect(t);
  assert.equal(d.kind, 'rule-of-law');
  assert.equal(d.year, 2022);
  // A shared file that is no report names none.
  assert.equal(detect(t.replace(/2022年法治政府建设年度报告/g, '2022年工作要点')).year, null);
});

test('an untitled opening that says the year\'s work 取得了新成效, over a part on 法治政府建设, is the report', () => {
  const t = (done: string) => ['2023年,市某局深入学习贯彻习近平法治思想,紧紧围绕法治政府建设工作要点和任务清单,在严格规范公正文明执法等方面' + done + '。',
    '--成功创建示范城市。', '一、法治政府建设水平持续提升', '(一)法治政府建设稳步争先。出台工作清单。'].join('\n');
  const d = detect(t('取得了新成效'));
  assert.equal(d.kind, 'rule-of-law');
  assert.equal(d.year, 2023);
  // A target (力争取得新成效) is no account of a year done.
  assert.equal(detect(t('力争取得新成效')).kind, null);
});
