/**
 * The note renumbering writes after a reference whose article was deleted (issue #21 §4): the reference is
 * not silently left citing whichever article now has its number. The note is draft text, so it survives
 * saving, reopening and the CLI, and `reference.deleted-target` reports it until the drafter resolves it.
 * The numeral before it names the article that now stands where the deleted one stood (the first one after
 * it), so later renumberings keep the place and the quick fixes can offer both neighbours.
 */
import type { Script } from '../types';

/** The note as the parser reads it (script-folded text). */
export const DELETED_MARK = '〔原条文已删除〕';

export function deletedMark(script: Script): string {
  return script === 'traditional' ? '〔原條文已刪除〕' : DELETED_MARK;
}

/** Whether the note follows `end` in the folded text. */
export function markedAt(folded: string, end: number): boolean {
  return folded.startsWith(DELETED_MARK, end);
}
