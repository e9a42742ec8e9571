// An untitled 法治政府建设 report pasted on one line (line breaks turned into spaces): its view
// (parse/flat-view.ts) cuts a piece at every space after a word, so the opening's list of results
// (--成功创建…, --某某模式 获评…) gives more pieces than it had lines, and the first part's heading
// comes later among them than on the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';

const lines = [
  '2023年,市某某局在市委市政府的坚强领导下,深入学习贯彻习近平法治思想,紧紧围绕法治政府建设工作要点和任务清单,在全面促进严格规范公正文明执法等方面取得了新成效。',
  '--成功创建 国家食品安全示范城市,全省率先实现示范区全覆盖。',
  '--“创新监管服务模式 护航平台经济发展”获评 全省营商环境优化提升最佳实践案例。',
  '--“推进知识产权纠纷快速处理 为创新主体办实事”获评 第三批最佳实践案例。',
  '--从制度上破解 电梯安全治理中的难点堵点,《某市电梯安全管理规定》正式施行。',
  '一、法治政府建设水平持续提升',
  '(一)法治政府建设稳步争先。出台年度法治政府建设工作清单和考评办法,抓实抓好各项指标任务的细化落实。',
  '(二)依法行政能力不断提升。开展领导干部述法工作,全面落实领导干部学法制度,组织集中学法四次,举办依法行政专题培训班两期,执法人员全员参加法律知识考试,合格率百分之百。',
  '(三)行政执法规范有序。全面推行行政执法公示制度、执法全过程记录制度和重大执法决定法制审核制度,全年办理各类行政处罚案件三百余件,无一被复议纠错或诉讼败诉。',
];

test('the page itself is the report', () => {
  const a = analyze(lines.join('\n'));
  assert.deepEqual([a.kind, a.doc.year], ['rule-of-law', 2023], a.detection.reason);
});

test('pasted on one line, it still is', () => {
  const a = analyze(lines.join(' '));
  assert.deepEqual([a.kind, a.doc.year], ['rule-of-law', 2023], a.detection.reason);
});

test('a plan pasted on one line the same way stays no report', () => {
  const plan = [...lines];
  plan[0] = '为深入推进法治政府建设,结合我局实际,特制定本方案如下:';
  assert.equal(analyze(plan.join(' ')).kind, null);
});
