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
  // A paragraph is a run of consecutive sentences: each is cut from the list at its exact size (a
  // list grown by push keeps room for 17 or more; a large draft has hundreds of thousands).
  let from = 0;
  let lastLine = -1;
  const goesOn = paragraphTargets(a);
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    // A PDF paragraph whose sentence ended exactly at the wrap edge goes on on the next line.
    const sameLine = s.line === lastLine || (lastLine >= 0 && goesOn[lastLine] === s.line);
    if (i === from || !sameLine || s.ns !== sentences[i - 1].ne) {
      if (i > from) out.push(sentences.slice(from, i));
      from = i;
    }
    lastLine = s.ne > s.ns ? lines.lineAt(map.get(s.ne - 1)) : s.line;
  }
  if (sentences.length > from) out.push(sentences.slice(from));
  cache.set(a, out);
  return out;
}
