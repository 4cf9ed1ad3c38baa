/**
 * The shapes of the citations table, apart from the code that builds it: the provisions reader fills in a
 * citation that the table (index.ts) made, so both read these types from here.
 */
import type { Law, LawIndex, LawVersion, RepealData } from '../laws';
import type { Span } from '../types';
import type { YearNote } from './titles';

export interface Citation {
  /** The 《title》 as written, brackets included. */
  span: Span;
  /** The title as looked up (Simplified, the year note inside the brackets left out). */
  name: string;
  /** The same in the draft's own script, for messages. */
  written: string;
  note?: YearNote;
  /** Where an abbreviation is introduced right after it: （以下简称《行政处罚法》）. */
  abbreviation?: Span;
  /** The provisions cited with it: 《X法》第十条、第十二条, and 该法第X条 after it. */
  provisions: CitedProvision[];
  law?: Law;
  /** The version in force at the text's date (the newest for a draft). */
  version?: LawVersion;
  /** The repeal in force at the text's date. */
  repeal?: RepealData;
  /** The full title of the law that replaced a repealed one. */
  successor?: string;
  /** The name is one the index lists as repealed (at any date). */
  known?: true;
  /**
   * It names an old law on purpose: its sentence repeals it (……同时废止) or speaks of the time before this
   * text (本法施行前依照《…》设立的), or this text is the law that replaced it. No check reads it.
   */
  historical?: true;
  /** Named without 《》 (依照刑法第十七条): its form is not judged (citation.title-form), its provisions are. */
  bare?: true;
  /** Whether the title is written in full (中华人民共和国行政处罚法), not a short form (行政处罚法). */
  full: boolean;
}

export interface CitationTable {
  /** The text's date (its 题注 or own 施行 sentence); undefined for a draft. */
  date?: string;
  citations: Citation[];
  /** The index the citations were looked up in; undefined when there was none (then nothing is checked). */
  index?: LawIndex;
}

/** One provision of a cited law: 第article条(之sub)(第paragraph款)(第item项). */
export interface CitedProvision {
  /** The path as written (one end of a range is a provision of its own). */
  span: Span;
  article: number;
  sub: number;
  paragraph?: number;
  item?: number;
}
