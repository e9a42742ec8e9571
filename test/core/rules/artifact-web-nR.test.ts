// artifact-web, page debris of the nR harvest's shapes (texts of our own): a page header naming the
// account that posted the article (阅读次数:0次 发布者:admin 发布日期:…). Report prose with the words stays.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyChrome } from '../../../server/src/core/model/artifacts-chrome';

test('阅读次数 with 发布者 and 发布日期 is a page header', () => {
  assert.notEqual(classifyChrome('阅读次数:0次    发布者:admin    发布日期:2022-01-14'), null);
  assert.notEqual(classifyChrome('发布人: 县政府办 发布时间: 2023-01-10'), null);
  assert.equal(classifyChrome('信息发布者要严格执行“三审三校”制度,确保信息准确。'), null);
  assert.equal(classifyChrome('发布人:县政府办公室负责审核,各单位按时报送。'), null);
});

test('a news page\'s byline (date and time | site name and domain | 给编辑写信 字号:T|T) is chrome', () => {
  assert.notEqual(classifyChrome('2013年04月30日17:01 | 中国发展门户网 www.chinagate.cn | 给编辑写信 字号:T|T'), null);
  assert.equal(classifyChrome('2013年04月30日17:01 | 中国发展门户网 www.chinagate.cn | 给编辑写信 字号:T|T')?.tier, 'strong');
  // A sentence with a date and time, or naming a site and its address, is report text.
  assert.equal(classifyChrome('2013年04月30日17:01,我局召开政务公开工作会议。'), null);
  assert.equal(classifyChrome('本报告在中国南平网www.np.gov.cn公布。'), null);
});

test('the site\'s name and domain before the page header\'s fields (oO/14: …门户网站 www.xtx.gov.cn 发布时间:…) is chrome', () => {
  assert.notEqual(classifyChrome('湘潭县人民政府门户网站 www.xtx.gov.cn 发布时间:2024-01-11 09:46'), null);
  assert.notEqual(classifyChrome('某某市人民政府网 www.example.gov.cn 来源:市政府办公室'), null);
  // A sentence naming the site and its address, then a date, is report text.
  assert.equal(classifyChrome('本报告在某某县人民政府门户网站www.example.gov.cn发布,时间为2024年1月11日。'), null);
});
