/**
 * A Taiwan regulation's citations of the act it is made under: 本法第十條 in a 施行細則 (or a 辦法 that says 以下簡稱本法),
 * and the act named in full (依就業服務法第四十八條). The national index holds no Taiwan act; the index of Taiwan acts
 * does, in its version in force, which is what a draft or a regulation in force should cite.
 */
import { actHolds, enablingActs, type EnablingAct, type TaiwanActs } from '../laws/taiwan';
import type { ArticleShape } from '../laws';
import type { ParseResult } from '../parse/parse';
import { isHan } from '../text/chars';
import { foldScript } from '../text/fold';
import type { Reference, ReferencePath, Span } from '../types';

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
  if (parsed.jurisdiction !== 'tw' || !taiwanActs || !references.some((r) => r.scope === 'external')) return [];
  const named = enablingActs(parsed);
  if (named.length === 0) return [];
  const index = taiwanActs();
  if (!index) return [];
  const acts = named.flatMap((act) => {
    const articles = index.shape(act.name);
    return articles ? [{ act, articles, name: foldScript(act.name), cite: foldScript(act.cite) }] : [];
  });
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
