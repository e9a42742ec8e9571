// Paragraphs wrapped at the page width (PDF copies): sentences run over the line breaks inside a
// paragraph, skip page footers, keep exact original offsets, and never join a heading, table,
// list item or signing block to running text. Plain text (one paragraph per line) is unchanged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lintAnalysis } from '../../../server/src/core';
import { prose } from '../../../server/src/core/model/sentences';
import { textTableMismatch } from '../../../server/src/core/rules/text-table-mismatch';
import { buildDraft, findings, lineOf } from '../rules/build';
import { bestRatio } from '../growth';

/** Cuts a paragraph into lines of `width` characters, the first one indented (a PDF copy). */
function wrap(paragraph: string, width = 28, indent = '  '): string {
  const out: string[] = [];
  for (let i = 0; i < paragraph.length; i += width) out.push((i === 0 ? indent : '') + paragraph.slice(i, i + width));
  return out.join('\n');
}

const P1 = '（二）依申请公开情况。根据《条例》和上级部门关于依申请办理的规范要求，强化组织领导、规范办理流程，指导各部门采取自行办理、协同办理、会商办理相结合的工作方式，确保依申请答复工作规范高效。2024年，区政府办代表区政府受理政府信息公开申请17件，均已在法定期限内予以答复。';
const P2 = '（三）政府信息管理情况。加强区政府门户网站及政务新媒体日常管理，运用第三方检测平台实行常态化监测，新增信息审核发布报备制度，全年共发布各类信息2428条，公开政府常务会议7期。';

const sentencesOf = (text: string) => prose(analyze(text)).sentences;
/** The sentence holding a count with this original text, as original text without breaks. */
function sentenceWith(text: string, count: string): { text: string; lines: [number, number] } | undefined {
  const a = analyze(text);
  for (const s of prose(a).sentences) {
    const c = s.counts.find((k) => text.slice(k.start, k.end) === count);
    if (!c) continue;
    return { text: s.text, lines: [s.line, a.doc.lines.lineAt(c.start)] };
  }
  return undefined;
}

test('a wrapped paragraph is read as whole sentences, with exact original spans', () => {
  const text = `${wrap(P1)}\n${wrap(P2)}\n`;
  const s = sentenceWith(text, '17件');
  assert.ok(s);
  assert.equal(s.text, '2024年,区政府办代表区政府受理政府信息公开申请17件,均已在法定期限内予以答复。');
  assert.ok(s.lines[1] > s.lines[0], 'the sentence starts on an earlier line than its count');
  // Every count maps back to its original text.
  const a = analyze(text);
  for (const x of prose(a).sentences) for (const c of x.counts) assert.match(text.slice(c.start, c.end), /^\d+\s*\S+$/);
});

test('wraps at other widths, with spaces around numbers and a deep indent', () => {
  for (const width of [20, 24, 31, 36]) {
    // A count split by the wrap (17 / 件) is out of scope: only widths that keep it whole.
    if (!wrap(P1, width, '     ').includes('17件')) continue;
    const text = `${wrap(P1, width, '     ')}\n${wrap(P2, width)}\n`.replace('17件', '17 件').replace('2024年', '2024 年');
    const s = sentenceWith(text, '17 件');
    assert.ok(s, `width ${width}`);
    assert.match(s.text, /^2024年,区政府办.*受理政府信息公开申请17件/, `width ${width}`);
  }
});

test('a page footer between the two halves is skipped', () => {
  for (const footer of ['-1-', '— 4 —', '第 3 页', '- 12 -', '第 2 页 共 9 页']) {
    const lines = wrap(P1).split('\n');
    const k = lines.findIndex((l) => l.includes('受理政府'));
    const at = k + 1;
    lines.splice(at, 0, '', `                     ${footer}`, '');
    const text = lines.join('\n') + '\n' + wrap(P2) + '\n';
    const s = sentenceWith(text, '17件');
    assert.ok(s, footer);
    assert.match(s.text, /^2024年,区政府办代表区政府受理政府/, footer);
    assert.ok(s.text.includes('信息公开申请17件'), footer);
  }
});

test('a blank line without a footer ends the paragraph', () => {
  const lines = wrap(P1).split('\n');
  const k = lines.findIndex((l) => l.includes('受理政府'));
  lines.splice(k + 1, 0, '');
  const text = lines.join('\n') + '\n' + wrap(P2) + '\n';
  const s = sentenceWith(text, '17件');
  assert.ok(s);
  assert.ok(!s.text.includes('2024年'), s.text);
});

test('a heading line is never joined to the paragraph under it, nor a paragraph to a heading', () => {
  const heading = '一、总体情况和工作措施及主要成效部署落实情况说明';
  const text = `${wrap(P2)}\n${heading}\n${wrap(P1)}\n${heading.replace('一', '二')}\n${wrap(P2)}\n`;
  for (const s of sentencesOf(text)) {
    assert.ok(!s.text.includes('总体情况') || s.text.startsWith('一、') || !s.text.includes('条'), s.text);
    assert.ok(!/说明[（(]/.test(s.text), `heading joined: ${s.text}`);
  }
});

test('list items on the next line start their own sentence', () => {
  const lead = '本机关全年围绕重点领域信息公开开展的主要工作包括以下几个方面的内容具体';
  for (const item of ['1.主动公开信息2428条', '（1）主动公开信息2428条', '一、主动公开信息2428条', '- 主动公开信息2428条', '①主动公开信息2428条']) {
    const text = `${wrap(P2)}\n${lead}\n${item}\n${wrap(P1)}\n`;
    const a = analyze(text);
    const s = prose(a).sentences.find((x) => x.counts.some((c) => c.value === 2428 && a.doc.lines.lineAt(c.start) === lineOf(text, item)));
    assert.ok(s, item);
    assert.ok(!s.text.includes('具体'), `${item}: ${s.text}`);
  }
});

test('a signing block stays apart from the paragraph before it', () => {
  const text = `${wrap(P1)}\n${wrap(P2)}\n                              洪泽区人民政府办公室\n                               2025年1月15日\n`;
  for (const s of sentencesOf(text)) {
    assert.ok(!(s.text.includes('办公室') && s.text.includes('2025年1月')), s.text);
    assert.ok(!(s.text.includes('7期') && s.text.includes('办公室')), s.text);
  }
  // An unfinished full-width line before a date line does not run into the date.
  const cut = wrap(P1).replace(/。$/, '');
  const t2 = `${cut}\n2025年1月15日\n`;
  assert.ok(!sentencesOf(t2).some((s) => s.text.includes('答复') && s.text.includes('2025年1月')));
});

test('plain text (one paragraph per line) is cut exactly as before: at every line break', () => {
  const text = [
    '2024年政府信息公开工作年度报告',
    '一、总体情况',
    P1,
    '本年度收到申请的主要情况如下表所示各项数据均已经过核对确认无误请参阅',
    P2,
    '示例区人民政府办公室',
    '2025年1月15日',
  ].join('\n');
  const a = analyze(text);
  for (const s of prose(a).sentences) {
    const startLine = a.doc.lines.lineAt(a.doc.work.length && s.counts.length ? s.counts[0].start : 0);
    if (s.counts.length) assert.equal(startLine, s.line, s.text);
  }
  assert.ok(!prose(a).sentences.some((s) => s.text.includes('请参阅') && s.text.includes('（三）')));
});

test('text-table-mismatch finds a count whose sentence wraps over a page footer (c05 lines 23-25)', () => {
  const para = '（二）依申请公开情况。根据《条例》和上级部门关于依申请办理的规范要求，强化组织领导、规范办理流程，指导各部门采取自行办理、协同办理、会商办理相结合的工作方式，确保依申请答复工作规范高效。本年度，区政府办代表区政府受理政府信息公开申请17件，均已在法定期限内予以答复，无逾期答复情形，答复质量稳步提升。';
  const lines = wrap(para).split('\n');
  const k = lines.findIndex((l) => l.endsWith('受理政府'));
  const wrapped = k >= 0 ? [...lines.slice(0, k + 1), '', '                  -1-', '', ...lines.slice(k + 1)] : lines;
  const text = buildDraft({ flavour: 'txt' }).replace('上年结转1件。', `上年结转1件。\n${wrapped.join('\n')}\n${wrap(P2)}`);
  const fs = findings(text, 'text-table-mismatch', lintAnalysis(analyze(text), [textTableMismatch]));
  assert.equal(fs.length, 1, JSON.stringify(fs.map((f) => f.message)));
  assert.equal(text.slice(fs[0].start, fs[0].end), '17件');
  assert.match(fs[0].message, /17件.*12/);
  // The same paragraph with the count's line joined to its sentence start but 12 stated: silent.
  assert.deepEqual(findings(text.replace('17件', '12件'), 'text-table-mismatch', lintAnalysis(analyze(text.replace('17件', '12件')), [textTableMismatch])), []);
});

test('linear: reading wrapped sentences grows with the size (8× the text, well under 24× the time)', () => {
  // Growth between two sizes in one run, never an absolute time (shared, noisy machines).
  const draft = (n: number) => Array.from({ length: n }, () => `${wrap(P1)}\n-1-\n${wrap(P2)}`).join('\n');
  const small = draft(100);
  const large = draft(800);
  assert.ok(sentencesOf(large).length > 1600);
  const { ratio, small: a, large: b } = bestRatio(small, large, (text) => sentencesOf(text), { limit: 24, floorMs: 10 });
  assert.ok(ratio < 24, `${a.toFixed(1)} ms for ${small.length} chars, ${b.toFixed(1)} ms for ${large.length}`);
});

test('pdftotext -raw: a sentence broken at a comma and at text runs is read whole', () => {
  const lines = [
    '（二）依申请公开情况。根据《条例》和上级部门关于依申',
    '请办理的规范要求，强化组织领导、规范办理流程，指导各部门',
    '采取自行办理、协同办理、会商办理相结合的工作方式，确保依',
    '申请答复工作规范高效。',
    '2024 年，',
    '区政府办代表区政府受理政府',
    '信息公开申请 17 件，均已在法定期限内予以答复。',
    '（三）政府信息管理情况。加强区政府门户网站及政务新媒',
    '体日常管理，运用第三方检测平台实行常态化监测，新增信息审',
    '核发布报备制度。',
    '',
  ];
  const text = lines.join('\n');
  const s = sentenceWith(text, '17 件');
  assert.ok(s);
  assert.match(s.text.replace(/\s/g, ''), /^2024年,区政府办代表区政府受理政府信息公开申请17件/);
  // A short line without a comma that nothing carries on to stays a paragraph of its own.
  const alone = sentenceWith(['（一）主动公开情况。本年度共发布信息，', '涉及多个领域的工作内容和各类', '通知公告等，共计 30 条。', '办公室', '全年受理申请 5 件。', ''].join('\n'), '5 件');
  assert.ok(alone);
  assert.doesNotMatch(alone.text, /办公室/);
});

test('a copy wrapped at a count of characters: lines narrowed by half-width digits still continue', () => {
  // Every line holds 32 characters; those with many digits and half-width commas are narrower
  // than the others, yet each sentence runs on: a parenthesis split over the break (含…结转的 /
  // 3件) is not read as the start of a sentence whose total is 3件.
  const paras = [
    '2024年,县文化和旅游局以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党的二十大精神,严格按照《中华人民共和国政府信息公开条例》和省、市政府信息公开工作的部署要求,持续加强政府信息公开力度,认真推进政务公开各项工作有序开展。',
    '(一)主动公开。2024 年,县文化和旅游局网站累计发布各类政务信息 10300条,其中发布概况类信息 32条,政务动态信息 3129条,信息公开目录发布 4282 条,解读信息发布152条,收到留言56条,已全部办理。',
    '全年收到依申请公开件176件,其中,当面申请72件,来信申请69件,网上申请35件。办结依申请公开件177件(含2023年结转的3件),其中,予以公开60件,部分公开51件,不予公开4件,信息无法提供30件、不予处理3件,其他处理29件。',
    '(三)政府信息管理。严格落实信息发布审核制度,不断提高信息发布的质量和效率,确保公开信息准确无误,及时更新政府信息公开指南和目录,进一步规范公开内容和公开形式,切实保障人民群众的知情权、参与权和监督权。',
  ];
  const text = `一、总体情况\n${paras.map((p) => wrap(p, 32, '')).join('\n')}\n二、主动公开政府信息情况\n`;
  const s = sentenceWith(text, '60件');
  assert.ok(s);
  assert.match(s.text, /^办结依申请公开件177件\(含2023年结转的3件\),其中,予以公开60件/);
  assert.deepEqual(findings(text, 'text-sum'), []);
  // One paragraph a line (plain text): cut at every line break, as before.
  const plain = `一、总体情况\n${paras.join('\n')}\n二、主动公开政府信息情况\n`;
  assert.match(sentenceWith(plain, '60件')?.text ?? '', /^办结依申请公开件177件/);
  assert.deepEqual(findings(plain, 'text-sum'), []);
});

test('a wrapped paragraph pasted double-spaced (a blank line after every line) is read as the same sentences', () => {
  const doubled = (t: string) => t.replace(/([^\n])\n(?=[^\n])/g, '$1\n\n');
  // A report's worth of lines, so that the spacing can be judged; the writer's breaks (soft) too.
  const soft = '本机关全年共办理人大代表建议和政协提案，\n其中人大代表建议12件，政协提案8件。';
  const text = `${wrap(P1)}\n${wrap(P2)}\n${wrap(P1)}\n${wrap(P2)}\n${wrap(P1)}\n${soft}\n`;
  const plain = sentencesOf(text).map((s) => s.text);
  assert.deepEqual(sentencesOf(doubled(text)).map((s) => s.text), plain);
  assert.ok(plain.some((s) => s.includes('申请17件,均已')), plain.join(' / '));
  assert.ok(plain.some((s) => s.includes('提案,其中人大代表建议12件')), plain.join(' / '));
  const s = sentenceWith(doubled(text), '17件');
  assert.equal(s?.text, '2024年,区政府办代表区政府受理政府信息公开申请17件,均已在法定期限内予以答复。');
});

// The report's title read from its opening sentence (编制了《…年度报告》), the sentence wrapped over
// three lines (oY 17 hard-wrapped at 32 characters): its lines are the sentence's, not a title line
// that ends a sentence, so the sentence names the report with its year in one piece.
test('an opening sentence that holds the title and wraps over lines is one sentence', () => {
  const opening = [
    '根据《中华人民共和国政府信息公开条例》(以下简称条例)及山东省、',
    '济宁市、邹城市关于政府信息公开工作的有关规定,我镇认真编制了《田',
    '黄镇2020年政府信息公开工作年度报告》。本年度报告由政府信息公',
    '开工作总体情况,主动公开政府信息情况,收到和处理政府信息公开申请',
    '情况等六部分组成,所列数据的统计期限自2021年1月1日起至12月31日',
    '止,全文可同时在门户网站进行查阅或下载。',
  ].join('\n');
  const text = opening + '\n一、总体情况\n2021年度,我镇认真贯彻落实上级政府信息公开相关规定。\n';
  const a = analyze(text);
  assert.equal(a.doc.title?.source, 'sentence');
  const first = prose(a).sentences[0];
  assert.match(first.text, /编制了《田黄镇2020年政府信息公开工作年度报告》。$/);
  assert.ok(lintAnalysis(a).findings.some((f) => f.rule === 'year-mismatch'));
});
