/** Division headings that are no division of the text: the outline of a document the text sets out. */
import type { LineClass } from './classify';
import type { State } from './result';

/**
 * A division heading set in further than the text's own heading of that kind (after `第 五 章  調查報告審查會議`, a
 * form's `    第一章  事實資料`, `    第二章  分析`): the outline of a document the text sets out (a report's format
 * in an article or its table), text, not the text's chapters starting again — when it does not go on from the
 * text's own, or an outline's heading came before it since the last article (its 第三章 may happen to go on).
 */
export function outlineInText(st: State, c: Extract<LineClass, { type: 'division' }>, index: number): boolean {
  const last = c.kind === 'book' ? st.book : c.kind === 'subbook' ? st.subbook : c.kind === 'chapter' ? st.chapter : st.section;
  if (last === undefined || (st.froms[index] as number) <= (st.froms[last.line] as number)) return false;
  st.outline ||= c.numeral.value !== last.number + 1;
  return st.outline;
}
