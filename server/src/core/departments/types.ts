/**
 * The shapes the department reading passes between its parts: a mention as read from the text, and the
 * lexicon it is read against. Apart from the code so that the mention scanner (mentions.ts), its grammar
 * (mention-grammar.ts) and the lexicon lookups (lexicon-facts.ts) need not import one another in a circle.
 */
import type { StructureNode } from '../types';
import type { AliasClass, LexiconEntry } from './lexicon';

export interface DepartmentMention {
  /** The core as written (Simplified), level and suffix stripped: 工业和信息化, 市场监督管理. */
  core: string;
  /** Where the core stands in the document. */
  start: number;
  end: number;
  /** The level prefix as written (市, 区县, 县级以上人民政府), '' when none or inherited from a list. */
  level: string;
  /** Generic references (有关部门, 负有……职责的部门) are never checked. */
  generic: boolean;
  /** An unknown `X和Y`: one department or two? */
  ambiguous: boolean;
  /** The core (after normalisation) is in the lexicon. */
  entry?: LexiconEntry;
  /** The normalised core the lexicon was looked up with (大数据工作 → 大数据). */
  key: string;
  /** Mentions of one list share the offset after their suffix. */
  listEnd: number;
  /** The list closes with 等 / 其他有关 (an open list). */
  openList: boolean;
  article: StructureNode;
}

export type Lexicon = ReadonlyMap<string, LexiconEntry>;

/** A mention as the table reads it: its canonical department and what its place says of it. */
export interface ResolvedMention extends DepartmentMention {
  /** The canonical id (发展改革 for 发展和改革). */
  canonical: string;
  /** How the written core relates to the canonical id ('part': a body inside it, PARENTS). */
  cls: AliasClass | 'canonical' | 'declared' | 'part';
  /** The mention stands in a responsibilities article. */
  inResp: boolean;
  /** The list it stands in ends with 按照职责分工 / 各自职责 (a catch-all: department.unused leaves its members alone). */
  catchAll: boolean;
  /** A standard hand-off of 法律责任 (移送公安机关): generic for the checks, a department all the same. */
  handoff: boolean;
  /** Its list is followed by the short form it declares (……部门（以下简称城管执法部门）). */
  namesShortForm: boolean;
  /**
   * Named in a matter examined or a term's definition, not given a duty: （一）财政部门具体组织本级预算执行情况,
   * among what an audit covers; (一)危险化学品目录，是指……部门公布的目录.
   */
  examined: boolean;
}
