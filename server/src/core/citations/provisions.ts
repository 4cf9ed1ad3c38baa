/**
 * Which external references belong to which 《title》: the one right after it (《X法》第十条、第十二条,
 * 《X法》第三条第二款第（一）项, 第十条至第十二条), a bare path that continues it within a clause
 * (《X法》第十条第一款、第三项), and 该法 / 同法 / 该条例 第X条 after it in the same article. Anything
 * looser (上述法律, a law named without 《》) is left unattached rather than guessed.
 */
import type { ParseResult } from '../parse/parse';
import type { Reference } from '../types';
import type { Citation, CitedProvision } from './types';
import type { TitleMention } from './titles';

/** Between two references of one citation: a list separator, nothing else. */
const CONTINUING_GAP = /^(?:和|及|与|或者|或|以及|、|，)?$/u;
/** A word pointing back at the law named last: 该法第十条, 同条例第三条. Group 1 is the kind of instrument. */
const ANAPHOR = /(?:该|同)(法|条例)$/u;
const ANAPHOR_REACH = 8;

export function attachProvisions(parsed: ParseResult, references: readonly Reference[], titles: readonly TitleMention[], citations: Citation[]): void {
  const s = parsed.folded;
  let t = 0; // the first title after the reference (titles and references are both in text order)
  let last: { ref: Reference; citation: Citation } | undefined;
  for (const ref of references) {
    while (t < titles.length && (titles[t] as TitleMention).span.start < ref.span.start) t++;
    if (ref.scope !== 'external') {
      last = undefined;
      continue;
    }
    const title = titles[t - 1];
    let owner: Citation | undefined;
    if (title && title.after === ref.span.start) owner = citations[t - 1];
    else if (last && last.ref.paragraph === ref.paragraph && last.ref.item === ref.item && CONTINUING_GAP.test(s.slice(last.ref.span.end, ref.span.start))) owner = last.citation;
    else owner = anaphoric(s, ref, titles, citations, t);
    if (!owner) {
      last = undefined;
      continue;
    }
    addPaths(owner, ref);
    last = { ref, citation: owner };
  }
}

/** The citation a 该法 / 同条例 before `ref` points back at: the last title of that kind in the same article. */
function anaphoric(s: string, ref: Reference, titles: readonly TitleMention[], citations: readonly Citation[], t: number): Citation | undefined {
  const m = ANAPHOR.exec(s.slice(Math.max(0, ref.span.start - 3), ref.span.start));
  if (!m || !ref.article) return undefined;
  const kind = m[1] as string;
  // A few titles back at most: an article that names hundreds of laws before 该法 must not be read again for each.
  for (let i = t - 1; i >= 0 && i >= t - ANAPHOR_REACH; i--) {
    const title = titles[i] as TitleMention;
    if (title.span.start < ref.article.spanStart) return undefined;
    const name = title.name;
    if (kind === '法' ? /法典?$/u.test(name) : name.endsWith(kind)) return citations[i];
  }
  return undefined;
}

function addPaths(citation: Citation, ref: Reference): void {
  for (const el of ref.elements) {
    for (const p of el.rangeEnd ? [el.path, el.rangeEnd.path] : [el.path]) {
      if (p.book !== undefined || p.chapter !== undefined || p.section !== undefined) continue;
      const previous = citation.provisions[citation.provisions.length - 1];
      // 《X法》第十条第一款、第三项: a path below the article continues the article named before it.
      const article = p.article ?? previous?.article;
      if (article === undefined) continue;
      const provision: CitedProvision = { span: p.span, article, sub: p.article === undefined ? (previous?.sub ?? 0) : (p.articleSub ?? 0) };
      const paragraph = p.paragraph ?? (p.article === undefined && p.item !== undefined ? previous?.paragraph : undefined);
      if (paragraph !== undefined) provision.paragraph = paragraph;
      if (p.item !== undefined) provision.item = p.item;
      citation.provisions.push(provision);
    }
  }
}
