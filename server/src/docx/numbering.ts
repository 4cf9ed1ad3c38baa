/**
 * Word's automatic numbering (ECMA-376 Part 1, numbering): the labels that a list gives its paragraphs — 第一条,
 * （三） — which are not characters of the document but counters of numbering.xml, rendered as Word renders
 * them. An abstract numbering (w:abstractNum) defines nine levels (start, format, level text such as
 * `第%1条`, when a level restarts); a concrete one (w:num) names it and may override a level's start or the
 * whole level. The concrete numberings of one abstract numbering share its counters, as in Word: where one that
 * overrides a level is first used at that level, the count restarts at its start, and every numbering of the
 * abstract one goes on from there (Word restarts each article's items with a numbering of their own; LibreOffice
 * gives one to the restarted paragraph alone, and the items after it keep the list's first numbering).
 */
import { formatNumber } from './formats';
import type { Styles } from './styles';
import { child, children, val, type XmlElement } from './xml';

export interface Level {
  start: number;
  format: string;
  /** The level text, `%1`…`%9` standing for the counters of levels 1…9; undefined: no label. */
  text: string | undefined;
  /** w:lvlRestart: restarts when a level above this one-based level is used (0: never); undefined: after any higher level. */
  restart: number | undefined;
  /** w:isLgl: every counter in the text as a decimal number. */
  legal: boolean;
  /** What follows the label: w:suff. */
  suffix: 'tab' | 'space' | 'nothing';
  /** A paragraph style linked to this level (w:pStyle). */
  style: string | undefined;
}

interface Concrete {
  abstractId: string;
  starts: Map<number, number>;
  levels: Map<number, Level>;
}

export interface Numbering {
  abstracts: Map<string, Map<number, Level>>;
  concretes: Map<string, Concrete>;
}

/**
 * Reads numbering.xml (absent: a document without lists). An abstract numbering that only names a list style
 * (w:numStyleLink, what Word writes for a list defined as a style) stands for the numbering that style applies.
 */
export function readNumbering(root: XmlElement | undefined, styles: Styles): Numbering {
  const abstracts = new Map<string, Map<number, Level>>();
  const concretes = new Map<string, Concrete>();
  const links = new Map<string, string>();
  for (const a of children(root, 'abstractNum')) {
    const levels = new Map<number, Level>();
    for (const l of children(a, 'lvl')) levels.set(int(l.attrs['ilvl'], 0), readLevel(l));
    const id = a.attrs['abstractNumId'] ?? '';
    abstracts.set(id, levels);
    const link = val(a, 'numStyleLink');
    if (link !== undefined && levels.size === 0) links.set(id, link);
  }
  for (const n of children(root, 'num')) {
    const c: Concrete = { abstractId: val(n, 'abstractNumId') ?? '', starts: new Map(), levels: new Map() };
    for (const o of children(n, 'lvlOverride')) {
      const ilvl = int(o.attrs['ilvl'], 0);
      const start = val(o, 'startOverride');
      if (start !== undefined) c.starts.set(ilvl, int(start, 0));
      const lvl = child(o, 'lvl');
      if (lvl) c.levels.set(ilvl, readLevel(lvl));
    }
    concretes.set(n.attrs['numId'] ?? '', c);
  }
  for (const c of concretes.values()) {
    const link = links.get(c.abstractId);
    const numId = link === undefined ? undefined : styles.get(link)?.numId;
    const target = numId === undefined ? undefined : concretes.get(numId)?.abstractId;
    if (target !== undefined && !links.has(target)) c.abstractId = target;
  }
  return { abstracts, concretes };
}

function readLevel(l: XmlElement): Level {
  const restart = val(l, 'lvlRestart');
  const suffix = val(l, 'suff');
  const legal = child(l, 'isLgl');
  return {
    start: int(val(l, 'start'), 0),
    format: readFormat(l),
    text: val(l, 'lvlText'),
    restart: restart === undefined ? undefined : int(restart, 0),
    legal: legal !== undefined && legal.attrs['val'] !== '0' && legal.attrs['val'] !== 'false',
    suffix: suffix === 'space' || suffix === 'nothing' ? suffix : 'tab',
    style: val(l, 'pStyle'),
  };
}

/**
 * A level's number format. Word 2010 and later write a custom format (w:numFmt custom, w:format "001, 002,
 * 003, ...") inside mc:AlternateContent, with a standard one as the fallback for other readers: a
 * zero-padded decimal custom format is read as such, any other custom one as its fallback.
 */
function readFormat(l: XmlElement): string {
  const direct = child(l, 'numFmt');
  const alternate = child(l, 'AlternateContent');
  const choice = child(child(alternate, 'Choice'), 'numFmt');
  const fallback = child(child(alternate, 'Fallback'), 'numFmt')?.attrs['val'];
  for (const f of [direct, choice]) {
    if (f?.attrs['val'] !== 'custom') continue;
    const padded = /^(0+)1,/u.exec(f.attrs['format'] ?? '');
    if (padded) return `decimalZero${(padded[1] as string).length + 1}`;
  }
  if (direct && direct.attrs['val'] !== 'custom') return direct.attrs['val'] ?? 'decimal';
  return fallback ?? direct?.attrs['val'] ?? 'decimal';
}

/** A non-negative integer attribute; anything else is the fallback. */
function int(s: string | undefined, fallback: number): number {
  const n = s === undefined ? NaN : Number.parseInt(s, 10);
  return Number.isFinite(n) && n >= 0 ? Math.min(n, 1_000_000) : fallback;
}

const SUFFIX = { tab: '\t', space: ' ', nothing: '' } as const;

/**
 * The counters of a document's lists, advanced paragraph by paragraph in document order. `warn` hears once
 * of each number format read as decimal because it is not known here.
 */
export class Counters {
  /** Counter values by abstract numbering and level. */
  private readonly lists = new Map<string, (number | undefined)[]>();
  /** The levels (`numId:ilvl`) at which each concrete numbering has been used: its override restarts only the first time. */
  private readonly used = new Set<string>();
  private readonly unknown = new Set<string>();

  constructor(
    private readonly numbering: Numbering,
    private readonly warn: (format: string) => void,
  ) {}

  /** The level of list `numId` that is linked to paragraph style `style`, if any. */
  levelOfStyle(numId: string, style: string): number | undefined {
    const c = this.numbering.concretes.get(numId);
    const levels = c && this.numbering.abstracts.get(c.abstractId);
    if (!levels) return undefined;
    for (const [ilvl, l] of levels) if (l.style === style) return ilvl;
    return undefined;
  }

  /**
   * Advances level `ilvl` of list `numId` for one paragraph and returns its label with what follows it, or
   * undefined when the list or level does not exist (Word shows no label then either).
   */
  next(numId: string, ilvl: number): string | undefined {
    const c = this.numbering.concretes.get(numId);
    const abstract = c && this.numbering.abstracts.get(c.abstractId);
    if (!c || !abstract) return undefined;
    const level = (i: number): Level | undefined => c.levels.get(i) ?? abstract.get(i);
    const start = (i: number): number => c.starts.get(i) ?? level(i)?.start ?? 0;
    const here = level(ilvl);
    if (!here) return undefined;
    let counters = this.lists.get(c.abstractId);
    if (!counters) this.lists.set(c.abstractId, (counters = []));
    const firstUse = !this.used.has(`${numId}:${ilvl}`);
    if (firstUse) this.used.add(`${numId}:${ilvl}`);
    const overridden = firstUse && (c.starts.has(ilvl) || c.levels.has(ilvl));
    counters[ilvl] = counters[ilvl] === undefined || overridden ? start(ilvl) : (counters[ilvl] as number) + 1;
    for (let j = ilvl + 1; j < 9; j++) {
      const restart = level(j)?.restart;
      if (restart === undefined || ilvl < restart) counters[j] = undefined;
    }
    if (here.text === undefined || here.format === 'bullet') return undefined;
    const label = here.text.replace(/%([1-9])/gu, (_, d: string) => {
      const i = Number(d) - 1;
      const format = here.legal ? 'decimal' : (level(i)?.format ?? 'decimal');
      return this.format(counters[i] ?? start(i), format);
    });
    return label + SUFFIX[here.suffix];
  }

  private format(n: number, format: string): string {
    const s = formatNumber(n, format);
    if (s !== undefined) return s;
    if (!this.unknown.has(format)) {
      this.unknown.add(format);
      this.warn(format);
    }
    return String(n);
  }
}
