// Paragraphs of the prose sentences (sentences.ts): a sentence belongs to the paragraph of the one
// before it when it starts on the line where that one ends (a wrapped paragraph counts as one line:
// prose-wrap.ts joins its halves into one sentence). Used by the rules that read a statement across
// the sentences of one paragraph: a total and the dispositions listed after it (text-disposition-sum),
// a share whose base was stated in an earlier sentence (text-share). Linear in the sentence count.
import type { Analysis } from '../engine/lint';
import { prose, Sentence } from './sentences';
import { mappedText } from './text-search';
import { paragraphTargets } from './prose-wrap';

const cache = new WeakMap<Analysis, Sentence[][]>();

/** The prose sentences grouped by paragraph, in text order. */
export function paragraphs(a: Analysis): Sentence[][] {
  let out = cache.get(a);
  if (out) return out;
  const { sentences } = prose(a);
  const map = mappedText(a).map;
  const lines = a.doc.lines;
  out = [];
  let current: Sentence[] = [];
  let lastLine = -1;
  const goesOn = paragraphTargets(a);
  for (const s of sentences) {
    // A PDF paragraph whose sentence ended exactly at the wrap edge goes on on the next line.
    const sameLine = s.line === lastLine || (lastLine >= 0 && goesOn[lastLine] === s.line);
    if (!current.length || !sameLine || s.ns !== current[current.length - 1].ne) {
      if (current.length) out.push(current);
      current = [];
    }
    current.push(s);
    lastLine = s.ne > s.ns ? lines.lineAt(map[s.ne - 1]) : s.line;
  }
  if (current.length) out.push(current);
  cache.set(a, out);
  return out;
}
