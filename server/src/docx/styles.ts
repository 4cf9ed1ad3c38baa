/** Paragraph styles as far as numbering goes: a style may number its paragraphs (w:numPr), or inherit that (w:basedOn). */
import { child, children, val, type XmlElement } from './xml';

interface Style {
  numId: string | undefined;
  ilvl: string | undefined;
  basedOn: string | undefined;
}

export type Styles = ReadonlyMap<string, Style>;

export function readStyles(root: XmlElement | undefined): Styles {
  const styles = new Map<string, Style>();
  for (const s of children(root, 'style')) {
    const numPr = child(child(s, 'pPr'), 'numPr');
    styles.set(s.attrs['styleId'] ?? '', { numId: val(numPr, 'numId'), ilvl: val(numPr, 'ilvl'), basedOn: val(s, 'basedOn') });
  }
  return styles;
}

/**
 * The numbering a paragraph of style `id` takes from it or the styles it is based on: the list, the level
 * when the style gives one, and the style that gave them. A loop of w:basedOn ends the search.
 */
export function styleNumbering(styles: Styles, id: string): { numId: string; ilvl: string | undefined; style: string } | undefined {
  const seen = new Set<string>();
  for (let at: string | undefined = id; at !== undefined && !seen.has(at); ) {
    seen.add(at);
    const s = styles.get(at);
    if (!s) return undefined;
    if (s.numId !== undefined) return { numId: s.numId, ilvl: s.ilvl, style: at };
    at = s.basedOn;
  }
  return undefined;
}
