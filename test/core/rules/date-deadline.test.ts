// date-deadline: the signing date (or a web 发布日期) is after the statutory deadline: 1月31日
// for departments, 3月31日 for a government's own report and for 2008 reports, 4月1日 for
// rule-of-law reports. The deadline day itself is on time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateDeadline } from '../../../server/src/core/rules/date-deadline';
import { build2008, buildDraft, buildRuleOfLaw, lineOf, ruleInRegistry, SIGNATURE, where } from './build';

const run = ruleInRegistry(dateDeadline);
/** The built 2021-format draft (report year 2023, issuer 示例区人民政府办公室) signed on `date`. */
const signed = (date: string, text = buildDraft()): string => text.replace('2024年1月25日', date);
/** The same draft issued by someone else (title and signature). */
const issuedBy = (issuer: string, date: string): string => signed(date).split(SIGNATURE).join(issuer);

test('silent on drafts signed in time', () => {
  for (const kind of [2019, 2021] as const) for (const flavour of ['md', 'txt'] as const) assert.deepEqual(run(buildDraft({ kind, flavour })), []);
  assert.deepEqual(run(signed('2024年1月31日')), [], 'the deadline day itself is on time');
});

test('a department report signed after 1月31日 fires; warning; range is the date', () => {
  const text = signed('2024年2月20日');
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.deepEqual(where(text, fs[0]), { line: lineOf(text, '2024年2月20日'), slice: '2024年2月20日' });
  assert.equal(fs[0].severity, 'warning');
  assert.equal(fs[0].message, '落款日期2024年2月20日晚于法定公开期限2024年1月31日（部门报告，条例（2019）第四十九条）');
  assert.equal(run(signed('2024年2月1日')).length, 1);
  assert.equal(run(issuedBy('示例区教育局', '2024年2月20日')).length, 1);
  assert.equal(run(issuedBy('示例区石壁街道办事处', '2024年3月1日')).length, 1, 'a 街道办事处 is not a government');
});

test('a government’s own report has until 3月31日 (人民政府, or the bare area name)', () => {
  for (const issuer of ['示例区人民政府', '示例县']) {
    assert.deepEqual(run(issuedBy(issuer, '2024年3月31日')), [], issuer);
    const fs = run(issuedBy(issuer, '2024年4月1日'));
    assert.equal(fs.length, 1, issuer);
    assert.equal(fs[0].message, '落款日期2024年4月1日晚于法定公开期限2024年3月31日（政府本级报告，条例（2019）第四十九条）');
  }
});

test('unknown issuer: the later 3月31日 deadline, so that no on-time report is flagged', () => {
  const text = buildDraft().replace(/^# .*$/m, '# 2023年政府信息公开工作年度报告').replace(`${SIGNATURE}\n`, '');
  assert.deepEqual(run(signed('2024年3月20日', text)), []);
  assert.equal(run(signed('2024年4月2日', text)).length, 1);
});

test('2008 reports: 3月31日; rule-of-law reports: 4月1日', () => {
  const old = (date: string) => build2008() + `\n示例区民政局\n${date}\n`;
  assert.deepEqual(run(old('2016年3月31日')), []);
  assert.match(run(old('2016年4月15日'))[0].message, /^落款日期2016年4月15日晚于法定公开期限2016年3月31日（条例（2008）第三十一条）$/);
  const law = (date: string) => buildRuleOfLaw() + `\n示例区司法局\n${date}\n`;
  // 示例区司法局 is a department: its 3月1日 report deadline is an info hint (date-deadline-rule-of-law.test.ts).
  assert.deepEqual(run(law('2024年4月1日')).filter((f) => f.severity !== 'info'), []);
  assert.match(run(law('2024年4月2日'))[0].message, /^落款日期2024年4月2日晚于法定公开期限2024年4月1日（《法治政府建设与责任落实督察工作规定》/);
});

test('a web 发布日期 after the deadline fires on its line; one finding when both dates are late', () => {
  const web = (stamp: string, text: string) => `发布日期:${stamp} 来源:示例区人民政府办公室\n${text}`;
  const late = web('2024-05-06 10:00:00', buildDraft());
  const fs = run(late);
  assert.equal(fs.length, 1);
  assert.deepEqual(where(late, fs[0]), { line: 0, slice: '2024-05-06' });
  assert.match(fs[0].message, /^发布日期2024年5月6日晚于法定公开期限2024年1月31日/);
  assert.deepEqual(run(web('2024-01-20 10:00:00', buildDraft())), []);
  const both = run(web('2024-05-06 10:00:00', signed('2024年3月1日')));
  assert.equal(both.length, 1);
  assert.match(both[0].message, /^落款日期/);
  assert.deepEqual(run(web('2020-12-04 09:27:11', buildRuleOfLaw().replace(/2023/g, '2020'))), [], 'seed 002 shape');
});

// oH (山东海事局 2014, 发布时间:[2020/08/24]): a stamp years after the deadline is the site moving its
// archive; a year late is still late, and a late signing date is reported whenever it was.
test('a web stamp two years or more after the deadline is a re-posting, not the publication', () => {
  const web = (stamp: string, text: string) => `发布日期:${stamp} 来源:示例区人民政府办公室\n${text}`;
  assert.deepEqual(run(web('2026-08-24 10:00:00', buildDraft())), []);
  assert.equal(run(web('2025-02-24 10:00:00', buildDraft())).length, 1);
  const signedLate = run(web('2026-08-24 10:00:00', signed('2026年3月1日')));
  assert.equal(signedLate.length, 1);
  assert.match(signedLate[0].message, /^落款日期/);
});

test('precision: dates in the body are never checked', () => {
  const text = buildDraft().replace('上年结转1件。', '上年结转1件。2024年6月1日起将启用新版公开指南。');
  assert.deepEqual(run(text), []);
});

test('a page pasted on one line: the cell rows of its metadata block are table rows there too', () => {
  const meta = '索引号 | 000000/2024-01075 | 效力属性 | |\n发布机构 | 政府办公室 | 文 号 | |\n成文日期 | 发布日期 | 2024-05-06 |\n';
  const page = meta + buildDraft({ flavour: 'txt' });
  const flat = (t: string) => t.replace(/\n+/g, ' ');
  assert.deepEqual(run(page), [], 'the page itself');
  assert.deepEqual(run(flat(page)), [], 'pasted on one line');
  // A stamp outside cells is read on one line as on the page.
  const stamp = '发布日期:2024-05-06 10:00:00 来源:示例区人民政府办公室\n' + buildDraft({ flavour: 'txt' });
  assert.equal(run(stamp).length, 1);
  assert.equal(run(flat(stamp)).length, 1);
});
