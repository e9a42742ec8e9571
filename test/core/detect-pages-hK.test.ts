// Web excerpts of a third harvest (issue #12, hK): untitled reports whose opening declares the
// report it introduces — 根据《条例》……特公布/现公布某某2018年政府信息公开工作年度报告 (then
// 本报告……包括概述…… and 一、概述), 根据《条例》……现将政府信息公开工作年度报告汇报如下 (the body at
// once, under the author's own headings), 2009年年报根据《条例》编制，由概述……四部分组成 (the year
// taken from that opening) — are reports; notices and news about reports stay none.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from './helpers';
import { kindReasonEn } from '../../server/src/core/formats/kind-reason-en';

describe('untitled reports declaring themselves in the opening', () => {
  test('特公布……年度报告, then 本报告……包括概述, then 一、概述 (2008 regulation)', () => {
    const d = detect([
      '根据《中华人民共和国政府信息公开条例》(以下简称《条例》),特公布某某省2017年政府信息公开工作年度报告。',
      '本报告由某某省人民政府办公厅编制,包括概述、主动公开情况、依申请公开情况、存在问题及下步打算等四个部分。所列数据统计时限为2017年1月1日至2017年12月31日。',
      '一、概述',
      '2017年,某某省按照国务院办公厅要求,全面推进决策、执行、管理、服务、结果公开。',
    ].join('\n'));
    assert.equal(d.kind, 'gov-info-2008', d.reason);
    assert.equal(d.year, 2017);
  });

  test('现将政府信息公开工作年度报告汇报如下, own headings only', () => {
    const d = detect([
      '根据《中华人民共和国政府信息公开条例》(以下简称《条例》)的规定,结合我县实际,对本年度政府信息公开工作进行了梳理和总结。报告统计期限为2016年1月1日起至2016年12月31日止。现将政府信息公开工作年度报告汇报如下:',
      '一、推进决策、执行、管理、服务、结果公开情况及相关内容解读回应工作情况。',
      '1、推进权责清单编制工作情况。我县于2015年11月启动行政权责清单编制汇总工作。',
    ].join('\n'));
    assert.equal(d.kind, 'gov-info-2008', d.reason);
    assert.equal(d.year, 2016);
    assert.match(kindReasonEn(d.reason)!, /opens with/);
  });

  test('2009年年报根据《条例》编制,由概述……组成: kind and year from the opening', () => {
    const d = detect([
      '2009年年報根據(jù)《中華人民共和國政府信息公開條例》(下稱《條例》)編制,由概述、主動公開政府信息情況、依申請公開政府信息情況、存在問題和改進措施四部分組成。',
      '一、概述',
      '某某省各級政府重視政府信息公開工作,積極穩妥推進。',
    ].join('\n'));
    assert.equal(d.kind, 'gov-info-2008', d.reason);
    assert.equal(d.year, 2009);
  });

  test('without the opening, one 一、概述 heading alone is not enough', () => {
    const d = detect([
      '某某省2018年工作情况如下。',
      '一、概述',
      '2018年,某某省全面推进各项工作。',
    ].join('\n'));
    assert.equal(d.kind, null, d.reason);
  });

  test('a notice publishing a report stays none', () => {
    const d = detect([
      '根据《中华人民共和国政府信息公开条例》,现将关于做好政府信息公开工作年度报告编制工作的通知印发如下:',
      '一、概述',
      '各单位要按时报送。',
    ].join('\n'));
    assert.equal(d.kind, null, d.reason);
  });

  test('现公布……年度报告的解读 is no report', () => {
    const d = detect([
      '根据《中华人民共和国政府信息公开条例》,现公布某某市2020年政府信息公开工作年度报告的解读。',
      '一、概述',
      '年度报告显示,全市主动公开信息1000条。',
    ].join('\n'));
    assert.equal(d.kind, null, d.reason);
  });
});

describe('a report stored on one line, spaces between title, year and body', () => {
  test('某某县人民政府2019年 政府信息公开工作年度报告 一、总体情况 …', () => {
    const body = '2019年,某某县政府信息公开工作以习近平新时代中国特色社会主义思想为指导,深入学习贯彻《中华人民共和国政府信息公开条例》,加强政策解读和政务舆情回应,深化重点领域信息公开。 (一)主动公开政府信息情况。2019年,通过政府门户网站等形式主动公开政府信息8769条。其中,通过县政府门户网站发布政府信息5469条,通过新闻媒体公开信息1600余条,通过其他形式公开信息600余条。截至2019年底,累计主动公开政府信息64627条。';
    const d = detect(['', '某某县人民政府2019年 政府信息公开工作年度报告 一、总体情况 ' + body].join('\n'));
    assert.equal(d.kind, 'gov-info-2019', d.reason);
    assert.equal(d.year, 2019);
  });

  test('a long first sentence naming a report in passing is no title', () => {
    const d = detect(['2019年 全县政府信息公开工作年度报告的编制工作由县政府办公室负责,各单位按时报送材料。 一是加强领导。' + '各单位认真落实。'.repeat(30)].join('\n'));
    assert.equal(d.kind, null, d.reason);
  });
});
