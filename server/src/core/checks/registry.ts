/** The ordered registry of checks. Add a check here and nowhere else (CONTRIBUTING: "Add a check"). */
import { articleSequence } from './numbering-article-sequence';
import { bookSequence } from './numbering-book-sequence';
import { chapterSequence } from './numbering-chapter-sequence';
import { sectionSequence } from './numbering-section-sequence';
import { itemSequence } from './numbering-item-sequence';
import { subitemSequence } from './numbering-subitem-sequence';
import { numeralForm } from './numbering-numeral-form';
import { referenceDangling } from './reference-dangling';
import { referenceDeletedTarget } from './reference-deleted-target';
import { referenceRelative } from './reference-relative';
import { referenceSelf } from './reference-self';
import { referenceMissingCounter } from './reference-missing-counter';
import { tocMismatch } from './toc-mismatch';
import { halfWidth } from './punctuation-half-width';
import { doubled } from './punctuation-doubled';
import { listComma } from './punctuation-list-comma';
import { itemMarker } from './punctuation-item-marker';
import { straightQuotes } from './punctuation-straight-quotes';
import { homoglyph } from './text-homoglyph';
import { mixedScript } from './text-mixed-script';
import { mojibake } from './text-mojibake';
import { pinyinAnnotation } from './text-pinyin-annotation';
import { placeholder } from './text-placeholder';
import { departmentUndeclared } from './department-undeclared';
import { departmentNoRespArticle } from './department-no-responsibilities-article';
import { departmentAlias } from './department-alias';
import { departmentLegacy } from './department-legacy';
import { departmentUnused } from './department-unused';
import { departmentAmbiguous } from './department-ambiguous';
import { termUndefined } from './term-undefined';
import { termUnused } from './term-unused';
import { termDuplicate } from './term-duplicate';
import { termUsedBeforeDefinition } from './term-used-before-definition';
import { citationUnknownLaw } from './citation-unknown-law';
import { citationRepealed } from './citation-repealed';
import { citationArticleMissing } from './citation-article-missing';
import { citationTitleForm } from './citation-title-form';
import { ruleNamedRegulation } from './legality-rule-named-regulation';
import { detentionBelowLaw } from './legality-detention-below-law';
import { licenceRevocationLocal } from './legality-licence-revocation-local';
import { penaltyKind } from './legality-penalty-kind';
import { fineCap } from './legality-fine-cap';
import { licensing } from './legality-licensing';
import { coerciveMeasure } from './legality-coercive-measure';
import { immediateEffect } from './legality-immediate-effect';
import { fairCompetition } from './legality-fair-competition';
import { amendmentTargetMissing } from './amendment-target-missing';
import { amendmentQuoteMismatch } from './amendment-quote-mismatch';
import { amendmentConflict } from './amendment-conflict';
import { amendmentUnparsed } from './amendment-unparsed';
import type { Check } from './types';

export const CHECKS: readonly Check[] = [
  bookSequence,
  chapterSequence,
  sectionSequence,
  articleSequence,
  itemSequence,
  subitemSequence,
  numeralForm,
  tocMismatch,
  referenceDangling,
  referenceDeletedTarget,
  referenceRelative,
  referenceSelf,
  referenceMissingCounter,
  pinyinAnnotation,
  mojibake,
  mixedScript,
  homoglyph,
  placeholder,
  halfWidth,
  doubled,
  listComma,
  itemMarker,
  straightQuotes,
  departmentUndeclared,
  departmentAlias,
  departmentLegacy,
  departmentUnused,
  departmentAmbiguous,
  departmentNoRespArticle,
  termUndefined,
  termUnused,
  termDuplicate,
  termUsedBeforeDefinition,
  citationUnknownLaw,
  citationRepealed,
  citationArticleMissing,
  citationTitleForm,
  ruleNamedRegulation,
  detentionBelowLaw,
  licenceRevocationLocal,
  penaltyKind,
  fineCap,
  licensing,
  coerciveMeasure,
  immediateEffect,
  fairCompetition,
  amendmentTargetMissing,
  amendmentQuoteMismatch,
  amendmentConflict,
  amendmentUnparsed,
];
