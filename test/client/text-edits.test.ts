// The client's pure edits: the kind directive written by the status-bar pick (checked against
// what the core then reads) and the blank lines around an inserted table or skeleton.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/core';
import { applyEdit, hasKindPin, kindDirectiveEdit, padBlock } from '../../client/src/text-edits';

const REPORT = '# 临江市临江区人民政府2023年政府信息公开工作年度报告\n\n## 一、总体情况\n\n本年度工作有序开展。\n';

function pin(text: string, kind: string | null): string {
  const e = kindDirectiveEdit(text, kind);
  return e ? applyEdit(text, e) : text;
}

describe('kindDirectiveEdit', () => {
  test('writes the directive as a new first line and the core honours it', () => {
    const out = pin(REPORT, 'gov-info-2019');
    assert.equal(out, `<!-- govreport-kind: gov-info-2019 -->\n${REPORT}`);
    const r = lint(out);
    assert.equal(r.kind, 'gov-info-2019');
    assert.equal(r.kindSource, 'directive');
  });

  test('replaces a directive on the first line, touching nothing else', () => {
    const text = '<!-- govreport-kind: gov-info-2019 -->\r\n' + REPORT.replace(/\n/g, '\r\n');
    const e = kindDirectiveEdit(text, 'rule-of-law');
    assert.deepEqual(e, { start: 0, end: '<!-- govreport-kind: gov-info-2019 -->'.length, newText: '<!-- govreport-kind: rule-of-law -->' });
    assert.equal(lint(applyEdit(text, e)).kind, 'rule-of-law');
  });

  test('also replaces the line-comment form and loosely spaced directives', () => {
    assert.equal(pin('// govreport-kind: gov-info-2008\n正文', 'gov-info-2021'), '<!-- govreport-kind: gov-info-2021 -->\n正文');
    assert.equal(pin('  <!--govreport-kind:gov-info-2008-->  \n正文', 'gov-info-2021'), '<!-- govreport-kind: gov-info-2021 -->\n正文');
  });

  test('自动识别 removes the first-line directive with its line break; the round trip restores the text', () => {
    for (const eol of ['\n', '\r\n']) {
      const text = REPORT.replace(/\n/g, eol);
      const pinned = pin(text, 'gov-info-2019');
      assert.ok(pinned.startsWith(`-->${eol}`, pinned.indexOf('-->')));
      assert.equal(pin(pinned, null), text);
      assert.equal(lint(pin(pinned, null)).kindSource, 'detected');
    }
    assert.equal(pin('<!-- govreport-kind: rule-of-law -->', null), '');
  });

  test('no edit when nothing changes', () => {
    assert.equal(kindDirectiveEdit(REPORT, null), null);
    assert.equal(kindDirectiveEdit(`<!-- govreport-kind: gov-info-2021 -->\n${REPORT}`, 'gov-info-2021'), null);
    // A directive further down is not the first line's: 自动识别 leaves it (and says so).
    const later = `${REPORT}<!-- govreport-kind: gov-info-2019 -->\n`;
    assert.equal(kindDirectiveEdit(later, null), null);
    assert.equal(hasKindPin(later), true);
  });

  test('other comments on the first line are kept', () => {
    const text = `<!-- 草稿 -->\n${REPORT}`;
    assert.equal(pin(text, 'gov-info-2021'), `<!-- govreport-kind: gov-info-2021 -->\n${text}`);
    assert.equal(pin(text, null), text);
  });

  test('front matter stays first: the directive goes right after it', () => {
    const fm = '---\ntitle: 年报\n---\n';
    const out = pin(fm + REPORT, 'gov-info-2019');
    assert.equal(out, `${fm}<!-- govreport-kind: gov-info-2019 -->\n${REPORT}`);
    assert.equal(lint(out).kind, 'gov-info-2019');
    assert.equal(pin(out, null), fm + REPORT);
  });

  test('an empty document gets just the directive line', () => {
    assert.equal(pin('', 'rule-of-law'), '<!-- govreport-kind: rule-of-law -->\n');
  });

  test('hasKindPin sees directives and front matter pins', () => {
    assert.equal(hasKindPin(REPORT), false);
    assert.equal(hasKindPin('---\ngovreport-kind: rule-of-law\n---\n正文'), true);
    assert.equal(hasKindPin('正文\n// govreport-kind: rule-of-law\n'), true);
  });
});

describe('padBlock', () => {
  const at = (before: string, after: string, previousLine: string | null, nextLine: string | null) => ({ before, after, previousLine, nextLine });

  test('an empty line between blank lines needs nothing', () => {
    assert.equal(padBlock('|a|', at('', '', '', '')), '|a|');
    assert.equal(padBlock('|a|', at('', '', null, null)), '|a|');
  });

  test('a blank line is made next to text above and below', () => {
    assert.equal(padBlock('|a|', at('', '', '正文', '正文')), '\n|a|\n');
  });

  test('in the middle of a line the block gets lines of its own', () => {
    assert.equal(padBlock('|a|', at('正文', '续文', '', '')), '\n\n|a|\n\n');
  });

  test('a body that ends its last line needs one break less after it', () => {
    assert.equal(padBlock('|a|\n', at('', '续文', null, null)), '|a|\n\n');
    assert.equal(padBlock('|a|\n', at('', '', null, '正文')), '|a|\n');
    assert.equal(padBlock('|a|\n', at('', '', null, null)), '|a|\n');
  });
});
