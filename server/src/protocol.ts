/** Ids shared by the client and the server; the only server file the client imports. */
export const LANGUAGE_ID = 'lexdraft';

/** Settings section read from the client's configuration. */
export const SETTINGS_SECTION = 'lexdraft';

/** Custom notification: the server's per-document summary for the status bar. */
export const SUMMARY_NOTIFICATION = 'lexdraft/summary';

export interface DocumentSummary {
  uri: string;
  jurisdiction: 'prc' | 'tw';
  script: 'simplified' | 'traditional';
  articles: number;
  errors: number;
  warnings: number;
  others: number;
}
