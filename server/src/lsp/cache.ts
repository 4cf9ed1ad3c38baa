/** One analysis per document version, shared by every feature; nothing re-parses. */
import { analyse, type AnalyseOptions, type Analysis } from '../core';
import { LineMap } from './positions';

export interface CachedAnalysis {
  uri: string;
  version: number;
  analysis: Analysis;
  lines: LineMap;
}

export class AnalysisCache {
  private readonly entries = new Map<string, CachedAnalysis>();
  private options: AnalyseOptions = {};

  /** New options invalidate every entry. */
  setOptions(options: AnalyseOptions): void {
    this.options = options;
    this.entries.clear();
  }

  get(doc: { uri: string; version: number; getText(): string }): CachedAnalysis {
    const hit = this.entries.get(doc.uri);
    if (hit && hit.version === doc.version) return hit;
    const text = doc.getText();
    const entry: CachedAnalysis = { uri: doc.uri, version: doc.version, analysis: analyse(text, this.options), lines: new LineMap(text) };
    this.entries.set(doc.uri, entry);
    return entry;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
