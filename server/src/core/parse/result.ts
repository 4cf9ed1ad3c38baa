/**
 * The shapes the line-by-line parse fills in: the result, the edit between two parses, and the state of the
 * tree while lines are read. Apart from the code so that the parser (parse.ts), the tree builder (tree.ts)
 * and its list rules (item-lists.ts) read them without importing one another in a circle.
 */
import type { LineClass } from './classify';
import type { Evidence } from './jurisdiction';
import type { TextUnit } from './units';
import type { NumeralStyle } from '../text/numerals';
import type { DocumentStructure, Span, StructureNode } from '../types';

/**
 * An edit inside one unit range, from the previous version's parse to this one's: what a stage needs to
 * re-use its previous result (the department mentions, the scripts of the prose). Passed to the stages of
 * one analysis (incremental.ts) and kept by none: it links to the previous version.
 */
export interface Edit {
  /** The edited unit range, in the previous text and in this one. */
  before: Span;
  after: Span;
  /** The article holding it, in this parse. */
  article: StructureNode;
  /** An offset of the previous text outside the edited range, in this text. */
  move(x: number): number;
  /** A node of the previous parse, in this one. */
  node(n: StructureNode): StructureNode;
}

export interface ParseResult extends DocumentStructure {
  units: TextUnit[];
  /**
   * The paragraphs and items that hold items or subitems, in text order (each when it got its first
   * child): the numbering scopes read their lists from these, without visiting every paragraph.
   */
  holders: StructureNode[];
  /** Script-folded text (same length as the source). */
  folded: string;
  /** The source text. */
  source: string;
  /** How many characters fold (Traditional script); the script is decided from it. */
  traditional: number;
  /** How many characters lay the text out (spaces, line breaks, a drawn table's lines): no part of the script's measure. */
  layout: number;
  /** The line of the `<!-- INFO END -->` that closes a Markdown header, or -1. */
  infoEndLine: number;
  /** The width a Taiwan copy hard-wrapped its lines at (display columns, wrap-width.ts), or 0 when it is not wrapped. */
  wrapWidth: number;
  /** Structural jurisdiction evidence, when the jurisdiction was detected rather than set. */
  evidence?: Evidence;
}

/** The state of the tree while lines are read: the open node of each level, and what the look-ahead needs. */
export interface State {
  book?: StructureNode;
  subbook?: StructureNode;
  chapter?: StructureNode;
  section?: StructureNode;
  article?: StructureNode;
  paragraph?: StructureNode;
  item?: StructureNode;
  subitem?: StructureNode;
  /** The unit that the next continuation line may extend. */
  open?: TextUnit;
  openLine: number;
  lastArticle: number;
  /** Paragraphs in the current article (counted, not recounted per paragraph). */
  paragraphs: number;
  lastStyle?: NumeralStyle;
  /** The last （1） （2） read as the level below the open item or 目 (see belowItem, belowSubitem); reset by each new item or 目. */
  below?: number;
  /** The chapter and section open when a deleted chapter (第四章（刪除）) was read, while nothing followed it. */
  beforeDeleted?: { chapter: StructureNode; section: StructureNode };
  /** A Taiwan 1. was read under the open item or 目 (see handleLine); reset by each new item or 目. */
  dotted?: boolean;
  /** A division heading was read as an outline set out in the text (outlineInText) since the last article or division. */
  outline?: boolean;
  /** Set while splitGlued runs: a split that opens a new unit asks it to go on (a loop, not a recursion). */
  splitting: boolean;
  splitAgain: boolean;
  /** The last run of table lines a look-ahead read past (subitemGoesOn's tableEnd): read once, not once per line. */
  tableRun?: { start: number; end: number };
  /** Every line's class and content bounds, for looking ahead (itemGoesOn). */
  classes: readonly LineClass[];
  froms: readonly number[];
  tos: readonly number[];
}
