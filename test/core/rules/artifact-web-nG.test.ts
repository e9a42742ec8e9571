// artifact-web, page debris of the nG harvest's shapes (texts of our own): a page header naming
// who entered the article (录入人员: … 发布时间: … 访问次数:), and an accessibility toolbar with a
// link back to the main site (无障碍 关怀版 返回主网站 繁体版). Report prose with the same words stays.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyChrome } from '../../../server/src/core/model/artifacts-chrome';

test('录入人员 with the publishing time and the view counter is a page header', () => {
  assert.notEqual(classifyChrome('录入人员: zlxzwgk 发布时间: 2024-01-19 访问次数:'), null);
  assert.notEqual(classifyChrome('录入人: 张三 发布时间: 2024-01-19'), null);
  assert.equal(classifyChrome('信息录入人员要严格执行“三审三校”制度,确保信息准确。'), null);
});

test('a toolbar with 返回主网站 is site navigation; a sentence about returning is not', () => {
  assert.equal(classifyChrome('无障碍 关怀版 返回主网站 繁体版')?.zh, '网站导航链接');
  assert.equal(classifyChrome('及时返回主网站首页更新信息,确保栏目内容准确。'), null);
});
