/** Access to ../shared/corpus/dev (never copied into the repository) for corpus-tier tests and benches. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** ../shared/corpus beside the checkout (tests run from the repository root); LEXDRAFT_SHARED overrides. */
export const CORPUS_ROOT = join(resolve(process.env.LEXDRAFT_SHARED ?? join(process.cwd(), '..', 'shared')), 'corpus');
export const DEV = join(CORPUS_ROOT, 'dev');

export interface ManifestRow {
  path: string;
  kind: string;
  articleLines: number;
  flags: string[];
}

export function corpusAvailable(): boolean {
  return existsSync(join(CORPUS_ROOT, 'dev-manifest.tsv'));
}

export const CORPUS_MISSING = `corpus not found at ${DEV}: corpus-tier tests need ../shared/corpus/dev beside the checkout`;

export function manifest(): ManifestRow[] {
  const lines = readFileSync(join(CORPUS_ROOT, 'dev-manifest.tsv'), 'utf8').split('\n').slice(1).filter((l) => l.trim());
  return lines.map((l) => {
    const [path = '', , , kind = '', articles = '0', flags = ''] = l.split('\t');
    return { path, kind, articleLines: Number(articles), flags: flags ? flags.split(',') : [] };
  });
}

export function readCorpus(path: string): string {
  return readFileSync(join(DEV, path), 'utf8');
}

export const CIVIL_CODE_PARTS = ['总则', '物权编', '合同编', '人格权编', '婚姻家庭编', '继承编', '侵权责任编', '附则'] as const;
const BOOK_NUMERALS = ['一', '二', '三', '四', '五', '六', '七'];

/**
 * The Civil Code joined from its 8 dev files in statutory order (1,260 articles): each part's body after
 * its metadata block, under a `## 第N编 <name>` heading (总则 is 第一编; 附则 stands unnumbered).
 */
export function civilCode(): string {
  const parts = CIVIL_CODE_PARTS.map((name, i) => {
    const text = readCorpus(`LawRefBook-Laws/民法典/${name}.md`);
    const body = text.slice(text.indexOf('<!-- INFO END -->') + '<!-- INFO END -->'.length);
    const heading = name === '附则' ? '## 附则' : `# 第${BOOK_NUMERALS[i]}编 ${name === '总则' ? '总则' : name.replace(/编$/u, '')}`;
    return `${heading}\n${body.replace(/^\s*##\s*$/mu, '')}`;
  });
  return `# 中华人民共和国民法典\n\n<!-- INFO END -->\n\n${parts.join('\n\n')}`;
}

/** ../shared/library beside the checkout: the national laws, several versions of some. */
export const LIBRARY = join(resolve(process.env.LEXDRAFT_SHARED ?? join(process.cwd(), '..', 'shared')), 'library');

/** Consecutive versions of each law: rows of the manifest sharing a name, in publish order. */
export function versionPairs(): Array<[string, string]> {
  const rows = readFileSync(join(LIBRARY, 'manifest.tsv'), 'utf8').split('\n').slice(1).filter((l) => l.trim()).map((l) => l.split('\t'));
  const byName = new Map<string, Array<{ path: string; publish: string }>>();
  for (const [path = '', , name = '', publish = ''] of rows) {
    const list = byName.get(name) ?? [];
    list.push({ path, publish });
    byName.set(name, list);
  }
  const out: Array<[string, string]> = [];
  for (const list of byName.values()) {
    list.sort((a, b) => a.publish.localeCompare(b.publish) || a.path.localeCompare(b.path));
    for (let k = 0; k + 1 < list.length; k++) out.push([(list[k] as { path: string }).path, (list[k + 1] as { path: string }).path]);
  }
  return out;
}
