/**
 * A .docx read back for the tests, without the code under test: unzipped (jszip) and its XML parsed
 * (fast-xml-parser), then summed up as readable lines — page setup, the styles the text uses, the footers,
 * and each paragraph (style, alignment, runs with their marks) and table row — for assertions and goldens.
 */
import JSZip from 'jszip';
import { XMLParser } from 'fast-xml-parser';

type Node = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, parseTagValue: false, parseAttributeValue: false });

const tagOf = (n: Node): string => Object.keys(n).find((k) => k !== ':@') as string;
const kids = (n: Node): Node[] => (n[tagOf(n)] as Node[]) ?? [];
const attr = (n: Node | undefined, name: string): string | undefined => n?.[':@']?.[`w:${name}`];
const child = (n: Node, tag: string): Node | undefined => kids(n).find((k) => tagOf(k) === tag);
const all = (n: Node, tag: string): Node[] => kids(n).filter((k) => tagOf(k) === tag);

export interface Run {
  text: string;
  /** The marks and character style: b, u, s, box, rStyle=… */
  props: string[];
}
export interface Para {
  style: string;
  align?: string;
  runs: Run[];
  text: string;
}
export type Block = { type: 'p'; p: Para } | { type: 'table'; rows: Array<{ header: boolean; cells: Para[][] }> };

function run(r: Node): Run {
  const rPr = child(r, 'w:rPr');
  const props: string[] = [];
  if (rPr) {
    const style = attr(child(rPr, 'w:rStyle'), 'val');
    if (style) props.push(`rStyle=${style}`);
    if (child(rPr, 'w:b')) props.push('b');
    if (child(rPr, 'w:u')) props.push('u');
    if (child(rPr, 'w:strike')) props.push('s');
    if (child(rPr, 'w:bdr')) props.push('box');
  }
  let text = '';
  for (const k of kids(r)) {
    const tag = tagOf(k);
    if (tag === 'w:t') text += kids(k).map((t) => String(t['#text'] ?? '')).join('');
    else if (tag === 'w:instrText') text += `{${kids(k).map((t) => String(t['#text'] ?? '')).join('').trim()}}`;
  }
  return { text, props };
}

function para(p: Node): Para {
  const pPr = child(p, 'w:pPr');
  const runs = all(p, 'w:r').map(run).filter((r) => r.text !== '');
  return { style: attr(pPr && child(pPr, 'w:pStyle'), 'val') ?? 'Normal', align: attr(pPr && child(pPr, 'w:jc'), 'val'), runs, text: runs.map((r) => r.text).join('') };
}

function blocks(body: Node): Block[] {
  const out: Block[] = [];
  for (const k of kids(body)) {
    const tag = tagOf(k);
    if (tag === 'w:p') out.push({ type: 'p', p: para(k) });
    else if (tag === 'w:tbl') {
      out.push({
        type: 'table',
        rows: all(k, 'w:tr').map((tr) => {
          const trPr = child(tr, 'w:trPr');
          return { header: !!(trPr && child(trPr, 'w:tblHeader')), cells: all(tr, 'w:tc').map((tc) => all(tc, 'w:p').map(para)) };
        }),
      });
    }
  }
  return out;
}

const root = (xml: string, tag: string): Node => (parser.parse(xml) as Node[]).find((n) => tagOf(n) === tag) as Node;

export interface Docx {
  files: string[];
  blocks: Block[];
  /** pgSz and pgMar and docGrid attributes of the section, w: prefix dropped. */
  page: Record<string, Record<string, string>>;
  footers: Record<string, Para[]>;
  /** Each style by id: its based-on, fonts (eastAsia), size (half-points), bold, alignment. */
  styles: Map<string, { basedOn?: string; font?: string; size?: string; bold: boolean; align?: string; firstLine?: string }>;
  settings: string;
}

export async function readDocx(bytes: Uint8Array): Promise<Docx> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (path: string): Promise<string> => (await zip.file(path)?.async('string')) ?? '';
  const doc = root(await text('word/document.xml'), 'w:document');
  const body = child(doc, 'w:body') as Node;
  const sect = child(body, 'w:sectPr') as Node;
  const page: Docx['page'] = {};
  for (const tag of ['w:pgSz', 'w:pgMar', 'w:docGrid']) page[tag.slice(2)] = Object.fromEntries(Object.entries(child(sect, tag)?.[':@'] ?? {}).map(([k, v]) => [k.replace(/^w:/, ''), v]));
  const rels = await text('word/_rels/document.xml.rels');
  const footers: Docx['footers'] = {};
  for (const ref of all(sect, 'w:footerReference')) {
    const rel = new RegExp(`<Relationship [^>]*Id="${ref[':@']?.['r:id']}"[^>]*>`).exec(rels)?.[0] ?? '';
    const target = /Target="([^"]+)"/.exec(rel)?.[1];
    footers[attr(ref, 'type') as string] = all(root(await text(`word/${target}`), 'w:ftr'), 'w:p').map(para);
  }
  const styles: Docx['styles'] = new Map();
  for (const s of all(root(await text('word/styles.xml'), 'w:styles'), 'w:style')) {
    const rPr = child(s, 'w:rPr');
    const pPr = child(s, 'w:pPr');
    styles.set(attr(s, 'styleId') as string, {
      basedOn: attr(child(s, 'w:basedOn'), 'val'),
      font: attr(rPr && child(rPr, 'w:rFonts'), 'eastAsia'),
      size: attr(rPr && child(rPr, 'w:sz'), 'val'),
      bold: !!(rPr && child(rPr, 'w:b')),
      align: attr(pPr && child(pPr, 'w:jc'), 'val'),
      firstLine: attr(pPr && child(pPr, 'w:ind'), 'firstLine'),
    });
  }
  return { files: Object.keys(zip.files).sort(), blocks: blocks(body), page, footers, styles, settings: await text('word/settings.xml') };
}

/** A style's font and size as the text gets them: its own, else its based-on style's. */
export function resolved(d: Docx, id: string): { font?: string; size?: string } {
  const s = d.styles.get(id);
  if (!s) return {};
  const up = s.basedOn ? resolved(d, s.basedOn) : {};
  return { font: s.font ?? up.font, size: s.size ?? up.size };
}

const runText = (r: Run): string => (r.props.length ? `[${r.props.join(',')}:${r.text}]` : r.text);
const paraLine = (p: Para): string => `${p.style}${p.align ? `/${p.align}` : ''}: ${p.runs.map(runText).join('')}`;

/** The golden: readable lines a reviewer can check against the draft. */
export function summary(d: Docx): string {
  const lines: string[] = [];
  for (const [k, v] of Object.entries(d.page)) lines.push(`${k} ${Object.entries(v).map(([a, b]) => `${a}=${b}`).join(' ')}`);
  const used = new Set<string>();
  const walk = (p: Para): void => {
    used.add(p.style);
    for (const r of p.runs) for (const prop of r.props) if (prop.startsWith('rStyle=')) used.add(prop.slice(7));
  };
  for (const b of d.blocks) if (b.type === 'p') walk(b.p);
  else for (const r of b.rows) for (const c of r.cells) c.forEach(walk);
  for (const f of Object.values(d.footers)) f.forEach(walk);
  for (const id of [...used].sort()) {
    const s = d.styles.get(id);
    const r = resolved(d, id);
    lines.push(`style ${id}: ${r.font ?? '-'} ${r.size ?? '-'}${s?.bold ? ' bold' : ''}${s?.align ? ` ${s.align}` : ''}${s?.firstLine ? ` firstLine=${s.firstLine}` : ''}`);
  }
  for (const [k, f] of Object.entries(d.footers)) for (const p of f) lines.push(`footer ${k} ${paraLine(p)}`);
  lines.push('');
  for (const b of d.blocks) {
    if (b.type === 'p') lines.push(paraLine(b.p));
    else for (const r of b.rows) lines.push(`${r.header ? 'th' : 'tr'} | ${r.cells.map((c) => c.map(paraLine).join(' ⏎ ')).join(' | ')}`);
  }
  return lines.join('\n') + '\n';
}
