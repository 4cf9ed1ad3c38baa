/**
 * A Taiwan regulation's citations of the act it is made under: 本法第十條 in a 施行細則 (or a 辦法 that says 以下簡稱本法),
 * and the act named in full (依就業服務法第四十八條). The national index holds no Taiwan act; the index of Taiwan acts
 * does, in its version in force, which is what a draft or a regulation in force should cite.
 */
import { actHolds, type TaiwanActs } from '../laws/taiwan';
import type { ArticleShape } from '../laws';
import type { ParseResult } from '../parse/parse';
import { isHan } from '../text/chars';
import { foldScript } from '../text/fold';
import type { Reference, ReferencePath, Span } from '../types';

/** An act's name: a title ending in 法, 條例 or 通則 (folded), 2 to 40 characters, no 本/該 pointing word. */
const ACT = '[\\u4e00-\\u9fff、]{1,38}?(?:法|条例|通则)';
/** X法施行細則 (the title of the regulation that carries out act X), with a bracketed note after it. */
const IMPLEMENTING_TITLE = new RegExp(`^(${ACT})施行细则(?:[（(][^）)]*[）)])?$`, 'u');
/**
 * The enabling clause of 第1條: 本辦法依X法第N條規定訂定之, 本細則依據X條例（以下簡稱本條例）第N條…, 依X法第N條第M項
 * 規定訂定 — the act named right after 依 / 依據 / 依照 / 根據, before its article, a bracketed short name, or 規定.
 */
const ENABLING = new RegExp(`(?:依据|依照|根据|依)「?(${ACT})」?(?=[（(]以下简称|第|之规定|规定|授权)`, 'gu');
/** How much of the first article the enabling clause is looked for in: it opens the article. */
const ENABLING_REACH = 120;

/** An act a regulation is made under: its name as the text writes it, and the word the text cites it by. */
export interface EnablingAct {
  name: string;
  /** 本法 / 本條例 where the text calls the act so (a 施行細則 does; others say 以下簡稱本法), else its name. */
  cite: string;
}

/** 以下簡稱本法 right after the act's name: the short form the regulation cites it by. */
const SHORT_AFTER = /^「?[（(]以下简称(本[\u4e00-\u9fff]{1,3})[）)]/u;

/**
 * The acts a Taiwan regulation is made under: the act its title implements (X法施行細則) and those its first
 * article says it rests on (本辦法依X法第N條規定訂定), as written (the text's script), no repeats; none for a text of
 * another kind.
 */
export function enablingActs(parsed: ParseResult): EnablingAct[] {
  const acts = new Map<string, EnablingAct>();
  const title = parsed.title?.text.replace(/\s+/gu, '') ?? '';
  // Folding keeps the length, so the match's place names the act in the text's own script.
  const implemented = IMPLEMENTING_TITLE.exec(foldScript(title));
  if (implemented) {
    const name = title.slice(0, (implemented[1] as string).length);
    // A 施行細則 calls the act it carries out 本法 (本條例, 本通則).
    acts.set(name, { name, cite: `本${name.endsWith('法') ? '法' : name.slice(-2)}` });
  }
  const first = parsed.articles[0];
  if (first) {
    const end = Math.min(first.spanEnd, first.spanStart + ENABLING_REACH);
    const opening = parsed.folded.slice(first.spanStart, end);
    for (const m of opening.matchAll(ENABLING)) {
      const folded = m[1] as string;
      if (/^[本该同此其]/u.test(folded)) continue;
      const at = first.spanStart + (m.index as number) + m[0].indexOf(folded);
      const name = parsed.source.slice(at, at + folded.length);
      const after = at + folded.length;
      const short = SHORT_AFTER.exec(parsed.folded.slice(after, after + 12));
      const from = short ? after + short[0].indexOf(short[1] as string) : -1;
      const cite = short ? parsed.source.slice(from, from + (short[1] as string).length) : name;
      if (!acts.has(name) || cite !== name) acts.set(name, { name, cite });
    }
  }
  return [...acts.values()];
}

/** An act a regulation is made under, with its articles as the index of Taiwan acts holds them. */
export interface IndexedAct extends EnablingAct {
  articles: ReadonlyMap<string, ArticleShape>;
}

/**
 * The acts a Taiwan regulation is made under that the index knows, with their articles. The index is asked only when
 * the text is Taiwan's and names such an act.
 */
export function indexedEnablingActs(parsed: ParseResult, taiwanActs: (() => TaiwanActs | undefined) | undefined): IndexedAct[] {
  if (parsed.jurisdiction !== 'tw' || !taiwanActs) return [];
  const named = enablingActs(parsed);
  const index = named.length > 0 ? taiwanActs() : undefined;
  if (!index) return [];
  return named.flatMap((act) => {
    const articles = index.shape(act.name);
    return articles ? [{ ...act, articles }] : [];
  });
}

/** One path cited with the act, its article carried from the path before it (第十條第一項、第三項). */
export interface EnablingCitation {
  act: EnablingAct;
  span: Span;
  path: Pick<ReferencePath, 'article' | 'articleSub' | 'paragraph' | 'item'>;
  /** The act's articles in force, and whether they hold it. */
  articles: ReadonlyMap<string, ArticleShape>;
  held: boolean;
}

/**
 * The provisions a Taiwan regulation cites of its enabling acts, each checked against the act's articles. The index
 * is asked only when the text names such an act and cites something outside itself.
 */
export function enablingCitations(parsed: ParseResult, references: readonly Reference[], taiwanActs: (() => TaiwanActs | undefined) | undefined): EnablingCitation[] {
  if (!taiwanActs || !references.some((r) => r.scope === 'external')) return [];
  const acts = indexedEnablingActs(parsed, taiwanActs).map((act) => ({ act, articles: act.articles, name: foldScript(act.name), cite: foldScript(act.cite) }));
  // The getter reads the file once per process: asking it again for the longer-title test costs nothing.
  const index = acts.length > 0 ? taiwanActs() : undefined;
  if (!index) return [];
  const out: EnablingCitation[] = [];
  const s = parsed.folded;
  for (const ref of references) {
    if (ref.scope !== 'external') continue;
    const written = s.slice(ref.span.start, ref.span.end);
    // 本法第十條 (the text's word for its act: the reference holds it), or 就業服務法第十條 (the name right before it).
    const owner = acts.find((a) => (a.cite !== a.name && written.startsWith(a.cite)) || namedBefore(s, ref.span.start, a.name, index));
    if (!owner) continue;
    let previous: EnablingCitation['path'] | undefined;
    let lastEnd = -1;
    for (const el of ref.elements) {
      // 本法第十條及原住民族基本法第二條: a path after another act's name is that act's.
      if (lastEnd >= 0 && !CONTINUING_GAP.test(s.slice(lastEnd, el.span.start))) break;
      lastEnd = (el.rangeEnd ?? el).span.end;
      for (const end of el.rangeEnd ? [el.path, el.rangeEnd.path] : [el.path]) {
        if (end.book !== undefined || end.chapter !== undefined || end.section !== undefined) {
          previous = undefined;
          continue;
        }
        const path = end.article !== undefined ? end : previous?.article !== undefined ? { ...end, article: previous.article, articleSub: previous.articleSub, paragraph: end.paragraph ?? (end.item !== undefined ? previous.paragraph : undefined) } : undefined;
        if (!path) continue;
        out.push({ act: owner.act, span: end.span, path, articles: owner.articles, held: actHolds(owner.articles, path) });
        previous = path;
      }
    }
  }
  return out;
}

/** Between two paths of one citation: a list separator or a range, nothing else. */
const CONTINUING_GAP = /^(?:、|，|,|及|与|和|或|暨|并|以及|或者|至)?$/u;
/** How far a longer title ending in the act's name is looked for (少年及家事法院組織法 for 法院組織法). */
const LONGER_TITLE_REACH = 24;

/**
 * Whether the act's name (folded) stands right before `at`, or in 「」 there — and is not the tail of another act's
 * title: 少年及家事法院組織法第十一條 does not cite 法院組織法, nor 非學校型態實驗教育實施條例 學校型態實驗教育實施條例.
 */
function namedBefore(s: string, at: number, name: string, index: TaiwanActs): boolean {
  const end = s[at - 1] === '」' ? at - 1 : at;
  if (!s.slice(Math.max(0, end - name.length), end).endsWith(name)) return false;
  const start = end - name.length;
  for (let k = 1; k <= LONGER_TITLE_REACH && start - k >= 0 && isHan(s[start - k]); k++) {
    if (index.shape(s.slice(start - k, end))) return false;
  }
  return true;
}
