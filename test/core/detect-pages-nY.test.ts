// Detection on pages of the nY harvest (the provinces held least; counties, towns and departments):
// texts of our own in their layouts.
// - a disclosure site's side menu of bare column names, one a line (政 策 / 政府信息公开指南 / … /
//   政府信息公开年报, or 法定主动 / 公开内容 broken by a narrow column), is page chrome: its column name
//   政府信息公开年报 is not the title, and the real title below it is found however long the menu (in a
//   copy without breaks, after the menu's last column name glued before it);
// - so a 信息公开指南 page under that menu is no report;
// - the year read from the data's whole-year span stated without 统计 (本报告采用数据的起始时间为…);
// - an untitled report with no part heading whose opening lists the parts in a later sentence
//   (。报告主要包括:总体情况、……).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lint } from '../../server/src/core';

const MENU = ['政 策', '', '政府信息公开指南', '', '政府信息公开制度', '', '法定主动公开内容', '', '政府网站年度工作报表', '',
  '政府信息公开年报', '', '依申请公开', '', '乡镇街道部门单位', '', '重点领域公开', ''];

test('a side menu of column names above the title: the title below it is the title', () => {
  const text = [...MENU,
    '某某市2023年政府信息公开工作年度报告', '',
    '时间:2024-01-30 11:41:29   作者: 点击数:  ', '',
    '一、总体情况', '',
    '2023年,某某市严格按照《中华人民共和国政府信息公开条例》要求开展政府信息公开工作。', '',
    '(一)主动公开情况。2023年市政府网站信息发布总数4784条。',
  ].join('\n');
  const a = analyze(text);
  assert.equal(a.doc.title?.norm, '某某市2023年政府信息公开工作年度报告');
  assert.equal(a.kind, 'gov-info-2021');
  assert.equal(a.doc.year, 2023);
  assert.ok(!lint(text).findings.some((d) => d.rule === 'title-nonstandard'), 'the menu is no title to call nonstandard');
});

test('a side menu glued before the title in a copy without breaks or spaces: the title starts after the last column name', () => {
  const text = [...MENU,
    '某某市2023年政府信息公开工作年度报告', '',
    '时间:2024-01-30 11:41:29   作者: 点击数:  ', '',
    '一、总体情况', '',
    '2023年,某某市严格按照《中华人民共和国政府信息公开条例》要求开展政府信息公开工作。', '',
    '(一)主动公开情况。2023年市政府网站信息发布总数4784条。', '', '(二)依申请公开情况。2023年共收到申请6件。',
  ].join('\n').replace(/[\s\u3000]+/g, '');
  const a = analyze(text);
  assert.equal(a.doc.view?.title?.norm, '某某市2023年政府信息公开工作年度报告');
  assert.equal(a.kind, 'gov-info-2021');
});

test('a menu whose column names a narrow column broke over two lines is no title either', () => {
  const text = ['法定主动', '公开内容', '', '政府信息', '公开年报', '',
    '某某自治县某某镇人民政府2023年政府信息公开工作年度报告', '',
    '2023年,某某镇人民政府根据《中华人民共和国政府信息公开条例》要求,现将2023年度政府信息公开工作予以报告。', '',
    '一、总体情况', '', '某某镇始终将政府公开工作纳入重要议事日程。',
  ].join('\n');
  const a = analyze(text);
  assert.equal(a.doc.title?.norm, '某某自治县某某镇人民政府2023年政府信息公开工作年度报告');
  assert.equal(a.doc.title?.line, 6);
});

test('a 信息公开指南 page under the disclosure menu is no report', () => {
  const text = [...MENU,
    '某某县人民政府信息公开指南(2024年)', '',
    '为了更好地提供政府信息公开服务,方便公民、法人或其他组织依法获取政府信息,根据《中华人民共和国政府信息公开条例》有关规定,编制本指南。', '',
    '一、政府信息公开范围', '',
    '县政府信息公开坚持“公开为常态、不公开为例外”的原则,除以下信息外,其余政府信息应当公开:', '',
    '二、主动公开', '', '(一)县政府办公室公开的政府信息',
  ].join('\n');
  const a = analyze(text);
  assert.equal(a.kind, null);
  assert.ok(!lint(text).findings.some((d) => d.severity === 'error' || d.severity === 'warning'));
  // Without the menu the page is read the same.
  assert.equal(analyze(text.split('\n').slice(MENU.length).join('\n')).kind, null);
  // Pasted on one line (the menu's 政 策 then two pieces, 政 / 策, of the line's view), it is no report either.
  assert.equal(analyze(text.replace(/\n+/g, ' ')).kind, null);
});

test('the year of an untitled report from its data\'s whole-year span, stated without 统计', () => {
  const text = [
    '本年度报告是根据《中华人民共和国政府信息公开条例》(以下简称《条例》)规定,结合本镇实际,编制本年度报告。本报告采用数据的起始时间为2022年1月1日至2022年12月31日。我单位办公地址为某某镇人民政府。',
    '一、总体情况',
    '(一)把握重点,巩固政府信息公开成果。',
  ].join('\n');
  const a = analyze(text);
  assert.equal(a.doc.year, 2022);
  assert.equal(a.doc.yearSource, 'period');
  assert.equal(a.kind, 'gov-info-2021');
  // A span that is not the whole year is no statistical period.
  assert.equal(analyze(text.replace('2022年12月31日', '2022年6月30日')).doc.year, null);
});

test('an untitled report without part headings whose opening lists its parts in a later sentence (。报告主要包括……)', () => {
  const text = [
    '按照《中华人民共和国政府信息公开条例》《某某省人民政府办公厅关于做好政府信息公开工作年度报告编制和发布有关事项的通知》(某政厅函〔2021〕20号)《关于做好2023年政府信息公开年度报告编制和发布工作的通知(某政公组办〔2024〕1号)要求,结合某某乡信息公开工作实际编制。报告主要包括:总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况和其他需要报告的事项。本报告中使用数据统计期限为2023年1月1日至12月31日。',
    '(一)主动公开情况。某某乡领导高度重视,把政府信息公开工作列入议事日程。',
    '(二)依申请公开情况。2023年未接收到政府信息公开申请。',
  ].join('\n');
  const a = analyze(text);
  assert.equal(a.kind, 'gov-info-2021');
  assert.equal(a.doc.year, 2023);
  // A bare 报告 listing parts without the line's own statistics period may be a notice on what reports hold.
  assert.equal(analyze(text.replace('本报告中使用数据统计期限为2023年1月1日至12月31日。', '请各单位于2月底前报送。')).kind, null);
});
