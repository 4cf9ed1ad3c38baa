/**
 * Text of a draft or a law put into a Markdown hover. An ASCII mark in it (a `*`, `_`, `<`, `[…](…)`, a
 * leading `#` or `-`) would otherwise be read as emphasis, HTML, a link or a heading; every ASCII
 * punctuation mark is escaped, which CommonMark allows for each of them, and Chinese punctuation is left.
 */
const MARK = /[\\`*_{}[\]()#+\-.!|<>~"'&$%,/:;=?@^]/gu;

export function markdownText(s: string): string {
  return s.replace(MARK, '\\$&');
}
