// section-missing on a text that starts part-way through a report (a flip-book page, an excerpt
// without its title): the parts before its first statutory heading are not missing (info only);
// parts missing between or after the present parts are still errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lint } from '../../../server/src/core';

const RULE = 'section-missing';
const T4 = [
  '行政复议 行政诉讼',
  '0 0 0 0 0 0 0 0 0 0 0 0 0 0 0',
];
const PART4 = ['四、政府信息公开行政复议、行政诉讼情况', ...T4];
const PART5 = ['五、存在的主要问题及改进情况', '我局公开内容还不够丰富，下一步将加强培训。'];
const PART6 = ['六、其他需要报告的事项', '本年度未收取信息处理费。'];

function sm(text: string) {
  return lint(text).findings.filter((f) => f.rule === RULE).map((f) => ({ severity: f.severity, message: f.message }));
}

test('a flip-book page of a later page: parts before its first heading are info, a part missing after is an error', () => {
  const text = ['Page 6 - 某某县水利局2022年政府信息公开工作年度报告', 'P. 6', ...PART4, ...PART5].join('\n');
  const got = sm(text);
  const infos = got.filter((f) => f.severity === 'info').map((f) => f.message);
  assert.equal(infos.length, 3);
  for (const [i, part] of ['第一部分“一、总体情况”', '第二部分“二、主动公开政府信息情况”', '第三部分“三、收到和处理政府信息公开申请情况”'].entries()) {
    assert.ok(infos[i].endsWith(part) && infos[i].includes('中间开始'), infos[i]);
  }
  assert.deepEqual(got.filter((f) => f.severity !== 'info').map((f) => f.message), ['缺少第六部分“六、其他需要报告的事项”']);
});

test('a titleless text starting at part 四 with the tail of table 三 above: no error for 一–三', () => {
  const text = ['四、结转下年度继续办理 0 0 0 0 0 0 0', ...PART4, ...PART5, ...PART6].join('\n');
  assert.equal(analyze(text).kind !== null, true);
  assert.deepEqual(sm(text).filter((f) => f.severity !== 'info'), []);
});

test('a gap between present parts is still an error on a mid-report text', () => {
  const text = ['Page 6 - 某某县水利局2022年政府信息公开工作年度报告', 'P. 6', ...PART4, ...PART6].join('\n');
  assert.deepEqual(sm(text).filter((f) => f.severity !== 'info').map((f) => f.message), ['缺少第五部分“五、存在的主要问题及改进情况”']);
});

test('a report with its title, or a page 1, or an opening paragraph before 二、 still gets errors for the missing parts', () => {
  const body = ['二、主动公开政府信息情况', '本年度主动公开各类信息120条。', '三、收到和处理政府信息公开申请情况', '本年度未收到申请。', ...PART4, ...PART5, ...PART6];
  for (const head of [
    ['某某县水利局2022年政府信息公开工作年度报告'],
    ['Page 1 - 某某县水利局2022年政府信息公开工作年度报告', 'P. 1'],
    ['根据《中华人民共和国政府信息公开条例》，现公布本局2022年政府信息公开工作年度报告。'],
  ]) {
    const got = sm([...head, ...body].join('\n'));
    assert.deepEqual(got.map((f) => [f.severity, f.message]), [['error', '缺少第一部分“一、总体情况”']], head[0]);
  }
});

test('a flip-book page titled with the book file name (“Page 9 - 2020年报_某某局”) is read as a report page', () => {
  const text = ['Page 9 - 2020年报_某某局', 'P. 9', ...PART4, ...PART5].join('\n');
  const a = analyze(text);
  assert.equal(a.kind, 'gov-info-2019');
  assert.equal(a.doc.year, 2020);
  // Not a report book page: a page of some other book stays unchecked.
  assert.equal(analyze(['Page 9 - 2020年工作要点_某某局', 'P. 9', '一、加强学习', '全年组织学习12次。'].join('\n')).kind, null);
});
