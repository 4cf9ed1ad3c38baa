/** term.unused: a defined term, or an introduced short form, that the text never uses. */
import { documentTitle } from '../parse/nodes';
import type { ParseResult } from '../parse/parse';
import type { Check } from './types';

export const termUnused: Check = {
  id: 'term.unused',
  title: { zh: '定义的术语未使用', en: 'Defined term never used' },
  defaultSeverity: 'information',
  run({ parsed, terms: t }, report) {
    const implementing = IMPLEMENTS.test(documentTitle(parsed));
    const elsewhere = attachmentsElsewhere(parsed);
    for (const d of t.defined) {
      // A cited act's term (著作权法所称作品) is that act's to use; 前款所称X explains words already written.
      // A kind set out in a classifying list (图书馆分类如下：……中小学图书馆，指……) is the list's point, not a word.
      if (d.cited || d.refersBack || d.kind) continue;
      // An implementing text (实施条例, 实施细则, Taiwan 施行细则) defines the words of the act it implements
      // (企业所得税法实施条例 defines 成本加成法 for 企业所得税法第四十一条): their uses are in that act. Its own
      // abbreviations are its own to use.
      if (implementing && d.form !== 'abbreviation') continue;
      // Forms and tables set out in attachments the text does not hold (如附件二, 附表三) are where a defined word
      // may be used: its absence from the articles says nothing. A short form is the articles' own shorthand.
      if (elsewhere && d.form !== 'abbreviation') continue;
      if (t.isUsed(d)) continue;
      report({
        span: d.span,
        message: d.form === 'abbreviation'
          ? { zh: `引入了简称“${d.term}”，但正文中未使用`, en: `The short form “${d.term}” is introduced but never used` }
          : { zh: `定义了术语“${d.term}”，但正文中未使用`, en: `“${d.term}” is defined but never used elsewhere` },
        data: { term: d.term },
      });
    }
  },
};

/** A reference to an attachment of the text's own: 附件二, 附表一, 如附件, 本办法附表. */
const ATTACHMENT_REF = /附[件表][一二三四五六七八九十0-9０-９]|(?:本[\u4e00-\u9fff]{1,3}|如|见|依|按)附[件表]/u;
/** An attachment the copy holds: a line that opens with 附件, 附表 or 续表 (a table carried over). */
const ATTACHMENT_HELD = /^[ \t\u3000]*(?:附[件表]|续表)/mu;

/** Whether the text refers to attachments of its own and holds none of them (after its first article). */
function attachmentsElsewhere(parsed: ParseResult): boolean {
  const first = parsed.articles[0];
  if (!first) return false;
  const body = parsed.folded.slice(first.textStart);
  return ATTACHMENT_REF.test(body) && !ATTACHMENT_HELD.test(body);
}

/** A title that says the text implements another act. */
const IMPLEMENTS = /实施(?:条例|细则|办法)|施行(?:细则|法)|实施《/u;
