/**
 * Ministries a responsibilities article names by their own name, X部 (交通运输部主管全国内河船舶船员值班工作;
 * 农业部主管全国质量调查工作): a ministry's rule gives the duties to its own system, so the article declares the
 * department of X at every level (地方交通运输主管部门). Read only there: elsewhere a ministry is cited
 * (按照公安部的规定), not given a duty the article must list.
 */
import type { StructureNode } from '../types';
import { factsOf } from './lexicon-facts';
import type { Lexicon, ResolvedMention } from './types';

/** 部 closing a name, not a word of its own (部门, 部分, 部位, 部件, 部队, 部长, 部署, 部落). */
const MINISTRY_END = /部(?![门分位件队长署落])/gu;
/** What may stand right before a ministry's name: a level's end (国务院, 国家, 中华人民共和国), punctuation or a verb's end. */
const NAME_START = /[院家国、，。；：（）\s由经向对与和及报同商并]/u;

/** The ministries (X部, X a name the lexicon knows) in the responsibilities articles, as declarations. */
export function ministriesIn(articles: Iterable<StructureNode>, folded: string, lex: Lexicon): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  const longest = factsOf(lex).longest;
  for (const a of articles) {
    const text = folded.slice(a.textStart, a.spanEnd);
    for (const m of text.matchAll(MINISTRY_END)) {
      const p = m.index ?? 0;
      // The longest known name that ends right before 部 and starts a word.
      for (let len = Math.min(longest, p); len >= 2; len--) {
        const name = text.slice(p - len, p);
        const entry = lex.get(name);
        if (!entry || !(p - len === 0 || NAME_START.test(text.charAt(p - len - 1)))) continue;
        const start = a.textStart + p - len;
        // (Central by its name: 国务院, as its level, keeps it apart from the local department for department.alias.)
        out.push({ core: name, start, end: start + len, level: '国务院', generic: false, ambiguous: false, entry, key: name, listEnd: start + len + 1, openList: false, article: a, canonical: entry.canonical, cls: 'declared', inResp: true, catchAll: false, handoff: false, namesShortForm: false, examined: false });
        break;
      }
    }
  }
  return out;
}

/** A body's own name, not a department's field: it ends in 局, 委员会, 厅 or 办公室 (国家铁路局, 市政府办公厅). */
const OWN_NAME_END = /(?:局|委员会|厅|办公室)$/u;

/**
 * Bodies a responsibilities article names by their own name, level and all (国家铁路局、中国民用航空局……按照
 * 各自职责分别负责): no department suffix follows there for the mention grammar to read, so the name the body
 * goes by elsewhere (会同国家铁路局、……统计工作部门), found word for word in the article, is its declaration.
 */
export function ownNamesIn(articles: ReadonlySet<StructureNode>, folded: string, mentions: readonly ResolvedMention[]): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  for (const m of mentions) {
    // (A level the list carries to this member is not written before it: the name is not written whole.)
    if (m.generic || m.inResp || m.level === '' || !OWN_NAME_END.test(m.core) || folded.slice(m.start - m.level.length, m.start) !== m.level) continue;
    const name = folded.slice(m.start - m.level.length, m.end);
    for (const a of articles) {
      const at = folded.slice(a.textStart, a.spanEnd).indexOf(name);
      if (at < 0) continue;
      const start = a.textStart + at + m.level.length;
      out.push({ ...m, start, end: start + m.core.length, listEnd: start + m.core.length, article: a, cls: 'declared', inResp: true });
      break;
    }
  }
  return out;
}
