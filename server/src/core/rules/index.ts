// The ordered rule registry. Order is the order findings of equal position are listed in,
// and the order rules run in; ids are stable once released.
import type { Rule, RuleInfo } from './rule';
import { sectionMissing } from './section-missing';
import { sectionEmpty } from './section-empty';
import { sectionOrder } from './section-order';
import { sectionDuplicate } from './section-duplicate';
import { headingNonstandard } from './heading-nonstandard';
import { formatOutdated } from './format-outdated';
import { tableRowMissing } from './table-row-missing';
import { tableRowUnknown } from './table-row-unknown';
import { tableHeaderNonstandard } from './table-header-nonstandard';
import { tableUnit } from './table-unit';
import { tableShape } from './table-shape';
import { tableUnreadable } from './table-unreadable';
import { tableCellInvalid } from './table-cell-invalid';
import { tableEmpty } from './table-empty';
import { tableBalance } from './table-balance';
import { tableSubtotal } from './table-subtotal';
import { tableRowTotal } from './table-row-total';
import { reviewTotal } from './review-total';
import { statisticsSum } from './statistics-sum';
import { categoryNonstandard } from './category-nonstandard';
import { categoryMisfiled } from './category-misfiled';
import { carryoverMismatch } from './carryover-mismatch';
import { contentDuplicate } from './content-duplicate';
import { activeChain } from './active-chain';
import { tablesUnchanged } from './tables-unchanged';
import { problemsRepeated } from './problems-repeated';
import { contentCopied } from './content-copied';
import { yoyChange } from './yoy-change';
import { textTableMismatch } from './text-table-mismatch';
import { textSum } from './text-sum';
import { textDispositionSum } from './text-disposition-sum';
import { textBalance } from './text-balance';
import { textRate } from './text-rate';
import { yearMismatch } from './year-mismatch';
import { artifactWeb } from './artifact-web';
import { artifactSpam } from './artifact-spam';
import { artifactConversion } from './artifact-conversion';
import { artifactOcr } from './artifact-ocr';
import { scriptTraditional } from './script-traditional';
import { dateOrder } from './date-order';
import { dateDeadline } from './date-deadline';
import { contentFee } from './content-fee';
import { contentRectification } from './content-rectification';
import { kindUnsettled } from './kind-unsettled';
import { textPlaceholder } from './text-placeholder';
import { textDamaged } from './text-damaged';
import { textDoubled } from './text-doubled';
import { textEnumeration } from './text-enumeration';
import { textPunctuation } from './text-punctuation';
import { textWording } from './text-wording';
import { contactMalformed } from './contact-malformed';
import { abbreviationRepeated } from './abbreviation-repeated';
import { abbreviationMismatch } from './abbreviation-mismatch';
import { dateMalformed } from './date-malformed';
import { docnumMalformed } from './docnum-malformed';
import { headingSequence } from './heading-sequence';
import { introParts } from './intro-parts';
import { introRepeated } from './intro-repeated';
import { reportLetter } from './report-letter';
import { citationOutdated } from './citation-outdated';
import { textClaim } from './text-claim';
import { textShare } from './text-share';
import { textCumulative } from './text-cumulative';
import { textList } from './text-list';
import { tableActivePlausible } from './table-active-plausible';
import { contentExpected } from './content-expected';
import { titleNonstandard } from './title-nonstandard';
import { issuerMismatch } from './issuer-mismatch';
import { directiveUnknown } from './directive-unknown';
import { directiveUnused } from './directive-unused';

export const RULES: readonly Rule[] = [
  kindUnsettled,
  directiveUnknown,
  directiveUnused,
  sectionMissing,
  sectionEmpty,
  sectionOrder,
  sectionDuplicate,
  headingNonstandard,
  titleNonstandard,
  issuerMismatch,
  headingSequence,
  introParts,
  introRepeated,
  formatOutdated,
  tableEmpty,
  tableShape,
  tableUnreadable,
  tableRowMissing,
  tableRowUnknown,
  tableHeaderNonstandard,
  tableCellInvalid,
  tableBalance,
  tableSubtotal,
  tableRowTotal,
  reviewTotal,
  statisticsSum,
  tableUnit,
  tableActivePlausible,
  categoryNonstandard,
  categoryMisfiled,
  textTableMismatch,
  textSum,
  textDispositionSum,
  textBalance,
  textList,
  textRate,
  textShare,
  textCumulative,
  textClaim,
  yearMismatch,
  dateOrder,
  dateDeadline,
  dateMalformed,
  docnumMalformed,
  citationOutdated,
  reportLetter,
  contentFee,
  contentRectification,
  contentExpected,
  artifactWeb,
  artifactSpam,
  artifactConversion,
  artifactOcr,
  scriptTraditional,
  textPlaceholder,
  textDamaged,
  textDoubled,
  textEnumeration,
  textPunctuation,
  textWording,
  contactMalformed,
  abbreviationRepeated,
  abbreviationMismatch,
  carryoverMismatch,
  contentDuplicate,
  activeChain,
  tablesUnchanged,
  problemsRepeated,
  contentCopied,
  yoyChange,
];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

/** The registry's rule ids, in its order (what rules are told as `ctx.ruleIds`). */
export const RULE_IDS: readonly string[] = [...BY_ID.keys()];

export function ruleById(id: string): RuleInfo | undefined {
  return BY_ID.get(id);
}

/** Path of a rule's page inside the package (docs/rules/<id>.md). */
export function ruleDocPath(id: string): string {
  return `docs/rules/${id}.md`;
}

/**
 * Base that ruleDocPath() is resolved against by consumers that have no package root of
 * their own. The server and the CLI resolve the page inside the installed package instead
 * (a file: URL), so links work offline.
 */
export const RULE_DOC_BASE = '';
