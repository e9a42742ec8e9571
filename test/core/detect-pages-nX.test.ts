// Web excerpts of the nX harvest (2019-format and 2008-regulation reports): an untitled 2008 report
// whose first line lists its own parts (本报告由概述、……组成) naming only two statutory part titles; a
// 2019 report, no title, whose only year sentences name the organ before what it did
// (2019年县政府办公室主动公开政府信息89条), Traditional script as a mirror serves it. Texts of our own.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from './helpers';
import { analyze } from '../../server/src/core';

describe('nX harvest', () => {
  test('本报告由概述、……组成 as the first line, two statutory part titles named: a 2008-regulation report', () => {
    const d = detect([
      '本报告由概述、政府信息公开的组织领导情况、主动公开政府信息情况、政府信息公开的收费及减免情况、政府信息公开工作存在的主要问题及改进情况和附表部分组成。',
      '2018年,某某乡继续把政府信息公开作为推进依法行政的重大举措,政府信息公开工作稳步推进。',
      '截止2018年12月底,我乡主动公开政府信息287条。',
    ].join('\n'));
    assert.equal(d.kind, 'gov-info-2008', d.reason);
    assert.equal(d.year, 2018, d.reason);
  });

  test('the same parts listed in a line that does not open the text, or by a text about reports: not enough', () => {
    const later = detect([
      '某某乡开展政府信息公开工作。',
      '本报告由概述、政府信息公开的收费及减免情况、政府信息公开工作存在的主要问题及改进情况组成。',
    ].join('\n'));
    assert.equal(later.kind, null, later.reason);
    // Two names in a list of two or three items (“总体情况”“主动公开政府信息情况”六个部分) are no list of the report's parts.
    const short = detect('本报告由概述、政府信息公开的收费及减免情况、政府信息公开工作存在的主要问题及改进情况组成。\n2018年,某某乡主动公开信息28条。');
    assert.equal(short.kind, null, short.reason);
    const news = detect('报告由概述、政府信息公开的收费及减免情况、政府信息公开工作存在的主要问题及改进情况组成。各单位要按时报送。');
    assert.equal(news.kind, null, news.reason);
  });

  test('2019年县政府办公室主动公开政府信息89条 (the organ, then what it did) gives the year; Traditional script too', () => {
    const lines = [
      '一、总体情况',
      '随着新条例的颁布实施,县政府办公室进一步明确公开主体及范围。',
      '(一)主动公开情况',
      '1、2019年县政府办公室主动公开政府信息89条。其中,机构职能类信息22条。',
      '(二)依申请公开情况',
      '1、2019年县政府办公室没有收到政府信息公开申请。',
    ];
    const d = detect(lines.join('\n'));
    assert.equal(d.year, 2019, d.reason);
    assert.equal(d.kind, 'gov-info-2019', d.reason);
    const t = detect(lines.join('\n').replace('总体情况', '總體情況').replace(/县政府办公室/g, '縣政府辦公室').replace('主动公开政府信息89条', '主動公開政府信息89條'));
    assert.equal(t.year, 2019, t.reason);
    // Pasted without breaks or spaces: the numbered item inside the line (。1、2019年县政府办公室……) still gives it.
    const flat = detect(lines.join('').replace(/\s+/g, ''));
    assert.equal(flat.year, 2019, flat.reason);
  });

  test('a plan between the year and the verb does not give the year', () => {
    for (const s of ['2021年度工作方案要求主动公开重点领域信息。', '2021年市政府计划主动公开重点领域信息。']) {
      const d = detect(['一、总体情况', s, '(一)主动公开情况', '1、全年主动公开政府信息89条。'].join('\n'));
      assert.equal(d.year, null, s);
    }
  });
});

test('pasted on one line, the page\'s 发布时间 / 信息来源 pieces before an untitled-year title are no part of it (nX 32)', () => {
  const text = ['发布时间:2021-01-15 10:00 信息来源:某某县林业局', '某某县林业局信息公开工作年度报告', '一、总体情况',
    '本年报统计时限为2020年1月1日至2020年12月31日止。我局主动公开政府信息42条。' + '我局坚持以公开为常态、不公开为例外，及时公开机构职能、政策文件和工作动态。'.repeat(6),
    '二、主动公开政府信息情况', '第二十条第(一)项', '三、收到和处理政府信息公开申请情况', '本年度未收到政府信息公开申请。'].join(' ');
  const a = analyze(text);
  assert.equal(a.doc.title?.text, '某某县林业局信息公开工作年度报告');
  assert.equal(a.kind, 'gov-info-2019');
});
