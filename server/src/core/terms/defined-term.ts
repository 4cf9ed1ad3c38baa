/** A term a text defines, as the definitions reader (definitions.ts) and the short forms' (abbreviations.ts) give it. */
import type { Span, StructureNode } from '../types';

export type DefinitionForm = 'list' | 'inline' | 'abbreviation';

export interface DefinedTerm {
  /** The term, quotes removed (数字基础设施, 领跑者标准). */
  term: string;
  form: DefinitionForm;
  /** Where the term is written in its definition. */
  span: Span;
  /** The whole defining sentence or item (uses inside it do not count). */
  sentence: Span;
  /** What follows 是指 / 包括 (for hover and for comparing two definitions). */
  definiens: string;
  article: StructureNode;
  /**
   * The term as the text writes it when quotes stand inside it (“一业一证”改革 for 一业一证改革): its uses are
   * written so too.
   */
  written?: string;
  /**
   * A term of another act that this text explains (专利法所称遗传资源，是指……; 著作权法和本条例中下列用语的含义):
   * this text need not use it.
   */
  cited?: true;
  /**
   * The provision of the other act a cited term is explained for (本法第二十二条所称刊物 → 第二十二条): the same word
   * explained for another provision is another reading, not a second definition.
   */
  provision?: string;
  /**
   * The word of the item heading the subitem that defines this term (八、热处理法：（一）焚化法：指……), and where the
   * heading writes it: a kind of that word, used wherever the word is.
   */
  under?: { term: string; at: number };
  /** Defined for a part of the text only (前款所称, 本章下列用语, 本条第一款所称): it may narrow a definition of the whole. */
  part?: true;
  /**
   * Explains words already written in a place it names (前款所称, 前两款所称, 本条第一款所称, 第三条所称, 前项所称):
   * those words are its use, however loosely they were written (背书应当连续 for 背书连续).
   */
  refersBack?: true;
  /**
   * An item of a list that sorts or bounds what its lead names (图书馆分类如下, 期货交易指下列契约之交易): a kind
   * the text sets out, not a word it must use again.
   */
  kind?: true;
}
