// The JSON stream writes a file's diagnostics one by one (never the file's whole JSON as one
// string): still byte for byte formatJson, whatever the file's other keys and its path hold.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FileResult, formatJson } from '../../server/src/cli/output';
import { jsonSink } from '../../server/src/cli/stream-output';

function streamed(files: readonly FileResult[]): { text: string; chunks: number } {
  const chunks: string[] = [];
  const sink = jsonSink((t) => chunks.push(t));
  files.forEach((f) => sink.file(f));
  sink.end();
  return { text: chunks.join(''), chunks: chunks.length };
}

const diag = (i: number) => ({
  rule: i % 3 ? 'table-sum' : 'text-placeholder', severity: (i % 2 ? 'error' : 'info') as 'error' | 'info',
  message: `第${i}处：合计不符\n"引号"\\反斜杠`, line: i + 1, column: 1, endLine: i + 1, endColumn: 4,
  ...(i % 5 === 0 ? { source: { paragraph: i } as never } : {}),
});

test('json stream: one file with many diagnostics is written in pieces, the same bytes as formatJson', () => {
  const big: FileResult = { path: 'big.md', kind: 'gov-info-2021', year: 2023, diagnostics: Array.from({ length: 20000 }, (_, i) => diag(i)) };
  const { text, chunks } = streamed([big]);
  assert.equal(text, formatJson([big]));
  assert.ok(chunks > 10, 'the diagnostics go out as they are written');
});

test('json stream: keys after the diagnostics, a path that looks like the placeholder, neighbours', () => {
  const files: FileResult[] = [
    { path: 'a "__govreport_diagnostics__" b.md', kind: 'gov-info-2021', year: 2022, diagnostics: [diag(1), diag(5)] },
    { path: '"__govreport_diagnostics__"', kind: null, year: null, diagnostics: [diag(2)], error: '无法读取' },
    { path: 'notes.txt', kind: null, year: null, diagnostics: [diag(3)], reason: '没有标题' },
    { path: 'empty.md', kind: 'rule-of-law', year: 2021, diagnostics: [] },
  ];
  for (let n = 1; n <= files.length; n++) assert.equal(streamed(files.slice(0, n)).text, formatJson(files.slice(0, n)));
  assert.equal(streamed([...files].reverse()).text, formatJson([...files].reverse()));
});
