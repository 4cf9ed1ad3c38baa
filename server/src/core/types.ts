import type { LawIndex } from './laws';
import type { TaiwanActs } from './laws/taiwan';

/** Whose numbering and conventions a text follows: the PRC's, or Taiwan's. */
export type Jurisdiction = 'prc' | 'tw';

/** How the digits of a label were written. */
export type NumeralStyle = 'chinese' | 'arabic' | 'financial';

/** A range of UTF-16 offsets into the document text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/**
 * One replacement of the text at `span`: what fixes, suggestions, script conversion and renumbering
 * produce, and what `applyEdits` (edits.ts) and the editor apply.
 */
export interface TextEdit {
  span: Span;
  newText: string;
  /** Set when the edit needs the drafter's confirmation (ambiguous target, range that changed meaning). */
  confirm?: Message;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A bilingual message: Chinese first, English available. */
export interface Message {
  zh: string;
  en: string;
}

/** Another place involved in a finding (the previous article, the duplicate, the TOC entry). */
export interface RelatedPlace {
  span: Span;
  message: Message;
}

/** One problem found in a document. */
export interface Finding {
  /** Permanent check id, e.g. `numbering.article-sequence`. */
  code: string;
  severity: Severity;
  span: Span;
  message: Message;
  related?: RelatedPlace[];
  /** Machine-readable facts for quick fixes (numbers, canonical forms). */
  data?: Record<string, string | number | boolean>;
  /**
   * Suggested fixes a drafter chooses between (never part of fix-all): text edits, or an entry for the
   * workspace configuration (`.lexdraft.json`).
   */
  suggestions?: Suggestion[];
}

/** One suggested fix: edits to the document, or a setting to write. */
export interface Suggestion {
  title: Message;
  edits?: TextEdit[];
  /** Add `value` to the list at `path` (`departments.ignore`), or set `path.key` to `value` (aliases). */
  config?: { path: string; key?: string; value: string | number | string[] };
}

/** The units of a legislative text (glossary: 编 book … 目 subitem). */
export type NodeKind = 'book' | 'subbook' | 'chapter' | 'section' | 'article' | 'paragraph' | 'item' | 'subitem';

export type DivisionKind = 'book' | 'subbook' | 'chapter' | 'section';

/** A unit of the structure tree. */
export interface StructureNode {
  kind: NodeKind;
  /**
   * The unit's number: the label's value for labelled units; for paragraphs (款, never labelled) the
   * 1-based position in the article. 0 for the unnumbered 附则 division.
   */
  number: number;
  /** The N of 第X条之N and 第X章之N (inserted articles and divisions); 0 otherwise. */
  sub: number;
  /** Where 之N (or the -N of 第 6-1 條) is written, to delete when the unit gets an integer number. */
  subSpan?: Span;
  /**
   * The label as written (第十条, （三）, 1.) and where it is; empty for paragraphs (at the paragraph's
   * start). Offsets of the node are numbers on it, not Span objects: a large code has tens of thousands of
   * nodes, and four spans each were most of the objects an analysis keeps (docs/performance.md).
   * labelSpanOf(node) makes the Span where one is needed (a finding, an editor range).
   */
  label: string;
  labelStart: number;
  labelEnd: number;
  /** The numeral inside the label as written (十, 一百零一, 3) and where it is (numeralSpanOf). */
  numeral: string;
  numeralStart: number;
  numeralEnd: number;
  numeralStyle: NumeralStyle;
  /** Division title (总则), or the article's 【caption】 without brackets; empty otherwise. */
  title: string;
  titleSpan?: Span;
  /**
   * The text of a paragraph, item or subitem (after its marker), and where it is (textSpanOf): for a
   * paragraph joined from hard-wrapped lines, from its first line to the end of its last. Empty at the
   * label's end for divisions and articles.
   */
  text: string;
  textStart: number;
  textEnd: number;
  /** From the start of the label to the end of the unit's last line (spanOf). */
  spanStart: number;
  spanEnd: number;
  /** 0-based line of the label (of the first line for paragraphs). */
  line: number;
  /** True for an article whose text is only （删除）/（刪除） (Taiwan practice). */
  deleted: boolean;
  /** How the article label is separated from its text. */
  separator: 'space' | 'none' | 'caption' | 'end';
  /** True when the article label was found glued after the end of the previous sentence on one line. */
  glued: boolean;
  children: StructureNode[];
}

/** One entry of the 目录 block. */
export interface TocEntry {
  kind: DivisionKind;
  number: number;
  /** The N of an inserted division's 第X章之N; 0 otherwise. */
  sub: number;
  /** Where 之N is written, when it is. */
  subSpan?: Span;
  label: string;
  title: string;
  span: Span;
  /** The numeral in the label (empty for the unnumbered 附则). */
  numeralSpan: Span;
  numeralStyle: NumeralStyle;
  titleSpan: Span;
  line: number;
}

export interface Toc {
  /** The 目录 line itself. */
  headerSpan: Span;
  entries: TocEntry[];
  /** Article-shaped lines inside the TOC (条、款、项、目 are not listed in a 目录). */
  articleEntries: Span[];
}

/** The kind of instrument, which changes what is checked. */
export type DocumentKind = 'regulation' | 'amendment';

export type Script = 'simplified' | 'traditional';

/** A structural unit a reference names (resolved against the draft). */
export interface ReferencePath {
  /** Absolute coordinates; undefined components were not named. */
  book?: number;
  /** The N of an inserted division named 第X编之N (第五章之一, 第四节之一), like articleSub. */
  bookSub?: number;
  chapter?: number;
  chapterSub?: number;
  section?: number;
  sectionSub?: number;
  article?: number;
  articleSub?: number;
  paragraph?: number;
  item?: number;
  subitem?: number;
  /** The whole path as written. */
  span: Span;
  /** Where each number the path writes stands, for rewriting only the numerals (renumbering). */
  numerals: PathNumeral[];
  /** 项 written with brackets (第（三）项). */
  bracketed?: boolean;
}

/** One numeral written inside a reference path. */
export interface PathNumeral {
  level: 'book' | 'bookSub' | 'chapter' | 'chapterSub' | 'section' | 'sectionSub' | 'article' | 'articleSub' | 'paragraph' | 'item' | 'subitem';
  value: number;
  /** The numeral characters (十二 in 第十二条). */
  span: Span;
  style: 'chinese' | 'arabic' | 'financial';
  /** For a sub level (articleSub, chapterSub …): 之一 including 之, removed when the inserted unit becomes an integer. */
  removal?: Span;
}

export type ReferenceScope = 'internal-doc' | 'internal-bare' | 'internal-relative' | 'external';

/** One element of a reference (a path, or one end of a range). */
export interface ReferenceElement {
  /** The element as written (第十二条第二款). */
  text: string;
  span: Span;
  path: ReferencePath;
  /** For ranges: the other end. */
  rangeEnd?: { text: string; span: Span; path: ReferencePath };
  /** What the element (the start of a range) resolves to, filled by resolution. */
  resolved?: ResolvedTarget;
  /** What the end of a range resolves to. */
  resolvedEnd?: ResolvedTarget;
}

export interface ResolvedTarget {
  /** The node the element points at (article, paragraph, item, subitem, chapter or section). */
  node?: StructureNode;
  /** Why it did not resolve, when it did not. */
  problem?: Message;
}

/** A cross-reference found in the text. */
export interface Reference {
  scope: ReferenceScope;
  /** The whole reference as written, including a 本条例 / 前款 prefix. */
  span: Span;
  text: string;
  /** For relative forms: the word (前款, 前两款, 前条, 本条, 本章 …). */
  relative?: string;
  /** Relative count: 前两款 → 2. */
  relativeCount?: number;
  /** What the relative word itself denotes (前两款 → the two 款 before; 本条 → the article), when it resolves. */
  relativeTargets?: StructureNode[];
  /** For 同条 / 该条 / 同款: the article (and 款 or item) named before it that the word points back at (another law's when external). */
  antecedent?: ReferencePath;
  /**
   * A bare path read as this article's own that may continue the article named before it in its 款 or item
   * (違反第十七條第一項、第二項規定，……，或違反第三項規定): read so when this article lacks what it cites.
   */
  otherArticle?: ReferencePath;
  /** A bare article cited in the 款 or item of a citation of another law: that law's when this text lacks it. */
  afterExternal?: boolean;
  /**
   * A bare path given the article named before it, though no list joins the two (……第十條第二項各款之人不得為
   * 第一項第二款之見證人): this article's own when the named one lacks what it cites and this one has it.
   */
  mayBeOwn?: boolean;
  elements: ReferenceElement[];
  /** The article containing the reference (undefined outside articles). */
  article?: StructureNode;
  /** The paragraph (款) containing the reference. */
  paragraph?: StructureNode;
  /** The item containing the reference. */
  item?: StructureNode;
}

export interface AnalyseOptions {
  /** `auto` decides from the text's drafting conventions, not its script. */
  jurisdiction?: 'auto' | Jurisdiction;
  /** Join hard-wrapped lines into one paragraph (text pasted from a PDF). Default true. */
  joinWrappedLines?: boolean;
  /** How chapters are numbered when books exist. Default `continuous`. */
  chapterNumbering?: 'continuous' | 'perBook';
  /** Skip cross-references (a reduced check for very large files): structure and numbering only. */
  skipReferences?: boolean;
  /** Department checks: the team's lexicon, aliases and responsibilities articles. */
  departments?: DepartmentOptions;
  /** Term checks: glossary, ignores, superior-law terms. */
  terms?: TermOptions;
  /** `final`: the text is about to be adopted or published; unfilled placeholders become errors. */
  stage?: 'draft' | 'final';
  /**
   * The level of a check by id (the `severity` setting): `off` does not run it, another level is the
   * severity of all its findings. A check not named keeps its own severities. `internal.check-failed` (a
   * check that threw) takes a level too; the editor setting can give it one, `.lexdraft.json` names checks only.
   */
  levels?: Readonly<Record<string, Severity | 'off'>>;
  /**
   * The national law index, read by the caller on first call (the core reads no file). Term checks ask it
   * which words a superior law defines; a text that needs nothing of it never calls it.
   */
  laws?: () => LawIndex | undefined;
  /**
   * The index of Taiwan acts in force, read by the caller on first call. reference.dangling asks it, for a Taiwan
   * text only and only once a bare path has no target here, whether the act the text is made under holds it.
   */
  taiwanActs?: () => TaiwanActs | undefined;
  /** The kind of instrument the text is, for the legality checks; `auto` (the default) reads it from the text. */
  instrumentType?: 'auto' | InstrumentType;
  /**
   * Fine caps for 规章 that no superior law covers, in 元, by province-level unit (北京, 山东) or
   * `部门规章`: the general cap and, where the people's congress allowed one for some domains, the raised cap.
   */
  fineCaps?: Readonly<Record<string, readonly number[]>>;
  /**
   * The text an amendment instrument amends (its base), read by the caller (the core reads no file). Only
   * an instrument asks for it; with it, the `amendment.*` checks apply the instrument to it.
   */
  amendmentBase?: () => string | undefined;
}

/**
 * The kinds of instrument the legality rules tell apart: 法律, 行政法规, 省级 and 设区的市 地方性法规, 部门规章, 省级
 * and 设区的市 政府规章.
 */
export type InstrumentType = 'law' | 'administrativeRegulation' | 'provincialRegulation' | 'cityRegulation' | 'departmentalRule' | 'provincialRule' | 'cityRule';

export interface DepartmentOptions {
  /** Article numbers of the responsibilities article(s); overrides detection. */
  responsibilitiesArticles?: number[];
  /** Extra department names (cores such as 口岸物流, without level or 部门). */
  lexicon?: string[];
  /** Extra aliases: written core → canonical core (数据局 → 大数据). */
  aliases?: Record<string, string>;
  /** Extra generic forms never checked (cores such as 市直). */
  generic?: string[];
  /** Departments never reported (cores). */
  ignore?: string[];
  /** Report pre-2018-reform names: auto = unless the text is dated before 2019. */
  legacyNames?: 'auto' | 'on' | 'off';
}

export interface TermOptions {
  /** Domain glossary: terms that should be defined when used. */
  glossary?: string[];
  /** Terms never reported as undefined. */
  ignore?: string[];
  /** Terms defined by superior law that need no local definition. */
  superiorLaw?: string[];
}

/** The structure of a document as the parser reads it. */
export interface DocumentStructure {
  jurisdiction: Jurisdiction;
  script: Script;
  kind: DocumentKind;
  title?: { text: string; span: Span };
  toc?: Toc;
  /** Top-level units (books, chapters, or articles when the text has no divisions). */
  children: StructureNode[];
  /** Every division heading (编/分编/章/节/附则) in document order. */
  divisions: StructureNode[];
  /** Every article in document order. */
  articles: StructureNode[];
  /** Line start offsets (for callers that convert offsets to positions). */
  lineStarts: number[];
}
