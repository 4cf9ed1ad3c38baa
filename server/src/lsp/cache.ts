/** One analysis per document version, shared by every feature; nothing re-parses. */
import { analyse, type AnalyseOptions, type Analysis } from '../core';
import { LineMap } from '../positions';

export interface CachedAnalysis {
  uri: string;
  version: number;
  analysis: Analysis;
  lines: LineMap;
  /** True when the file was over the size limit and got a reduced check. */
  reduced: boolean;
}

export class AnalysisCache {
  private readonly entries = new Map<string, CachedAnalysis>();
  private options: AnalyseOptions = {};
  private maxSize = Infinity;

  /** New options invalidate every entry. Files larger than `maxSize` characters get a reduced check. */
  setOptions(options: AnalyseOptions, maxSize = Infinity): void {
    this.options = options;
    this.maxSize = maxSize;
    this.entries.clear();
  }

  get(doc: { uri: string; version: number; getText(): string }): CachedAnalysis {
    const hit = this.entries.get(doc.uri);
    if (hit && hit.version === doc.version) return hit;
    const text = doc.getText();
    const reduced = text.length > this.maxSize;
    // The previous version's analysis is handed on: an edit inside one line re-uses it (core/incremental.ts).
    const previous = hit && !hit.reduced && !reduced ? hit.analysis : undefined;
    const analysis = analyse(text, reduced ? { ...this.options, skipReferences: true } : this.options, previous);
    const entry: CachedAnalysis = { uri: doc.uri, version: doc.version, analysis, lines: new LineMap(text, analysis.lineStarts), reduced };
    this.entries.set(doc.uri, entry);
    return entry;
  }

  /**
   * The analysis of this version with its references, for renumbering: a file over the size limit is
   * analysed again in full (once, on the user's action; not kept), since renumbering it from the reduced
   * check would change its labels and leave every reference to them pointing at the old numbers.
   */
  withReferences(doc: { uri: string; version: number; getText(): string }): CachedAnalysis {
    const entry = this.get(doc);
    if (!entry.reduced) return entry;
    const analysis = this.referencesOf(entry.analysis);
    return { ...entry, analysis, lines: new LineMap(analysis.text, analysis.lineStarts), reduced: false };
  }

  /** `a` itself, or the same text analysed in full when `a` was a reduced check (a renumbering's baseline). */
  referencesOf(a: Analysis): Analysis {
    return a.options.skipReferences ? analyse(a.text, this.options) : a;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
