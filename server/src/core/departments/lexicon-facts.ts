/** What the mention reader derives from a lexicon's names once, and how it looks a core up. */
import type { Lexicon } from './types';
import { type LexiconEntry, ORG_SUFFIXES, SUFFIXES } from './lexicon';

export const SUFFIX_RE = new RegExp(SUFFIXES.join('|'), 'gu');
export const CONJ = /以及|和|及|与/gu;

/** What the mention reader asks of a lexicon's names, derived once per lexicon (the shipped one lives as long as the process, a team's as long as the versions read with it). */
interface LexiconFacts {
  /** The length of the longest name. */
  longest: number;
  /** Names that hold a conjunction (住房和城乡建设): where it stands and how long it is. */
  compounds: { name: string; at: number; len: number }[];
  /** Names that end in 行政 (水行政, 司法行政). */
  xingzheng: string[];
  /** Names that hold a suffix word before their end (公安机关交通管理). */
  holding: { name: string; at: number; suffix: string }[];
}

const FACTS = new WeakMap<Lexicon, LexiconFacts>();

export function factsOf(lex: Lexicon): LexiconFacts {
  let f = FACTS.get(lex);
  if (f) return f;
  f = { longest: 0, compounds: [], xingzheng: [], holding: [] };
  // (A regex of its own: matchAll starts from the shared one's lastIndex, mid-scan.)
  const suffixes = new RegExp(SUFFIX_RE.source, 'gu');
  for (const name of lex.keys()) {
    f.longest = Math.max(f.longest, name.length);
    for (const m of name.matchAll(CONJ)) f.compounds.push({ name, at: m.index ?? 0, len: m[0].length });
    if (name.endsWith('行政') && name.length > 2) f.xingzheng.push(name);
    for (const m of name.matchAll(suffixes)) if ((m.index ?? 0) + m[0].length < name.length) f.holding.push({ name, at: m.index ?? 0, suffix: m[0] });
  }
  FACTS.set(lex, f);
  return f;
}

const OTHER_CONJ = /与|及/gu;
/** A conjunction inside a name, not one that joins it to the words before it (与生态环境). */
const CONJ_CHARS = /(?<=.)[和与及](?=.)/gu;

/** Endings dropped before a second lookup (made once: lookup runs several times per mention). */
const LOOKUP_TAILS = ['工作', '行政', '管理', '事务', ...ORG_SUFFIXES];

/**
 * Lexicon lookup after normalisation: 大数据工作 → 大数据, 大数据局 → 大数据, 民族宗教事务 → 民族宗教. An agency's 监督 is 监督管理 written
 * short (食品药品监督、交通等行政管理部门; 安全生产监督、国土资源等部门), as 通信 is not 通信管理.
 */
export function lookup(core: string, lex: Lexicon): { key: string; entry?: LexiconEntry } {
  const hit = lex.get(core);
  if (hit) return { key: core, entry: hit };
  for (const tail of LOOKUP_TAILS) {
    if (core.length > tail.length + 1 && core.endsWith(tail)) {
      const rest = core.slice(0, -tail.length);
      const e = lex.get(rest);
      if (e) return { key: rest, entry: e };
    }
  }
  // 自然资源与规划: a known compound written with another conjunction is that department, not two.
  const joined = core.replace(OTHER_CONJ, '和');
  const compound = joined === core ? undefined : lex.get(joined);
  if (compound) return { key: core, entry: compound };
  // 住房和建设: a known name (住房建设) written with a 和 it does not have — one department, not two (住房 is none).
  const bare = core.replace(CONJ_CHARS, '');
  const written = bare === core ? undefined : lex.get(bare);
  if (written) return { key: core, entry: written };
  const managed = core.endsWith('监督') ? lex.get(`${core}管理`) : undefined;
  if (managed) return { key: `${core}管理`, entry: managed };
  return { key: core };
}
