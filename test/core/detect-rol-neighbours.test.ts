// An untitled page is read as a 法治政府建设 report by its opening and its first part (detect-rol-body.ts,
// detect-rol-first-part.ts); a body's general year summary whose first part is on 法治建设 (a 司法局's, a 政府办's:
// set real-pages/pJ holds real ones) is not one (detect-rol-summary.ts). Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';

const kind = (lines: string[]) => analyze(lines.join('\n')).kind;

test('a 司法局’s year summary whose first part is on 法治建设 is no 法治政府建设 report', () => {
  assert.equal(kind(['2023年,在县委、县政府的坚强领导下,县司法局坚持以习近平法治思想为指导,统筹推进法治建设和司法行政各项工作,各项工作取得了新进展新成效。',
    '一、2023年工作总结', '(一)系统谋划县域法治建设。编制《2023年法治建设工作要点》,推进法治政府建设示范创建,落实党政主要负责人履行推进法治建设第一责任人职责。',
    '(二)全力打造法治营商环境。', '二、2024年工作思路', '(一)深化法治政府建设。']), null);
});

test('a 政府办’s year summary with parts on other work (办文办会, 督查督办) is no 法治政府建设 report', () => {
  const parts = ['一、坚持依法行政,推进法治政府建设', '严格落实重大行政决策程序,推进法治政府建设,主要负责人切实履行推进法治建设第一责任人职责。',
    '二、办文办会', '全年共办理文件3000余件。', '三、督查督办', '全年督办事项200项。'];
  assert.equal(kind(['2023年,县政府办公室在县委、县政府的坚强领导下,坚持依法行政,推进法治建设,较好完成了各项工作任务。', ...parts]), null);
  // (Whatever its opening says: the parts tell.)
  assert.equal(kind(['2023年,县政府办公室在县委、县政府的坚强领导下,坚持依法行政,推进法治建设,成效明显。', ...parts]), null);
});

test('an untitled 法治政府建设 report with the same opening words is still one', () => {
  assert.equal(kind(['2022年,县政府办公室坚持以习近平法治思想为指导,深入贯彻落实中央、市委、县委关于法治政府建设的决策部署,扎实推进法治政府建设工作,各项工作取得新成效。',
    '一、2022年工作情况', '(一)强化法治理论武装,提高党组科学决策水平。', '(二)立足综合保障职能,助推法治政府建设。',
    '二、存在的不足', '法治宣传教育形式较为单一。', '三、2023年工作打算', '持续推进法治政府建设。']), 'rule-of-law');
  assert.equal(kind(['2022年,在市委、市政府的坚强领导下,市公安局坚持以习近平法治思想为指导,全面推进法治公安建设,取得了明显成效。',
    '一、加强党的领导,法治建设更有力', '局党委主要负责人切实履行推进法治建设第一责任人职责。',
    '二、加强队伍建设', '开展执法培训12期。', '三、存在的问题和下一步打算', '进一步提升执法规范化水平。']), 'rule-of-law');
  // (Task areas on other work than 法治 are the report's own: 深入推进“放管服”改革，持续优化营商环境.)
  assert.equal(kind(['2023年,某市应急管理局坚持以习近平法治思想为指导,全面推进应急管理法治建设,取得了明显成效。',
    '一、加强党对法治政府建设的领导,持续推进应急管理法治建设', '局主要负责同志切实履行推进法治建设第一责任人职责。',
    '二、深入推进“放管服”改革,持续优化营商环境', '全面实行权责清单。', '三、加强督查检查,推动安全生产责任落实', '开展督查12次。',
    '四、存在的不足和下一步打算', '进一步提升执法规范化水平。']), 'rule-of-law');
});
