// Paragraphs of the prose sentences (sentences.ts): a sentence belongs to the paragraph of the one
// before it when it starts on the line where that one ends (a wrapped paragraph counts as one line:
// prose-wrap.ts joins its halves into one sentence). Used by the rules that read a statement across
// the sentences of one paragraph: a total and the dispositions listed after it (text-disposition-sum),
// a share whose base was stated in an earlier sentence (text-share). Linear in the sentence count.
import type { Analysis } from '../engine/lint';
import { prose, Sentence } from './sentences';
import { mappedText } from './text-search';
import { paragraphTargets } from './prose-wrap';
import { countAtMost } from '../text/sorted-search';

/**
 * Per analysis, where each paragraph starts in the sentence list (and the list's length last): the
 * paragraphs' own lists are made for each caller and dropped after its use. A 20 MB draft has about
 * 110,000 paragraphs: kept as lists they held 7 MB for the whole lint; three rules ask for them.
 */
const cache = new WeakMap<Analysis, Int32Array>();

/** The prose sentences grouped by paragraph, in text order (lists of the caller's own). */
export function paragraphs(a: Analysis): Sentence[][] {
  const { sentences } = prose(a);
  const starts = paragraphStarts(a, sentences);
  const out: Sentence[][] = new Array(starts.length - 1);
  for (let k = 0; k + 1 < starts.length; k++) out[k] = sentences.slice(starts[k], starts[k + 1]);
  return out;
}

/** The paragraph number of sentence k: the last paragraph starting at or before it (binary search). */
function paragraphIndex(starts: Int32Array, k: number): number {
  // (The list's last entry is its length, not a paragraph's start.)
  return Math.max(0, countAtMost(starts, k, starts.length - 1) - 1);
}

/**
 * The paragraph of sentence number k of prose(a).sentences (a list of the caller's own) and k's
 * place in it: one paragraph made when asked, not a map of every sentence to its paragraph.
 */
export function paragraphOf(a: Analysis, k: number): [Sentence[], number] | undefined {
  const { sentences } = prose(a);
  if (k < 0 || k >= sentences.length) return undefined;
  const starts = paragraphStarts(a, sentences);
  const p = paragraphIndex(starts, k);
  return [sentences.slice(starts[p], starts[p + 1]), k - starts[p]];
}

/** The sentence before sentence number k in its paragraph (null for a paragraph's first). */
export function sentenceBefore(a: Analysis, k: number): Sentence | null {
  const { sentences } = prose(a);
  if (k <= 0 || k >= sentences.length) return null;
  const starts = paragraphStarts(a, sentences);
  return starts[paragraphIndex(starts, k)] < k ? sentences[k - 1] : null;
}

function paragraphStarts(a: Analysis, sentences: readonly Sentence[]): Int32Array {
  let out = cache.get(a);
  if (out) return out;
  const map = mappedText(a).map;
  const lines = a.doc.lines;
  const starts: number[] = [];
  let from = 0;
  let lastLine = -1;
  const goesOn = paragraphTargets(a);
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    // A PDF paragraph whose sentence ended exactly at the wrap edge goes on on the next line.
    const sameLine = s.line === lastLine || (lastLine >= 0 && goesOn[lastLine] === s.line);
    if (i === from || !sameLine || s.ns !== sentences[i - 1].ne) {
      if (i > from) starts.push(from);
      from = i;
    }
    lastLine = s.ne > s.ns ? lines.lineAt(map.get(s.ne - 1)) : s.line;
  }
  if (sentences.length > from) starts.push(from);
  starts.push(sentences.length);
  out = Int32Array.from(starts);
  cache.set(a, out);
  return out;
}
