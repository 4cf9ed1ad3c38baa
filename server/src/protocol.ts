/** Ids shared by the client and the server; the only server file the client imports. */
import type { Diagnostic } from 'vscode-languageserver-types';

export const LANGUAGE_ID = 'lexdraft';

/**
 * Node flags the server is started with (the VS Code client's execArgv, the Neovim snippet, the bench).
 * Node 22 and later grow V8's young generation up to 2 × 64 MB when pointer compression is off (as in
 * Node's own builds), and the analyses of a burst of typing keep it full: a server with a large code open
 * then stays over the memory target. Capped at 4 MB a semi-space (with the memory keeper's interval) it
 * stays under it, on Node 20 as on 24, and typing is as fast (docs/performance.md, “Memory”).
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=4'];

/** What the VS Code client sends as `initializationOptions`; another client may send `settings` alone. */
export interface InitializationOptions {
  settings?: unknown;
  /**
   * Base URI, ending in `/`, of the check pages the client can open (`<check id>.md`): the extension's own
   * docs/checks/, shipped in the .vsix so the link of a diagnostic works offline. Without it diagnostics carry
   * no link.
   */
  checkDocs?: string;
}

/**
 * The most a draft file may weigh, read by the CLI (a text or a .docx) or sent by the client (a .docx to check):
 * about a hundred times the Civil Code, far past any draft, and a bound on the memory a mistaken file can take.
 */
export const MAX_DRAFT_BYTES = 32 * 1024 * 1024;

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

/** What a server command that edits a document answers. */
export interface EditReply {
  applied: boolean;
  /** Why not, when not applied (unknown-document, missing-version, stale, …, or the client's reason). */
  reason?: string;
  /** Number of text edits. */
  changed: number;
}

export interface RenumberReply extends EditReply {
  /** The mapping report for the 起草说明: 第十二条之一→第十三条；… */
  mapping: string;
  /** The mapping in a sentence, runs collapsed: 第十三条至第二十条依次改为第十四条至第二十一条。 */
  summary?: string;
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

/** Script conversion has no mapping or warnings to report: only whether it was applied, and how many edits. */
export type ConvertScriptReply = EditReply;

/**
 * The URI scheme of a law text that go to definition opens from the user's libraries (`lexdraft-law:` + the
 * file's path): the client reads the file and shows it read-only, a text to consult, not to edit.
 */
export const LAW_TEXT_SCHEME = 'lexdraft-law';

/**
 * Server command that compares an open document with another version of it (arguments: one CompareArgs):
 * the other version is the old one, the document as it is the new (docs/compare.md, “In VS Code”).
 */
export const COMPARE_SERVER_COMMAND = 'lexdraft.server.compare';

export interface CompareArgs {
  uri: string;
  /** The version the user saw; the reply is for that text only. */
  version: number;
  /** The other version's text (a file, a git revision, the text at open). */
  otherText: string;
  /** `docx`: the table as a Word document instead (CompareDocxReply), for the panel's Word export. */
  format?: 'docx';
  /** With `docx`: a reference .docx (house style), base64, and its name for messages, as WordExportArgs has. */
  template?: string;
  templateName?: string;
}

export type CompareDocxReply = { ok: false; reason: string } | { ok: true; /** The .docx, base64. */ docx: string };

/** One entry of the panel's side list: a division heading or an article row, by its row index. */
export interface CompareOutlineEntry {
  row: number;
  kind: 'heading' | 'article';
  label: string;
  /** The row's kind (modified, added, deleted, moved, split, merged; for a heading also unchanged). */
  change: string;
}

export type CompareReply =
  | { ok: false; /** unknown-document, missing-version, stale, empty-other, or the failure */ reason: string }
  | {
      ok: true;
      /** 《title》修改前后对照表 */
      title: string;
      /** 修改 N 条、新增 N 条、删除 N 条、移动 N 条 */
      summary: string;
      /** The table as HTML, every cell escaped; rows `row-N`, new labels `a.article[data-number][data-sub]`. */
      table: string;
      outline: CompareOutlineEntry[];
      /** The line of each article of the document, keyed `number.sub`, for a click on a new label. */
      lines: Record<string, number>;
      /** The exports: the table as Markdown and as a standalone HTML document. */
      markdown: string;
      html: string;
      /** The 修改决定 from the old version to the new, as `lexdraft amend` writes it. */
      instrument: string;
    };

/**
 * Server command that checks a Word document (arguments: one WordCheckArgs) as `lexdraft check` does: its text
 * with Word's automatic numbering written in, findings by paragraph (docs/docx.md, “In VS Code”). The client
 * reads the file (any file system the editor has) and sends its bytes; nothing is opened or edited.
 */
export const WORD_CHECK_SERVER_COMMAND = 'lexdraft.server.checkWord';

export interface WordCheckArgs {
  /** The document's URI: what the diagnostics are for. */
  uri: string;
  /** The .docx, base64. */
  docx: string;
  /** The text after tracked changes (the default), or before them. */
  tracked?: 'current' | 'before';
}

/** One paragraph of the document (or row of a table) as the draft's text reads it. */
export interface WordParagraph {
  /** 1-based, as Word counts paragraphs (段落 N), table cells included. */
  paragraph: number;
  /** Its text, numbering written in; a soft line break is a line break. */
  text: string;
}

export type WordCheckReply =
  | { ok: false; /** Why, in the message language: not a Word document, encrypted, corrupt … */ reason: string }
  | {
      ok: true;
      /** The text, as `lexdraft convert` writes it (ending with a line break). */
      text: string;
      paragraphs: WordParagraph[];
      /** line = paragraph − 1, character within the paragraph's text; the message ends with [段落 N · 第X条]. */
      diagnostics: Diagnostic[];
      articles: number;
      /** What was read other than as written (an unknown number format). */
      warnings: string[];
    };

/**
 * Server command that writes an open draft as an official Word document (arguments: one WordExportArgs), as
 * `lexdraft export` does (docs/export.md); the client saves the bytes where the user chose.
 */
export const WORD_EXPORT_SERVER_COMMAND = 'lexdraft.server.exportWord';

export interface WordExportArgs {
  uri: string;
  /** The version the user saw; the reply is for that text only. */
  version: number;
  /** A reference .docx (house style: fonts, margins, styles), base64, as `--reference-docx`; and its name for messages. */
  template?: string;
  templateName?: string;
}

export type WordExportReply = CompareDocxReply;
