// The draft's whole text in normalised form (comments blanked: `doc.work`) with its offset map,
// computed once per parsed document: detection, the report model's section matching and the
// prose rules (model/text-search.ts) all read it. normalize(doc.work) is this text.
import { MappedText, normalizeMapped } from '../text/normalize';
import type { ParsedDocument } from './document';

const cache = new WeakMap<ParsedDocument, MappedText>();

/**
 * normalizeMapped(doc.work) (spaces dropped), once per document; its `text` is normalize(doc.work).
 * Made from doc.read, doc.work already in Simplified script (one code unit for one, so the offsets
 * are the same): the whole text is not converted again (doc.read made whole for this call).
 */
export function normalizedWork(doc: ParsedDocument): MappedText {
  let m = cache.get(doc);
  if (!m) {
    m = normalizeMapped(doc.read.whole(), { keepSpaces: false });
    cache.set(doc, m);
  }
  return m;
}
