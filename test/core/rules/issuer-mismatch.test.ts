// issuer-mismatch: the title and the signing block name different places of the same level.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { issuerMismatch, differentPlaces } from '../../../server/src/core/rules/issuer-mismatch';
import { build2008, buildDraft, buildRuleOfLaw, ruleAlone, ruleInRegistry, where } from './build';

const run = ruleAlone(issuerMismatch);
const TITLE = '示例区人民政府办公室2023年政府信息公开工作年度报告';
const SIGNED = (title: string, signature: string) => buildDraft({ flavour: 'txt' }).replace(TITLE, title).replace(/\n示例区人民政府办公室\n(?=\d{4}年)/, `\n${signature}\n`);

test('silent on the built drafts (title and signature agree)', () => {
  assert.deepEqual(run(buildDraft()), []);
  assert.deepEqual(run(buildDraft({ kind: 2019 })), []);
  assert.deepEqual(run(build2008()), []);
  assert.deepEqual(run(buildRuleOfLaw()), []);
});

test('a copied report: the title names one county, the signature another → info on the signature line', () => {
  const text = SIGNED('甲山县人民政府2023年政府信息公开工作年度报告', '乙水县人民政府');
  const fs = run(text);
  assert.equal(fs.length, 1, JSON.stringify(fs));
  assert.equal(fs[0].severity, 'info');
  assert.equal(where(text, fs[0]).slice, '乙水县人民政府');
  assert.match(fs[0].message, /落款机关“乙水县人民政府”与标题中的“甲山县人民政府”不是同一地方/);
  // Streets and towns too; and with the registry.
  const street = SIGNED('东城街道办事处2023年政府信息公开工作年度报告', '西湖街道办事处');
  assert.equal(ruleInRegistry(issuerMismatch)(street).length, 1);
});

test('silent: the same place written longer or shorter, different levels, no place', () => {
  const same: [string, string][] = [
    ['某某市甲山区人民政府2023年政府信息公开工作年度报告', '甲山区人民政府'],
    ['长阳土家族自治县人民政府2023年政府信息公开工作年度报告', '长阳县人民政府'],
    ['甲山县人民政府2023年政府信息公开工作年度报告', '甲山县人民政府办公室'],
    ['甲山县人民政府2023年政府信息公开工作年度报告', '青石镇人民政府'],
    ['甲山县教育局2023年政府信息公开工作年度报告', '甲山县教育局'],
    ['甲山县教育局2023年政府信息公开工作年度报告', '县教育局'],
    ['甲山县人民政府2023年政府信息公开工作年度报告', '某某社区服务中心'],
  ];
  for (const [title, sig] of same) assert.deepEqual(run(SIGNED(title, sig)), [], `${title} / ${sig}`);
});

test('differentPlaces compares the lowest place of each name', () => {
  assert.deepEqual(differentPlaces('甲山县人民政府', '乙水县人民政府'), ['甲山县', '乙水县']);
  assert.equal(differentPlaces('某某市甲山区人民政府', '甲山区人民政府办公室'), null);
  assert.equal(differentPlaces('某某省某某市', '某某市甲山区'), null);
  assert.equal(differentPlaces('甲山经济开发区管委会', '甲山经济开发区管理委员会'), null);
});

test('the opening publishes another unit\'s report: info on that unit\'s name; silent on a notice\'s title, on the same unit, on another level', () => {
  const open = (sentence: string) => buildDraft().replace(/^(.*年度报告)\n/, `$1\n\n${sentence}\n`);
  const text = open('现向社会公布乙水区人民政府办公室2023年政府信息公开工作年度报告。');
  const fs = run(text);
  assert.equal(fs.length, 1, JSON.stringify(fs));
  assert.equal(fs[0].severity, 'info');
  assert.equal(where(text, fs[0]).slice, '乙水区人民政府办公室');
  assert.equal(where(text, fs[0]).line, 2);
  assert.match(fs[0].message, /^开头公布的是“乙水区人民政府办公室”的报告，与标题中的“示例区人民政府办公室”不是同一地方（乙水区 \/ 示例区）/);
  // Traditional script.
  assert.equal(run(open('現向社會公布乙水區人民政府辦公室2023年政府信息公開工作年度報告。')).length, 1);
  for (const s of [
    '根据《乙水区人民政府办公室关于做好2023年政府信息公开工作年度报告编制发布工作的通知》要求，编制本报告。',
    '现向社会公布示例区人民政府办公室2023年政府信息公开工作年度报告。',
    '本报告由示例区人民政府办公室编制，是示例区2023年政府信息公开工作年度报告。',
    '按照乙水市2023年政府信息公开工作年度报告的体例编制本报告。',
  ]) assert.deepEqual(run(open(s)), [], s);
  // The issuer speaking of itself (mQ harvest): 现将我镇…报告如下 names no other place.
  const town = (sentence: string) => buildDraft().replace(/^.*年度报告\n/, `甲山镇人民政府2023年政府信息公开工作年度报告\n\n${sentence}\n`);
  const opening = (text: string) => run(text).filter((f) => f.message.startsWith('开头公布'));
  for (const s of ['根据《条例》规定,现将我镇2023年度政府信息公开工作情况报告如下。', '根据《条例》规定，本镇2023年政府信息公开工作年度报告如下。']) {
    assert.deepEqual(opening(town(s)), [], s);
  }
  assert.equal(opening(town('现将乙水镇2023年度政府信息公开工作情况报告如下。')).length, 1);
});

test('a town\'s report whose opening presents a county department\'s report (mR harvest): info on the department', () => {
  const town = (sentence: string) => buildDraft().replace(/^.*年度报告\n/, `甲山县青石镇2025年政府信息公开工作年度报告\n\n${sentence}\n`);
  const opening = (text: string) => run(text).filter((f) => f.message.startsWith('开头公布'));
  const text = town('根据《条例》要求,现公布甲山县民族宗教事务局2025年度政府信息公开工作年度报告。');
  const fs = opening(text);
  assert.equal(fs.length, 1, JSON.stringify(run(text)));
  assert.equal(where(text, fs[0]).slice, '甲山县民族宗教事务局');
  assert.match(fs[0].message, /^开头公布的是“甲山县民族宗教事务局”的报告，而标题中的机关是“甲山县青石镇”/);
  // The town's own organs, and a county department's report named by a county's, are silent.
  for (const s of ['现公布甲山县青石镇人民政府2025年政府信息公开工作年度报告。', '现公布青石镇党政综合办公室2025年政府信息公开工作年度报告。']) {
    assert.deepEqual(opening(town(s)), [], s);
  }
  const county = buildDraft().replace(/^.*年度报告\n/, '甲山县人民政府2025年政府信息公开工作年度报告\n\n现公布甲山县人民政府办公室2025年政府信息公开工作年度报告。\n');
  assert.deepEqual(run(county).filter((f) => f.message.startsWith('开头公布')), []);
});
