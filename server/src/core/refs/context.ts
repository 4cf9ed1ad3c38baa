/**
 * Reading references in their context (inheritance inside a list, internal or external scope): a path that starts
 * below the article (第二款, 第三项) continues the article named last in the same 款 or item, or in the 款
 * that introduces the items it stands in; a bare path right after an external one continues that
 * instrument (刑法第三百八十九条行贿罪、第三百九十三条单位行贿罪); 同条 / 该条 / 同款 point back at the
 * article or 款 named before them.
 */
import { itemHolders } from '../parse/nodes';
import type { Jurisdiction } from '../text/numerals';
import type { Reference, ReferencePath, StructureNode } from '../types';

/** The article `n` places before `article` in text order (what 前条 / 前两条 names), when there is one. */
export type ArticleBefore = (article: StructureNode, n: number) => StructureNode | undefined;

/** The path `ref` names last; for a 同条 / 该条项 without a path of its own, the one it points back at. */
function lastPath(ref: Reference): ReferencePath | undefined {
  const last = ref.elements[ref.elements.length - 1];
  return last ? (last.rangeEnd?.path ?? last.path) : ref.antecedent;
}

/**
 * Does `prev` give the context of `ref`: the same 款 or item (penalty articles chain sentences such as
 * 违反第三十八条第一项规定的……。违反第四项规定的……), or the 款 text that introduces ref's item list?
 */
function sameContext(folded: string, prev: Reference, ref: Reference): boolean {
  if (prev.article !== ref.article || prev.paragraph !== ref.paragraph) return false;
  if (prev.item === ref.item) return true;
  // The article an exception names (除本法第二百一十一条另有规定外，依照下列规定计算：) is not the
  // subject of the list: the items' bare 第（一）项 are their own list's.
  return prev.item === undefined && !EXCEPTION_AFTER.test(folded.slice(prev.span.end, prev.span.end + 8));
}

/**
 * A bare 第四项 in an article that has no items cannot name its own: in a later 款 it continues the item
 * of another article named before it in the article (违反本条例第五十二条第三项、第五项规定的……。[款]违反第四项
 * 规定的……). In Taiwan only after another act's article (除召集規則第九條第四款……及第五款……。[項]儘後召集第五款申請
 * 處理名冊……): a bare 款 after this text's own article there is read as the drafter's slip it often is — but not after
 * 前條, whose items an article goes on to treat one by one (前條第一款保安警察……。[項]第四款刑事警察……): it names that
 * article for the whole of this one.
 */
function itemOfAnother(prev: Reference, ref: Reference, jurisdiction: Jurisdiction): boolean {
  const first = ref.elements[0]?.path;
  const named = lastPath(prev);
  return (
    (jurisdiction === 'prc' || prev.scope === 'external' || namesArticleBefore(prev)) &&
    ref.scope === 'internal-bare' &&
    !ref.relative &&
    ref.article !== undefined &&
    prev.article === ref.article &&
    first?.item !== undefined &&
    first.paragraph === undefined &&
    named?.item !== undefined &&
    named.article !== undefined &&
    itemHolders(ref.article).paragraphs.length === 0
  );
}

/** Whether `ref` is 前条 (前条第一款), the one article right before its own. */
function namesArticleBefore(ref: Reference): boolean {
  return ref.relative === '前条' && (ref.relativeCount ?? 1) === 1;
}

/**
 * 本條例第四條所定……，其計算方式如下：一、……二、第四條第一項第一款第三目……: an item that names again the
 * article its 項's lead-in cites from another act names that act's article (the lead-in named the act once for the
 * list); read so when this text cannot hold it.
 */
function itemUnderActLeadIn(leadIn: Reference | undefined, ref: Reference, first: ReferencePath | undefined): boolean {
  const named = leadIn ? lastPath(leadIn) : undefined;
  return (
    leadIn?.scope === 'external' &&
    ref.scope === 'internal-bare' &&
    !ref.relative &&
    ref.item !== undefined &&
    leadIn.item === undefined &&
    leadIn.article === ref.article &&
    leadIn.paragraph === ref.paragraph &&
    first?.article !== undefined &&
    first.article === named?.article &&
    (first.articleSub ?? 0) === (named.articleSub ?? 0)
  );
}

const EXCEPTION_AFTER = /^(?:的?规定)?另有规定/u;

const TIGHT_GAP = /^[^，,；;。：:]{0,40}$/u;
/** 其属上开但书第三款: words that point back at the provision named before (本法第十四条第一项但书第一款至第三款). */
const POINTS_BACK = /(?:上开|上述|前述)(?:但书|规定)?$/u;
/**
 * A list joins a bare path to the article before it (第三十六条第一项但书所定……事件、第二项, 前条第一项第一款之……及
 * 第三款). Without a connector (……及第十条第二项各款之人不得为第一项第二款之见证人, 除有第十条第三款但书情形外，不适用
 * 第三款第三目) the path may be this article's own (Reference.mayBeOwn).
 */
const LIST_JOIN = /(?:^|[、及或与和暨至])$/u;

/**
 * Taiwan drafting names the article again (同條第二項) when a later clause means another article's 項: a
 * bare 第六項 after a comma is this article's own (違反第五十條第二款規定者，依第六項規定). A bare path
 * continues an earlier article within one clause (第三十六條第一項但書所定……事件、第二項所定……), or
 * across clauses from 款 to 款 (違反第四十九條第一款規定者，處……；違反第二款規定者).
 */
function continues(folded: string, anchor: Reference, named: ReferencePath, ref: Reference, jurisdiction: Jurisdiction): boolean {
  const gap = folded.slice(anchor.span.end, ref.span.start);
  if (jurisdiction !== 'tw' || TIGHT_GAP.test(gap) || POINTS_BACK.test(gap)) return true;
  const first = ref.elements[0]?.path;
  return first?.paragraph === undefined && named.item !== undefined;
}

/**
 * A list names siblings (grammar.ts inherit): a 项 joined to a whole article (前条及第一项至第五项, as 第十四条至第二十条及
 * 第一项至第三项 in one list) is not one of its 项 — that would be written 前条第一项 — but this article's own.
 */
function siblingOfWholeArticle(folded: string, anchor: Reference, named: ReferencePath, ref: Reference): boolean {
  if (named.paragraph !== undefined || named.item !== undefined || named.subitem !== undefined) return false;
  return SIBLING_JOIN.test(folded.slice(anchor.span.end, ref.span.start));
}

const SIBLING_JOIN = /^(?:[、及或与和暨]|以及)$/u;

/**
 * Taiwan: how a bare 款 in an item reads under a lead-in that names a provision. A lead-in that names a 項 (依本法
 * 第五十六條第一項規定應予獎勵者，其處理程序如下：……二、符合第三款至第五款情形者) or several of its 款 (本法第五十一條第一項
 * 第一款至第六款之漏稅額，依下列規定認定之：……二、第五款，……) is sorted by the items: their 款 are that 項's (true). A
 * lead-in that names one 款 (從事第二條第一項第三款規定有關……作業時，依下列規定：) is the subject of the items, and their
 * 款 are the list's own (false: 從事第一款至第五款有關措施之作業勞工及第八款), as are 款 before the item citing them
 * (citesItemsBefore). Otherwise undefined: no lead-in reading.
 */
function sortsLeadIn(lead: Reference, named: ReferencePath, ref: Reference, first: ReferencePath): boolean | undefined {
  if (ref.item === undefined || lead.item !== undefined || lead.paragraph !== ref.paragraph) return undefined;
  if (first.paragraph !== undefined || first.item === undefined) return undefined;
  if (citesItemsBefore(ref, ref.item.number)) return false;
  if (named.paragraph !== undefined && named.item === undefined) return true;
  if (named.item === undefined) return undefined;
  const items = lead.elements.filter((e) => e.path.item !== undefined).length;
  return items > 1 || lead.elements.some((e) => e.rangeEnd?.path.item !== undefined);
}

/**
 * Whether every 款 `ref` cites comes before item `own`, the one it stands in: 三、……或第一款有利害關係者…… under
 * 第一項及第十九條第二項所稱有利害關係者，謂有左列情形之一： goes back to an item of its own list, already read. Items
 * sorted by a lead-in's 項 take its 款 in their order (一、第一款及第二款……。二、第三款至第五款……), never only ones the
 * list has passed.
 */
function citesItemsBefore(ref: Reference, own: number): boolean {
  for (const el of ref.elements) {
    for (const p of [el.path, el.rangeEnd?.path]) {
      if (p && (p.article !== undefined || p.paragraph !== undefined || p.item === undefined || p.item >= own)) return false;
    }
  }
  return ref.elements.length > 0;
}

/** The level a 同/该 word points back at: 条 the article, and the paragraph or item by jurisdiction. */
const ANAPHORIC_LEVEL: Readonly<Record<Jurisdiction, Readonly<Record<string, 'article' | 'paragraph' | 'item'>>>> = {
  prc: { 条: 'article', 款: 'paragraph', 项: 'item' },
  tw: { 条: 'article', 项: 'paragraph', 款: 'item' },
};

/** The gap between two lists of divisions of one instrument: their titles, 一部或全部, a comma (not a sentence end, nor 本). */
const DIVISION_LIST_GAP = /^[^；;。：:本]{0,20}$/u;

/**
 * 刑法第十六章妨害性自主罪、第十六章之一妨害風化罪、第十七章……: a 章 (编, 节) right after another instrument's
 * 章 in one clause is that instrument's too — a text does not list its own chapters among another's.
 */
function continuesDivisions(folded: string, prev: Reference | undefined, ref: Reference): boolean {
  const named = prev ? lastPath(prev) : undefined;
  const first = ref.elements[0]?.path;
  return (
    prev?.scope === 'external' &&
    prev.article === ref.article &&
    prev.paragraph === ref.paragraph &&
    prev.item === ref.item &&
    named !== undefined &&
    named.article === undefined &&
    (named.book !== undefined || named.chapter !== undefined || named.section !== undefined) &&
    first !== undefined &&
    (first.book !== undefined || first.chapter !== undefined || first.section !== undefined) &&
    DIVISION_LIST_GAP.test(folded.slice(prev.span.end, ref.span.start))
  );
}

export function contextualise(folded: string, refs: Reference[], jurisdiction: Jurisdiction, before: ArticleBefore): void {
  let anchor: Reference | undefined; // the last reference that named an article
  // A bare 第二项 that continued the anchor's article: a bare item after it (第二项序文、第二款) is in that 项.
  let narrowed: ReferencePath | undefined;
  let prev: Reference | undefined;
  let chapterNamed: { article: StructureNode | undefined; path: ReferencePath } | undefined; // the chapter named last
  // Taiwan: the last reference naming an article outside items: the lead-in of the items after it, which an item
  // naming another article does not end for the next item (本法第五十一條第一項第一款至第六款……：一、……本法第十五條之一
  // 第二項……。二、第五款).
  let leadIn: Reference | undefined;
  // The other law whose article the bare paths after it go on citing (afterExternal), for namesOwnArticle.
  let otherLaw: Reference | undefined;
  for (const ref of refs) {
    if (ref.scope === 'internal-bare' && continuesDivisions(folded, prev, ref)) ref.scope = 'external';
    prev = ref;
    namePreviousArticle(ref, before);
    if (chapterNamed && chapterNamed.article === ref.article && ref.scope !== 'external' && !ref.relative) inheritChapter(ref, chapterNamed.path);
    const chapterPath = lastChapterPath(ref);
    if (chapterPath) chapterNamed = ref.scope === 'external' || ref.relative ? undefined : { article: ref.article, path: chapterPath };
    const first = ref.elements[0]?.path;
    const explicit = ref.elements.some((e) => e.path.article !== undefined) || ref.antecedent?.article !== undefined;
    const same = anchor && (sameContext(folded, anchor, ref) || itemOfAnother(anchor, ref, jurisdiction)) ? anchor : undefined;
    const leadNamed = leadIn && first ? lastPath(leadIn) : undefined;
    const sorts = jurisdiction === 'tw' && leadIn && leadNamed && first && ref.scope === 'internal-bare' && (same === undefined || same === leadIn) ? sortsLeadIn(leadIn, leadNamed, ref, first) : undefined;
    const context = sorts === undefined ? same : leadIn;
    if (ref.relative && ref.scope !== 'external' && (ref.relative[0] === '同' || ref.relative[0] === '该')) {
      // 同條第一項但書第一款 after 行政訴訟法第一百零四條之一: what follows continues the other law.
      // The level is the word's last unit: 同条项 names a 项, like 同项.
      if (pointBack(ref, context, ANAPHORIC_LEVEL[jurisdiction][ref.relative[ref.relative.length - 1] as string])) anchor = ref;
    } else if (ref.scope === 'internal-bare' && first && context) {
      const named = lastPath(context);
      const startsBelowArticle = first.article === undefined && first.chapter === undefined && first.section === undefined;
      if (startsBelowArticle && named?.article !== undefined) {
        const goesOn = sorts ?? (continues(folded, context, named, ref, jurisdiction) && !siblingOfWholeArticle(folded, context, named, ref));
        if (!goesOn) {
          if (context.scope !== 'external') ref.otherArticle = named; // this article's own 項 or 款, unless it lacks it
          // 本條例第七條第二項至第四項……。……合併第一款、第九款或第十款: after another act's article, a 款 or 項 this
          // article cannot hold is that act's, the article left unnamed (resolve.ts), not this text's dangling one.
          else ref.afterExternal = true;
        } else if (context.scope === 'external') ref.scope = 'external';
        else {
          inheritArticle(ref, narrowed ?? named);
          if (jurisdiction === 'tw' && !LIST_JOIN.test(folded.slice(context.span.end, ref.span.start))) ref.mayBeOwn = true;
          if (context.afterExternal) ref.afterExternal = true;
          const path = lastPath(ref);
          if (path?.paragraph !== undefined) narrowed = path;
        }
      } else if (context.scope === 'external') {
        if (TIGHT_GAP.test(folded.slice(context.span.end, ref.span.start))) ref.scope = 'external';
        else ref.afterExternal = true; // 有銀行法第六十二條第一項所定……之虞或第六十四條虧損……
        otherLaw = context;
      } else if (context.afterExternal) {
        // 依刑法第八十六條……免其處分之執行，第九十一條之一第二項停止……，第九十八條第一項後段、第三項免其刑之執行:
        // one lead-in governs the clauses that follow it.
        ref.afterExternal = true;
      }
      if (ref.afterExternal && otherLaw && namesOwnArticle(ref) && ONE_SENTENCE.test(folded.slice(otherLaw.span.end, ref.span.start))) ref.scope = 'external';
    } else if (!context && itemUnderActLeadIn(leadIn, ref, first)) ref.afterExternal = true;
    if (explicit) {
      anchor = ref; // an inherited article does not become the new anchor
      narrowed = undefined;
      if (ref.item === undefined) leadIn = ref;
    }
  }
}

/** No sentence ends between two references (a 。 or ；). */
const ONE_SENTENCE = /^[^。；;]*$/u;

/**
 * 民法第三十六條之……事件，第三十八條……，第六十二條之聲請必要處分事件 in this text's 第六十二條: a text names the article it
 * stands in as 本條, not by its number, so in the sentence that lists another law's articles that number is the other
 * law's too (its article exists here, so resolve.ts would keep it as this text's).
 */
function namesOwnArticle(ref: Reference): boolean {
  const own = ref.article;
  return own !== undefined && ref.elements.some((e) => e.path.article === own.number && (e.path.articleSub ?? 0) === own.sub);
}

/**
 * 前条第二项 names the article before: its paths get that article, so that a bare path after it continues
 * it as after any other article (前條第二項所列第一款至第四款, 前條第一項第一款之……及第三款之……).
 */
function namePreviousArticle(ref: Reference, before: ArticleBefore): void {
  if (ref.scope === 'external' || !ref.article || ref.relative?.[0] !== '前' || !ref.relative.endsWith('条')) return;
  const a = before(ref.article, ref.relativeCount ?? 1);
  if (!a) return;
  // 依前条规定申请……：一、依第一款、第二款或第四款规定: the bare paths after it may continue that article.
  if (ref.elements.length === 0 && (ref.relativeCount ?? 1) === 1) ref.antecedent = { span: ref.span, numerals: [], article: a.number, articleSub: a.sub > 0 ? a.sub : undefined };
  for (const el of ref.elements) {
    for (const p of [el.path, el.rangeEnd?.path]) {
      if (!p || p.article !== undefined) continue;
      p.article = a.number;
      if (a.sub > 0) p.articleSub = a.sub;
    }
  }
}

/**
 * 同条第二项 / 该条 / 同款: the article (or 款, item) named last before it in the same 款 or item. Without
 * one the word stays unresolved (an unresolved 同条 is a hint, not a broken reference).
 */
function pointBack(ref: Reference, context: Reference | undefined, level: 'article' | 'paragraph' | 'item' | undefined): boolean {
  const named = context ? lastPath(context) : undefined;
  if (!context || !named || !level || named[level] === undefined) return false;
  const antecedent: ReferencePath = { span: named.span, numerals: [], article: named.article, articleSub: named.articleSub };
  if (level !== 'article') antecedent.paragraph = named.paragraph;
  if (level === 'item') antecedent.item = named.item;
  ref.antecedent = antecedent;
  // ……法院裁定之。第九十一條之一第一項……及同條第二項……，亦同 after 依刑法第八十六條……: the article pointed back at is
  // read as the other law's when this text lacks it, and so is the word that points back at it.
  if (context.afterExternal) ref.afterExternal = true;
  if (context.scope === 'external') {
    // The other law's provision: a later 同条项 points back through this one to it (依该条项规定……同条项第一款).
    ref.scope = 'external';
    return true;
  }
  for (const el of ref.elements) {
    for (const p of [el.path, el.rangeEnd?.path]) {
      if (!p) continue;
      p.article = antecedent.article;
      p.articleSub = antecedent.articleSub;
      if (level !== 'article' && p.paragraph === undefined) p.paragraph = antecedent.paragraph;
      if (level === 'item' && p.item === undefined) p.item = antecedent.item;
    }
  }
  return false;
}

/** The last path of `ref` that names a chapter. */
function lastChapterPath(ref: Reference): ReferencePath | undefined {
  for (let i = ref.elements.length - 1; i >= 0; i--) {
    const el = ref.elements[i] as Reference['elements'][number];
    const p = el.rangeEnd?.path ?? el.path;
    if (p.chapter !== undefined) return p;
  }
  return undefined;
}

/**
 * A bare section after a chapter named earlier in the article is that chapter's (第二章第一节……之规定；第二节关于
 * 背书之规定……，均于支票准用之): the list names the chapter once. The paths before the first that names its own
 * chapter continue it.
 */
function inheritChapter(ref: Reference, named: ReferencePath): void {
  for (const el of ref.elements) {
    if (el.path.chapter !== undefined || el.path.book !== undefined) return;
    for (const p of [el.path, el.rangeEnd?.path]) {
      if (!p || p.section === undefined || p.chapter !== undefined) continue;
      p.chapter = named.chapter;
      p.book = named.book;
    }
  }
}

/**
 * The paths before the first that names its own article continue `named`; those after it continue that one
 * (the list read them so): 第二项前段、第三项、第十九条第二项、第三项 is 第十九条's from there on.
 */
function inheritArticle(ref: Reference, named: ReferencePath): void {
  for (const el of ref.elements) {
    if (el.path.numerals.some((n) => n.level === 'article')) return;
    for (const p of [el.path, el.rangeEnd?.path]) {
      if (!p) continue;
      p.article = named.article;
      p.articleSub = named.articleSub;
      if (p.paragraph === undefined && p.item !== undefined && named.paragraph !== undefined) p.paragraph = named.paragraph;
    }
  }
}
