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

/** Server command that renumbers a document (arguments: one RenumberArgs). */
export const RENUMBER_SERVER_COMMAND = 'lexdraft.server.renumber';

export interface RenumberArgs {
  uri: string;
  /** The version the user saw; the server refuses to edit another one. */
  version: number;
  mode: 'renumber' | 'insertOnly';
}

export interface RenumberReply {
  applied: boolean;
  reason?: string;
  /** The mapping report for the 起草说明: 第十二条之一→第十三条；… */
  report: string;
  /** Number of text edits. */
  changed: number;
  /** What needs the drafter's attention (references to deleted articles, ranges that changed). */
  warnings?: string[];
}

/** Server command that converts a whole document to one script (arguments: one ConvertScriptArgs). */
export const CONVERT_SCRIPT_SERVER_COMMAND = 'lexdraft.server.convertScript';

export interface ConvertScriptArgs {
  uri: string;
  /** The version the user saw; the server refuses to edit another one. */
  version: number;
  to: 'simplified' | 'traditional';
}
