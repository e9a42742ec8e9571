// The year of a report read without its title (layout-variants --modes notitle): the overview opening with
// 2023年是……之年, the notice on compiling the year's reports the opening answers (根据《关于切实做好2023年政府信息
// 公开工作年度报告编制公布工作的通知》要求), a statistics period whose 月 was lost (统计期限为2022年11日至1231日).
// And the reverse: a year that is not the report's (a plan's 2024年是……, a notice without the report's words) is
// not taken. Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';

const year = (lines: string[]) => analyze(lines.join('\n')).doc.year;

test('an overview opening with 2023年是……之年', () => {
  assert.equal(year(['一、总体情况', '2023年是全面贯彻党的二十大精神的开局之年,某某局坚持以公开为常态、不公开为例外,扎实推进政府信息公开工作。',
    '(一)主动公开', '全年主动公开政府信息98条。']), 2023);
});

test('the notice on compiling the year’s reports, answered by the opening', () => {
  assert.equal(year(['根据《关于切实做好2023年政府信息公开工作年度报告编制公布工作的通知》相关要求,现将某某街道政府信息公开工作年度情况报告如下。',
    '一、总体情况', '某某街道严格按照上级要求建立健全制度机制,切实推进政务信息公开工作。']), 2023);
  // A notice of other work (2023年政务服务工作的通知) names no report's year.
  assert.equal(year(['根据《关于做好2023年政务服务工作的通知》相关要求,现将某某街道政府信息公开工作情况报告如下。',
    '一、总体情况', '某某街道严格按照上级要求建立健全制度机制。']), null);
});

test('a statistics period whose 月 was lost', () => {
  assert.equal(year(['本报告依据《中华人民共和国政府信息公开条例》编制。本报告中所列数据的统计期限为2022年11日至1231日。', '一、总体情况',
    '我厅坚持以公开为常态,不公开为例外,全面落实政务信息公开工作。']), 2022);
  // 2022年11月1日 is no year's start.
  assert.notEqual(year(['本报告中所列数据的统计期限为2022年11月1日至2023年10月31日。', '一、总体情况', '我厅坚持以公开为常态。']), 2022);
});
