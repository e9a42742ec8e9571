// Every fix title a rule writes as a literal has an English title (engine/fix-title-en.ts), so an
// English UI never shows a Chinese fix title behind "Apply:". Read from the sources: a title added
// without its English pattern fails here (删除本段的拼音注音 and 删除行末的竖线 once did).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { fixTitleEn } from '../../../server/src/core/engine/fix-title-en';

const CORE = path.join(__dirname, '..', '..', '..', '..', 'server', 'src', 'core');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : n.endsWith('.ts') ? [p] : [];
  });
}

test('every literal Chinese fix title has an English one', () => {
  const titles = new Set<string>();
  for (const file of sources(CORE)) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      // (A fix that sets its own titleEn needs no pattern; a rule's title, { zh, en }, has its English;
      // the format's section names are no fix titles.)
      if (!/\btitle: (?!\{)/.test(line) || /titleEn/.test(line)) continue;
      const m = /\btitle: ([^,}]*)/.exec(line)!;
      for (const q of m[1].matchAll(/'([^'\n]*\p{Script=Han}[^'\n]*)'/gu)) titles.add(q[1]);
    }
  }
  assert.ok(titles.has('删除此行') && titles.has('删除本段的拼音注音'), [...titles].join(' / '));
  const missing = [...titles].filter((t) => t !== '标题' && fixTitleEn({ title: t }).startsWith('Apply:'));
  assert.deepEqual(missing, []);
});
