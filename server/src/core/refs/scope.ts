/**
 * Deciding whether a path that starts with 第 refers to this draft or to another instrument
 * (drafting-rules §3.3, scopeBefore). Works on script-folded text.
 */
import { isHan } from '../text/chars';

export type PathScope = 'external' | 'internal-doc' | 'internal-bare';

/** Document-scope words: 本条例第十条 refers to this draft. */
export const DOC_SCOPE_WORDS = [
  '实施办法', '实施细则', '条例', '规定', '办法', '细则', '规则', '决定', '解释', '章程', '准则', '法',
] as const;

const INTERNAL_TAIL = new RegExp(`本(?:${DOC_SCOPE_WORDS.join('|')})$`, 'u');
const LAW_TAIL = /(?:法|法典|条例|规定|办法|细则|规则|决定|解释|章程|准则|公约|协定|修正案|通则|纲要)(?:总则|分则|附则)?$/u;
/** Words that point back at an instrument named earlier: 该法第十条, 上述法律第二条. */
const ANAPHORIC_LAW_TAIL = /(?:该|同|上述|前述|原|其)(?:法|法律|条例|规定|办法|细则|规则|决定|解释|法规|规章)$/u;

/**
 * The scope of a path starting at `idx` in `text` (folded). `《…》第四十四条` and `依照刑法第十七条` are
 * external; `违反本条例第十三条` is internal with a document prefix; `违反第二十二条` is internal and bare.
 */
export function scopeBefore(text: string, idx: number): PathScope {
  let j = idx;
  // Skip one parenthesised qualifier such as 刑法修正案（九）第二条 or 民事诉讼法（2017年修正）第十条.
  const prev = text[j - 1];
  if (prev === '）' || prev === ')') {
    const open = Math.max(text.lastIndexOf('（', j - 1), text.lastIndexOf('(', j - 1));
    if (open >= 0 && j - open <= 24) j = open;
  }
  if (text[j - 1] === '》' || text[j - 1] === '〉') return 'external';
  let k = j;
  while (k > 0 && k > j - 40 && isHan(text[k - 1])) k--;
  const run = text.slice(k, j);
  if (INTERNAL_TAIL.test(run)) return 'internal-doc';
  if (ANAPHORIC_LAW_TAIL.test(run)) return 'external';
  if (LAW_TAIL.test(run)) return 'external';
  return 'internal-bare';
}
