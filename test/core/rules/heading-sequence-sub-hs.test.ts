// heading-sequence, second level: a （一）-style heading that repeats the numeral of the one before
// it in the same part （（三） then （三）), or skips one （（三） then （五）). A numbering that starts
// again at （一） (problems, then improvements) is fine; table row labels are no outline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';

const found = (text: string) => lint(text).findings.filter((f) => f.rule === 'heading-sequence').map((f) => [f.severity, text.slice(f.start, f.end), f.message]);
const HEAD = ['某某镇人民政府2023年政府信息公开工作年度报告', '', '一、总体情况', '2023年，我镇着力提升政务公开工作质量。'];

test('a repeated （三） in one part: one info on the second', () => {
  const text = [...HEAD,
    '(一)统一认识,加强领导', '由分管副职负责。',
    '(二)规范政府网站和政务新媒体建设和管理', '指定专人负责。',
    '(三)加强政策解读工作', '确保解读准确。',
    '(三)提高各类政务热线电话及留言平台服务质量', '及时受理及时反馈。',
  ].join('\n');
  const got = found(text);
  assert.equal(got.length, 1, JSON.stringify(got));
  assert.equal(got[0][0], 'info');
  assert.equal(got[0][1], '(三)提高各类政务热线电话及留言平台服务质量');
  assert.match(String(got[0][2]), /序号重复/);
});

test('a skipped （四）, run-in headings included', () => {
  const text = [...HEAD,
    '(一)主动公开情况:我镇通过各类渠道主动公开政府信息。',
    '(二)依申请公开工作情况:2023年度我镇无依申请公开。',
    '(三)政府信息管理方面:我镇坚持认真贯彻落实《条例》。',
    '(五)平台建设工作情况:及时调整领导小组。',
  ].join('\n');
  const got = found(text);
  assert.equal(got.length, 1, JSON.stringify(got));
  assert.match(String(got[0][2]), /跳号.*缺少“（四）”/);
});

test('silent: numbering again from （一） in a later part, or within a part (problems, then improvements)', () => {
  const text = [...HEAD,
    '(一)主动公开', '全年公开信息77条。',
    '(二)依申请公开', '未收到申请。',
    '二、主动公开政府信息情况', '见下表。',
    '五、存在的主要问题及改进情况',
    '(一)存在的问题', '公开形式单一。',
    '(二)改进措施', '丰富公开形式。',
    '(一)下一步工作', '继续推进。',
    '(二)加强培训', '提升能力。',
  ].join('\n');
  assert.deepEqual(found(text).filter(([, , m]) => /二级标题/.test(String(m)) && !/第一个二级标题/.test(String(m))), []);
});
