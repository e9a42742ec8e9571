// text-placeholder: a count whose number was lost with no gap left (全年在政府网上共主动公开条，
// 其中信息公开指南0条…), as in a web excerpt of a 2024 park report (iB harvest).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDraft, slicesOf } from './build';

const RULE = 'text-placeholder';
const GENERAL = '全年新收政府信息公开申请12件，上年结转1件。';
const withGeneral = (s: string): string => buildDraft({}).replace(GENERAL, s);
const slices = slicesOf(RULE);

test('共主动公开条， with no number is a blank count', () => {
  assert.deepEqual(slices(withGeneral('全年在政府网上共主动公开条，其中信息公开指南0条，机构职能1条。')), ['共主动公开条']);
  assert.deepEqual(slices(withGeneral('全年累计发布信息篇。')), ['累计发布信息篇']);
  assert.deepEqual(slices(withGeneral('本年共受理件其中已办结3件。')), ['共受理件']);
});

test('counts with their number, and words that are no count, stay silent', () => {
  for (const s of [
    '全年共主动公开信息120条，其中政策文件3条。',
    '共公开条例解读材料2篇。',
    '累计发布条目15个，共受理件数同比下降。',
    '全年共召开会议4次。',
  ]) assert.deepEqual(slices(withGeneral(s)), [], s);
});

test('a figure masked with ASCII asterisks (发布信息**条，***%) is a placeholder; Markdown bold is not', () => {
  assert.deepEqual(slices(withGeneral('全年共发布信息**条，其中政策文件***件，占比**%。')), ['**', '***', '**']);
  for (const s of [
    '全年依据公开**条例**的规定办理申请12件。',
    '全年公开信息**12**条，其中政策文件3条。',
    '**全年新收申请**12件，上年结转1件。',
  ]) assert.deepEqual(slices(withGeneral(s)), [], s);
});
