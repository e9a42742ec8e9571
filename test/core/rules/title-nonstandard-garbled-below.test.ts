// title-nonstandard (oK harvest): a garbled title with a space before its statutory words (…政府信息公开 工作告年度报),
// below the site's name and column lines, is named, though the title read is the opening sentence's. Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { titleNonstandard } from '../../../server/src/core/rules/title-nonstandard';
import { garbledWords } from '../../../server/src/core/text/garbled-words';
import { buildDraft, ruleAlone, where } from './build';

const run = ruleAlone(titleNonstandard);
const TITLE = '示例区人民政府办公室2023年政府信息公开工作年度报告';

test('garbledWords: a space between 公开 and the garbled words', () => {
  assert.deepEqual(garbledWords('某镇2023年政府信息公开 工作告年度报'), { at: 14, wrote: '工作告年度报', want: '工作年度报告' });
  assert.deepEqual(garbledWords('某镇2023年政府信息公开\u3000工作告年度报'), { at: 14, wrote: '工作告年度报', want: '工作年度报告' });
  assert.equal(garbledWords('某镇2023年政府信息公开 工作年度报告'), null);
});

test('a garbled title under the site\'s name and column lines, the title read from the first sentence: named', () => {
  const head = ['某某县人民政府 The People\'s Government of Moumou County', '', '政府信息公开', '', '某某县某镇2023年政府信息公开 工作告年度报', ''];
  const text = buildDraft().replace(`# ${TITLE}\n`, `${head.join('\n')}\n现将我镇2023年度政府信息公开工作报告如下。\n`);
  const fs = run(text).filter((f) => /字序错乱/.test(f.message));
  assert.equal(fs.length, 1);
  assert.equal(where(text, fs[0]).slice, '工作告年度报');
  assert.equal(where(text, fs[0]).line, 4);
});

test('a statutory title below the site lines stays silent on garbles', () => {
  const head = ['某某县人民政府', '', '政府信息公开', '', '某某县某镇2023年政府信息公开工作年度报告', ''];
  const text = buildDraft().replace(`# ${TITLE}\n`, `${head.join('\n')}\n`);
  assert.deepEqual(run(text).filter((f) => /字序错乱/.test(f.message)), []);
});
