/** Does a plain .txt/.md file look like a regulation? Several line-initial article labels say so. */
const ARTICLE_LINE = /^[ \t\u3000#*>-]*第[ \u3000]?[零〇一二两三四五六七八九十百千0-9０-９]+[ \u3000]?[条條]/gmu;

export function looksLikeRegulation(text: string, minimum = 3): boolean {
  const head = text.length > 200_000 ? text.slice(0, 200_000) : text;
  let n = 0;
  ARTICLE_LINE.lastIndex = 0;
  while (ARTICLE_LINE.exec(head)) {
    if (++n >= minimum) return true;
  }
  return false;
}
