// text-wording: 截止 before a point in time for 截至 (real page mX/29: 截止2023年12月31日), and 部份 for 部分
// (real page mX/21: 六个部份组成). Correct uses of 截止 and table cells stay silent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textWording } from '../../../server/src/core/rules/text-wording';
import { applyFixes } from '../../../server/src/core';
import { buildDraft, ruleAlone } from './build';

const run = ruleAlone(textWording);
const GENERAL = '全年新收政府信息公开申请12件，上年结转1件。';
const withGeneral = (s: string): string => buildDraft().replace(GENERAL, s);
const slices = (text: string): string[] => run(text).map((f) => text.slice(f.start, f.end));

test('截止 before a date or 目前: 截至, with a safe fix', () => {
  const text = withGeneral('截止2023年12月31日，我局收到申请12件；截止目前，上年结转1件。');
  const fs = run(text);
  assert.deepEqual(slices(text), ['截止', '截止']);
  assert.equal(fs[0].severity, 'info');
  assert.equal(fs[0].message, '“截止”应为“截至”：“截止”指到期停止，不带时间宾语；表示“到某个时间为止”应写“截至”');
  assert.equal(fs[0].fix?.safe, true);
  const fixed = applyFixes(text, fs.map((f) => f.fix!)).text;
  assert.ok(fixed.includes('截至2023年12月31日，我局收到申请12件；截至目前'));
  assert.deepEqual(run(fixed), []);
});

test('部份 → 部分', () => {
  const text = withGeneral('本报告由总体情况等六个部份组成，收到申请12件，上年结转1件。');
  const fs = run(text);
  assert.deepEqual(slices(text), ['部份']);
  assert.equal(fs[0].message, '“部份”应为“部分”：“部份”是不规范的异形词，应写“部分”');
});

test('截止到, 截止日期, a deadline that closed, and the right forms are silent', () => {
  for (const s of [
    '截止到2023年12月31日，收到申请12件，上年结转1件。',
    '数据截止日期为2023年12月31日，申请受理已于年底截止。收到申请12件，上年结转1件。',
    '截至2023年12月31日，部分公开1件，收到申请12件，上年结转1件。',
  ]) assert.deepEqual(run(withGeneral(s)), [], s);
});

test('statutory names short of a word: the Regulations without 政府, the format without 年度 (mG/38, mP/07)', () => {
  const text = withGeneral('深入贯彻《中华人民共和国信息公开条例》和《关于印发<中华人民共和国政府信息公开工作报告格式>的通知》，收到申请12件，上年结转1件。');
  const fs = run(text);
  assert.deepEqual(slices(text), ['中华人民共和国信息公开条例', '政府信息公开工作报告格式']);
  assert.equal(fs[0].message, '“中华人民共和国信息公开条例”应为“中华人民共和国政府信息公开条例”：条例的名称是《中华人民共和国政府信息公开条例》，少了“政府”');
  assert.equal(fs[1].fix?.edits[0].newText, '政府信息公开工作年度报告格式');
  assert.deepEqual(run(withGeneral('依据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》，收到申请12件，上年结转1件。')), []);
});

test('the Regulations by a name no regulation has, in 《》 (oN/04 《政府信息管理条例》, oK/11 《信息公开条例》): 《政府信息公开条例》, a safe fix; a province\'s own regulation stays', () => {
  const text = withGeneral('贯彻《政府信息管理条例》《信息公开条例》和《中华人民共和国政府信息公开管理条例》，收到申请12件，上年结转1件。');
  const fs = run(text);
  assert.deepEqual(slices(text), ['政府信息管理条例', '信息公开条例', '政府信息公开管理条例']);
  assert.equal(fs[0].message, '“政府信息管理条例”应为“政府信息公开条例”：条例的名称是《中华人民共和国政府信息公开条例》（简称《政府信息公开条例》），没有这个名称的条例');
  const fixed = applyFixes(text, fs.map((f) => f.fix!)).text;
  assert.ok(fixed.includes('贯彻《政府信息公开条例》《政府信息公开条例》和《中华人民共和国政府信息公开条例》，'));
  assert.deepEqual(run(fixed), []);
  for (const s of [
    '贯彻《中华人民共和国政府信息公开条例》《辽宁省政府信息公开条例》，收到申请12件，上年结转1件。',
    '完善政府信息管理制度，落实信息公开条例要求，收到申请12件，上年结转1件。',
  ]) assert.deepEqual(run(withGeneral(s)), [], s);
});

test('余 after a single digit (real pages mA/23, mY/13): no fix; round numbers stay silent', () => {
  const text = withGeneral('解读民生政策文件6余件，收到申请12件，上年结转1件。');
  const fs = run(text);
  assert.deepEqual(slices(text), ['6余']);
  assert.equal(fs[0].message, '“6余”用词不当：“余”表示整数之后的零头，应跟在“十”“百”“千”等整数之后（“十余件”“60余件”），个位数之后不用“余”：请写明确数或改为约数');
  assert.equal(fs[0].fix, undefined);
  assert.deepEqual(run(withGeneral('解读政策文件60余件、十余次，2.5余万元，收到申请12件，上年结转1件。')), []);
});

test('余 after a number of two digits or more not ending in 0 (real pages nR/07 27余个, nG/31 5689余条): no fix; round numbers stay silent', () => {
  const text = withGeneral('开设27余个栏目，主动公开信息5689余条，收到申请12件，上年结转1件。');
  const fs = run(text);
  assert.deepEqual(slices(text), ['27余', '5689余']);
  assert.equal(fs[0].message, '“27余”用词不当：“余”表示整数之后的零头，应跟在整十、整百等整数之后（“20余个”“5600余条”）；个位不是零的数（“27余个”“5689余条”）已是确数，后面不用“余”：请写明确数或改为约数');
  assert.equal(fs[0].fix, undefined);
  assert.deepEqual(run(withGeneral('开设20余个栏目，公开信息5600余条、100余次、1.5余万元，其余12人，收到申请12件，上年结转1件。')), []);
});

test('法制政府 → 法治政府, with a safe fix; 法制建设 and 法制审核 stay (oC/03)', () => {
  const text = withGeneral('发布法制政府建设年报2条，加强法制建设，重要文件经法制审核，收到申请12件，上年结转1件。');
  const fs = run(text);
  assert.deepEqual(slices(text), ['法制政府']);
  assert.match(fs[0].message, /^“法制政府”应为“法治政府”/);
  assert.equal(applyFixes(text, fs.map((f) => f.fix!)).text, text.replace('法制政府', '法治政府'));
});

test('权力 where 权利 is meant (real pages nY/03 获取政府信息的权力, oH/03 纳税人权力和义务), a safe fix; the powers of authorities stay', () => {
  const text = withGeneral('保障公众获取政府信息的权力，宣传纳税人权力和义务，收到申请12件，上年结转1件。');
  const fs = run(text);
  assert.deepEqual(slices(text), ['权力', '权力']);
  assert.match(fs[0].message, /^“权力”应为“权利”/);
  assert.equal(applyFixes(text, fs.map((f) => f.fix!)).text, text.replace(/权力/g, '权利'));
  assert.deepEqual(run(withGeneral('公开权力清单243项，规范权力运行，强化权力监督，明确行政机关的权力和责任，收到申请12件，上年结转1件。')), []);
});

test('仍在不足 for 仍存在不足 (real pages nQ/03, oB/01…: 但在工作中仍在不足), a safe fix; 在 as a preposition and 存在 stay', () => {
  const text = withGeneral('但在工作中仍在不足，与先进地区还在一些差距，收到申请12件，上年结转1件。');
  const fs = run(text);
  assert.deepEqual(slices(text), ['在', '在']);
  assert.match(fs[0].message, /^“在”应为“存在”：“仍在不足”缺了“存”字/);
  assert.equal(applyFixes(text, fs.map((f) => f.fix!)).text, text.replace('仍在不足', '仍存在不足').replace('还在一些差距', '还存在一些差距'));
  assert.deepEqual(run(withGeneral('工作中仍存在不足，仍在不足之处下功夫，还在补短板，收到申请12件，上年结转1件。')), []);
});

test('《法治政府建设与责任落实督查工作规定》 → 督察, a safe fix; 督查 elsewhere stays (pM/22)', () => {
  const text = withGeneral('根据《法治政府建设与责任落实督查工作规定》，开展督查检查2次，收到申请12件，上年结转1件。');
  const fs = run(text);
  assert.deepEqual(slices(text), ['督查']);
  assert.match(fs[0].message, /^“督查”应为“督察”/);
  const fixed = applyFixes(text, fs.map((f) => f.fix!)).text;
  assert.ok(fixed.includes('《法治政府建设与责任落实督察工作规定》，开展督查检查'));
  assert.deepEqual(run(fixed), []);
});

test('修定 → 修订, 多种新式, → 多种形式, 国务院办公室 → 国务院办公厅 (pR/05, pR/04, pR/16), safe fixes; 新式 with its noun stays', () => {
  const text = withGeneral('组织修定了《政府信息公开指南》，通过多种新式，及时公开信息，依据国务院办公室发布的格式，收到申请12件，上年结转1件。');
  const fs = run(text);
  assert.deepEqual(slices(text), ['修定', '新式', '国务院办公室']);
  const fixed = applyFixes(text, fs.map((f) => f.fix!)).text;
  assert.ok(fixed.includes('组织修订了《政府信息公开指南》，通过多种形式，及时公开信息，依据国务院办公厅发布的格式'));
  assert.deepEqual(run(fixed), []);
  assert.deepEqual(run(withGeneral('配备多种新式设备，修订了目录，县政府办公室和国务院办公厅，收到申请12件，上年结转1件。')), []);
});

test('《党政主要负责人履行推进第一责任人职责规定》 and …法制建设… → the 规定\'s name, a safe fix (qD/41); the right name and a place\'s own 清单 stay', () => {
  const text = withGeneral('严格落实《党政主要负责人履行推进第一责任人职责规定》和《党政主要负责人履行推进法制建设第一责任人职责规定》，收到申请12件，上年结转1件。');
  const fs = run(text);
  assert.deepEqual(slices(text), ['党政主要负责人履行推进第一责任人职责规定', '党政主要负责人履行推进法制建设第一责任人职责规定']);
  assert.match(fs[0].message, /^“党政主要负责人履行推进第一责任人职责规定”应为“党政主要负责人履行推进法治建设第一责任人职责规定”/);
  const fixed = applyFixes(text, fs.map((f) => f.fix!)).text;
  assert.equal(fixed.split('《党政主要负责人履行推进法治建设第一责任人职责规定》').length, 3);
  assert.deepEqual(run(fixed), []);
  assert.deepEqual(run(withGeneral('执行《党政主要负责人履行推进法治建设第一责任人职责规定》《某县党政主要负责人履行推进法治建设第一责任人职责清单》，收到申请12件，上年结转1件。')), []);
});
