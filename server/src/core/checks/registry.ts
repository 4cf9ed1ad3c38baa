/** The ordered registry of checks. Add a check here and nowhere else (CONTRIBUTING: "Add a check"). */
import { articleSequence } from './numbering-article-sequence';
import { bookSequence, chapterSequence, sectionSequence } from './numbering-divisions';
import { itemSequence, subitemSequence } from './numbering-lists';
import { numeralForm } from './numbering-numeral-form';
import { referenceDangling } from './reference-dangling';
import { referenceDeletedTarget } from './reference-deleted-target';
import { referenceRelative } from './reference-relative';
import { referenceSelf } from './reference-self';
import { tocMismatch } from './toc-mismatch';
import { halfWidth } from './punctuation-half-width';
import { doubled, itemMarker, listComma, straightQuotes } from './punctuation-marks';
import { homoglyph } from './text-homoglyph';
import { mixedScript } from './text-mixed-script';
import { mojibake } from './text-mojibake';
import { pinyinAnnotation } from './text-pinyin-annotation';
import { placeholder } from './text-placeholder';
import { departmentNoRespArticle, departmentUndeclared } from './department-undeclared';
import { departmentAlias, departmentAmbiguous, departmentLegacy, departmentUnused } from './department-naming';
import { termDuplicate, termUndefined, termUnused, termUsedBeforeDefinition } from './terms';
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
];
