// Developer aid: prints how the core reads a draft (kind, sections, tables cell by cell, findings).
// Usage: npx tsc -p tsconfig.json && node out/scripts/dump.js FILE [--tables]
import { readFileSync } from 'node:fs';
import { analyze, LineMap } from '../server/src/core';
import { lintAnalysis } from '../server/src/core/engine/lint';

const file = process.argv[2];
const text = readFileSync(file, 'utf8');
const a = analyze(text);
const lm = new LineMap(text);
console.log(`kind=${a.kind} (${a.detection.reason}) year=${a.doc.year} issuer=${a.doc.issuer}`);
if (a.report) {
  for (const [id, m] of a.report.sections) console.log(`section ${id}: ${m.sections.map((s) => `L${s.heading.line + 1} ${s.heading.title}`).join('; ') || (m.inText ? '(in text)' : '-')}`);
  if (process.argv.includes('--tables')) {
    for (const [id, t] of a.report.tables) {
      console.log(`table ${id} (${t.layout})`);
      for (const r of t.rows) {
        const vals = [...r.values.entries()].map(([k, c]) => `${k}=${c.text || '∅'}`).join(' ');
        console.log(`  L${r.raw.line + 1} ${r.kind} ${r.rowId ?? '?'}${r.inferred ? '(inferred)' : ''} [${r.label}] ${vals}${r.shape ? ` SHAPE ${r.shape.found}/${r.shape.expected}` : ''}${r.unassigned.length ? ' unassigned:' + r.unassigned.map((c) => c.text).join(',') : ''}`);
      }
    }
  }
}
const res = lintAnalysis(a);
for (const f of res.findings) {
  const p = lm.positionAt(f.start);
  console.log(`${p.line + 1}:${p.character + 1} ${f.severity} ${f.rule} ${f.message}${f.fix ? ' [fix]' : ''}`);
}
for (const e of res.internalErrors) console.log('INTERNAL', e.rule, e.message);
