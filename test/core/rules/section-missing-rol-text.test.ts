// section-missing on 法治政府建设 reports: an item no heading holds is found in running text only by
// its statutory wording or the way a report opens it inside a paragraph (format data `textPatterns`),
// not by its words in other prose — 补短板、强弱项 in the opening is no 存在的不足, 纳入年度工作计划 in
// the measures part is no 下一年度安排, a 主要负责人 who is a group's member is no 第一责任人 item.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core';
import { findings } from './build';

const RULE = 'section-missing';
const TITLE = '示例县人民政府2023年法治政府建设年度报告';
const OPENING = '2023年,我县以创建法治政府建设示范县为目标,补短板、强弱项、创示范,全面推进法治政府建设,取得明显成效。';
const MEASURES = ['一、2023年推进法治政府建设的主要举措和成效', '将法治政府建设纳入全县发展总体规划和年度工作计划,查找工作短板,研究解决存在问题。'];
const SHORT = ['二、存在的不足和原因', '执法队伍专业化水平有待提高。'];
const LEADERS = ['三、党政主要负责人履行推进法治建设第一责任人职责情况', '县长带头学法、述法。'];
const PLANS = ['四、2024年工作安排', '深化行政执法体制改革。'];
const doc = (...parts: string[][]) => [TITLE, OPENING, ...parts.flat()].join('\n');
const missing = (text: string) => findings(text, RULE).map((f) => /未找到“([^”]+)”/.exec(f.message)?.[1]);

test('a report with every part is silent (its everyday phrases elsewhere change nothing)', () => {
  assert.equal(analyze(doc(MEASURES, SHORT, LEADERS, PLANS)).kind, 'rule-of-law');
  assert.deepEqual(missing(doc(MEASURES, SHORT, LEADERS, PLANS)), []);
});

test('存在的不足 missing is flagged though the opening says 补短板、强弱项 and the measures 查找工作短板', () => {
  assert.deepEqual(missing(doc(MEASURES, LEADERS, PLANS)), ['存在的不足和原因']);
  // … and a measures part that resolves 存在问题 (研究解决存在问题, 确保……存在的问题得到解决) is no such part.
  const resolved = doc([MEASURES[0], MEASURES[1] + '确保法治政府建设工作中存在的问题和困难得到及时解决。'], LEADERS, PLANS);
  assert.deepEqual(missing(resolved), ['存在的不足和原因']);
});

test('the 存在的不足 item written inside a paragraph, not under a heading, still counts', () => {
  for (const said of ['同时,我县法治政府建设仍存在一些不足:执法力量薄弱。', '但也存在问题和不足,主要是基层执法能力不强。', '对照要求,工作中还有一些差距。']) {
    const text = doc([MEASURES[0], MEASURES[1] + said], LEADERS, PLANS);
    assert.deepEqual(missing(text), [], said);
  }
});

test('下一年度安排 missing is flagged though the measures say 纳入年度工作计划', () => {
  assert.deepEqual(missing(doc(MEASURES, SHORT, LEADERS)), ['下一年度推进法治政府建设的主要安排']);
  // 按照2023年工作安排 (this year's arrangement followed) is no plan for the next.
  const followed = doc([MEASURES[0], '按照2023年工作安排,完成了各项任务。'], SHORT, LEADERS);
  assert.deepEqual(missing(followed), ['下一年度推进法治政府建设的主要安排']);
  // The plans written in a paragraph (下一步,我县将……) count.
  const said = doc(MEASURES, SHORT, LEADERS, [['下一步,我县将继续深化行政执法体制改革。']].flat());
  assert.deepEqual(missing(said), []);
});

test('the 第一责任人 item missing is flagged though a 主要负责人 sits in a group', () => {
  const text = doc([MEASURES[0], '成立以县长为组长、各单位主要负责人为成员的领导小组。'], SHORT, PLANS);
  assert.deepEqual(missing(text), ['党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况']);
  // Told in a paragraph (县政府主要负责人切实履行……), it counts.
  const told = doc([MEASURES[0], '县政府主要负责人切实履行推进法治建设第一责任人职责。'], SHORT, PLANS);
  assert.deepEqual(missing(told), []);
});

test('the plans named in the opening with the rule-of-law words between year and 安排 count; this year’s 重点工作 does not', () => {
  // (对2024年度推进法治政府建设的主要工作安排进行部署, 2024年法治政府建设工作计划如下: the plans part, named.)
  for (const said of ['对2024年度推进法治政府建设的主要工作安排进行部署落实。', '现将2024年法治政府建设工作计划报告如下:']) {
    assert.deepEqual(missing(doc([MEASURES[0], MEASURES[1] + said], SHORT, LEADERS)), [], said);
  }
  // (以及《某县2023年度法治政府建设重点工作安排》, 对2023年法治政府建设重点工作提出要求: this year's work, no plans.)
  for (const said of ['以及《某县2023年度法治政府建设重点工作安排》。', '对2023年法治政府建设重点工作提出明确要求。', '按照2023年法治政府建设工作安排,完成了各项任务。']) {
    assert.deepEqual(missing(doc([MEASURES[0], MEASURES[1] + said], SHORT, LEADERS)), ['下一年度推进法治政府建设的主要安排'], said);
  }
});
