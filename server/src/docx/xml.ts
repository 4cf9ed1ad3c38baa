/**
 * XML parts as a small tree. Namespace prefixes are dropped (`w:p` is `p`): the parts read here speak one
 * vocabulary each, and a document written with another prefix for it reads the same.
 */
import type * as Fxp from 'fast-xml-parser';
import { DocxError } from './zip';

export interface XmlElement {
  name: string;
  attrs: Readonly<Record<string, string>>;
  children: readonly XmlNode[];
}

export type XmlNode = XmlElement | string;

/**
 * Made on first use, from fast-xml-parser loaded then (a bundle of its own beside the CLI's): a run that
 * reads no Word document does not pay for loading it.
 */
let parser: Fxp.XMLParser | undefined;

function xmlParser(): Fxp.XMLParser {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (parser ??= new (require('fast-xml-parser') as typeof Fxp).XMLParser(PARSER_OPTIONS));
}

const PARSER_OPTIONS = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  // Decodes numeric character references (&#x4E00;) too, which a text run may hold.
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // Past a depth no Word document reaches (tables in tables stay far below it), the part is refused: what is
  // walked afterwards recurses no deeper than this.
  maxNestedTags: 256,
} as const;

type Raw = Record<string, unknown>;

/** The root element of an XML part; a DTD (which OPC forbids, and which could expand entities without end) is refused. */
export function parseXml(xml: string, part: string): XmlElement {
  if (/<!DOCTYPE/iu.test(xml)) throw new DocxError({ zh: `${part} 含有 DTD`, en: `${part} holds a DTD` });
  let raw: unknown;
  try {
    raw = xmlParser().parse(xml);
  } catch {
    throw new DocxError({ zh: `${part} 不是合法的 XML`, en: `${part} is not well-formed XML` });
  }
  const root = convert(raw as Raw[]).find((n): n is XmlElement => typeof n !== 'string');
  if (!root) throw new DocxError({ zh: `${part} 没有根元素`, en: `${part} has no root element` });
  return root;
}

function convert(list: readonly Raw[]): XmlNode[] {
  const out: XmlNode[] = [];
  for (const node of list) {
    const text = node['#text'];
    if (typeof text === 'string') {
      out.push(text);
      continue;
    }
    const name = Object.keys(node).find((k) => k !== ':@');
    if (name === undefined) continue;
    const children = node[name];
    out.push({ name, attrs: (node[':@'] as Record<string, string> | undefined) ?? {}, children: Array.isArray(children) ? convert(children as Raw[]) : [] });
  }
  return out;
}

/** The first child element named `name`. */
export function child(e: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!e) return undefined;
  for (const c of e.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

/** The child elements named `name`. */
export function children(e: XmlElement | undefined, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  if (!e) return out;
  for (const c of e.children) if (typeof c !== 'string' && c.name === name) out.push(c);
  return out;
}

/** The `val` attribute of the child named `name` (w:numId w:val="3" → "3"). */
export function val(e: XmlElement | undefined, name: string): string | undefined {
  return child(e, name)?.attrs['val'];
}

/** The text directly inside an element. */
export function textOf(e: XmlElement): string {
  let s = '';
  for (const c of e.children) if (typeof c === 'string') s += c;
  return s;
}
