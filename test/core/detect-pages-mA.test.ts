// Detection on shapes seen in the harvest mA (issue #12: county and district governments and their
// departments, 2021 format). Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from './helpers';

// A county's report without a title: the opening paragraph sums up the year first (我县认真贯彻……),
// then names the report's parts and its statistics period; then 一、总体情况 about the year's work.
const untitled = [
  '2022年,我县认真贯彻落实《中华人民共和国政府信息公开条例》以及上级关于推进政务公开工作的具体要求,围绕全县发展大局,持续优化政务服务环境,进一步提升政务公开标准化规范化水平,各项工作取得了良好效果,群众满意度不断提高。报告主要包括:总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进措施和其他需要报告的事项。本报告中使用数据统计期限为2022年1月1日至12月31日。',
  '一、总体情况',
  '2022年,在县委、县政府的领导下,我县政务公开工作深化公开内容,拓展公开渠道,抓好重点领域的政府信息公开工作。',
  '(一)主动公开情况。主动公开政府信息512条。',
].join('\n');

test('an untitled report whose opening names its parts and statistics period after the year summary', () => {
  const d = detect(untitled);
  assert.equal(d.kind, 'gov-info-2021');
  assert.equal(d.year, 2022);
});

test('without the report speaking of itself the same summary is no report', () => {
  const notSelf = untitled.replace(/报告主要包括[^。]*。本报告中使用数据统计期限为[^。]*。/, '');
  assert.equal(detect(notSelf).kind, null);
});

test('a page that names the parts of a report but no statistics period of its own stays silent', () => {
  const notice = untitled.replace('本报告中使用数据统计期限为2022年1月1日至12月31日。', '请各单位于2月底前报送。');
  assert.equal(detect(notice).kind, null);
});
