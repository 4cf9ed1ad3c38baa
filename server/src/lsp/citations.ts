/**
 * Hover and go to definition on a citation of another law (《中华人民共和国行政处罚法》第三十二条): the law as the
 * index knows it at the draft's date (version, 修正/修订, repeal), whether the cited provision exists there, and
 * the article's own words when the user's libraries (`library`) hold the law's text. The index holds no text:
 * the words come only from a library.
 */
import { pathToFileURL } from 'node:url';
import { type Hover, type LocationLink, MarkupKind } from 'vscode-languageserver';
import { articleKey, articleKeyLabel, citationAt, labelZh, provisionExists, titleIn, toChineseNumeral, type CitationAt, type CitedProvision } from '../core';
import { articleText, type ArticleText, type Libraries } from '../laws/library';
import { LAW_TEXT_SCHEME } from '../protocol';
import type { CachedAnalysis } from './cache';
import { markdownText } from './markdown';

const PREVIEW = 600;

function hit(entry: CachedAnalysis, offset: number): CitationAt | undefined {
  const table = entry.analysis.citations;
  return table ? citationAt(table, offset) : undefined;
}

function label(p: CitedProvision): string {
  const n = (x: number): string => toChineseNumeral(x);
  return `${labelZh('article', p.article, 'prc', p.sub)}${p.paragraph ? `第${n(p.paragraph)}款` : ''}${p.item ? `第${n(p.item)}项` : ''}`;
}

/** The article's words from a library, in the version the citation reads (its publish date), else none. */
function wordsOf(at: CitationAt, libraries: (() => Libraries | undefined) | undefined): ArticleText | undefined {
  const { citation, provision } = at;
  const own = libraries?.();
  if (!own || !provision || !citation.law) return undefined;
  return articleText(own, citation.law.title, citation.version?.publish, articleKey(provision.article, provision.sub));
}

/** Hover on a citation; null where the offset is on none (the caller then tries its other hovers). */
export function citationHover(entry: CachedAnalysis, offset: number, lang: 'zh' | 'en', libraries: (() => Libraries | undefined) | undefined): Hover | null {
  const at = hit(entry, offset);
  // A title the index knows nothing of (a draft's own 《short form》, a local rule) is left to the other hovers.
  if (!at || (!at.citation.law && !at.citation.repeal)) return null;
  const { citation, provision } = at;
  const zh = lang === 'zh';
  const lines: string[] = [];
  const law = citation.law;
  // The law's title as the draft writes it (a Traditional draft reads 《中華人民共和國…》), marks escaped.
  const script = entry.analysis.script;
  const shown = (t: string): string => markdownText(titleIn(script, t));
  const title = law ? shown(law.title) : markdownText(citation.written);
  if (citation.repeal) {
    const r = citation.repeal;
    const now = citation.successor && citation.successor !== r.by ? (zh ? `；现为《${shown(citation.successor)}》` : `; now 《${shown(citation.successor)}》`) : '';
    lines.push(zh ? `**《${title}》** · 已于 ${r.date} 废止（《${shown(r.by)}》${articleKeyLabel(r.article)}${now}）` : `**《${title}》** · repealed on ${r.date} (by 《${shown(r.by)}》 article ${r.article}${now})`);
  } else if (law && citation.version) {
    const v = citation.version;
    const kind = zh ? v.kind : { 制定: 'enacted', 修正: 'amended', 修订: 'revised' }[v.kind];
    const from = v.from ? (zh ? `，${v.from} 起施行` : `, in force from ${v.from}`) : '';
    lines.push(zh ? `**《${title}》** · ${law.level} · ${v.publish} ${kind}${from}` : `**《${title}》** · ${law.level} · ${kind} ${v.publish}${from}`);
  } else if (law) {
    const first = law.versions[0];
    const date = entry.analysis.citations?.date;
    const later = first !== undefined && date !== undefined && first.publish > date;
    lines.push(later
      ? (zh ? `**《${title}》** · ${law.level} · 本文日期时尚未公布（${first.publish}）` : `**《${title}》** · ${law.level} · not yet published on this text's date (${first.publish})`)
      : (zh ? `**《${title}》** · ${law.level}（索引未收录其版本）` : `**《${title}》** · ${law.level} (no version in the index)`));
  } else {
    lines.push(zh ? `**《${title}》** · 不在法律索引中` : `**《${title}》** · not in the law index`);
  }
  if (provision && citation.version && citation.version.articles.size === 0) {
    lines.push(zh ? `${label(provision)}：索引未收录该法的条文，无法核对` : `${label(provision)}: the index holds no articles of this law to check it against`);
  } else if (provision && citation.version) {
    const exists = provisionExists(citation.version, provision);
    const words = exists ? wordsOf(at, libraries) : undefined;
    if (!exists) lines.push(zh ? `⚠ 该版本没有${label(provision)}` : `⚠ ${label(provision)} does not exist in that version`);
    else if (words) {
      const text = words.text.replace(/\s+/gu, ' ').trim();
      lines.push(`> ${markdownText(text.length > PREVIEW ? `${text.slice(0, PREVIEW)}……` : text)}`);
    } else if (libraries && !libraries()) {
      lines.push(zh ? `${label(provision)}：法规库正在建立索引，稍后可见条文原文` : `${label(provision)}: the libraries are still being indexed; the article's words will show once they are`);
    } else if (libraries) {
      const v = citation.version.publish;
      lines.push(zh ? `${label(provision)}：法规库中没有该版本（${v}）的文本` : `${label(provision)}: the libraries hold no text of the version of ${v}`);
    } else lines.push(zh ? `${label(provision)}：条文原文需在设置 \`lexdraft.library\` 中指定法律文本文件夹` : `${label(provision)}: point \`lexdraft.library\` at a folder of law texts to see its words`);
  }
  const range = entry.lines.range(provision?.span ?? citation.span);
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n\n') }, range };
}

/**
 * Go to definition on a cited provision: its article in the library file that holds the law, opened under
 * LAW_TEXT_SCHEME so the editor shows it read-only. Nothing when no library holds the text.
 */
export function citationDefinition(entry: CachedAnalysis, offset: number, libraries: (() => Libraries | undefined) | undefined): LocationLink[] | undefined {
  const at = hit(entry, offset);
  if (!at) return undefined;
  const words = wordsOf(at, libraries);
  // No text to open: the other definitions (a draft's own 《short form》 → its 以下简称) may answer.
  if (!words) return undefined;
  const uri = pathToFileURL(words.file).toString().replace(/^file:/u, `${LAW_TEXT_SCHEME}:`);
  const target = { start: { line: words.line, character: 0 }, end: { line: words.line, character: 0 } };
  return [{ originSelectionRange: entry.lines.range((at.provision ?? at.citation).span), targetUri: uri, targetRange: target, targetSelectionRange: target }];
}
