/**
 * What `lexdraft --version`, `--help` and `<command> --help` print. It imports nothing, so that the
 * executable (cli/start.ts) answers them without loading the core.
 */
declare const LEXDRAFT_VERSION: string;
export const VERSION = typeof LEXDRAFT_VERSION === 'string' ? LEXDRAFT_VERSION : '0.0.0-dev';

const EXIT = '退出码 / exit: 0 无错误 no errors · 1 有错误 errors found · 2 用法或读取错误 usage or I/O error';

export const USAGE = `用法 / usage:
  lexdraft check [--format text|json|sarif] [--lang zh|en] [--jurisdiction auto|prc|tw] [--stage draft|final] [--library <dir>]... <file|dir>...
  lexdraft outline [--format json|text] <file>
  lexdraft renumber [--write [--force]] [--mode renumber|insertOnly] [--since <earlier-version>] [-o <file>] <file>
  lexdraft convert [--docx-text current|before] [-o <file>] <draft.docx>
  lexdraft --version | --help | <command> --help

check    检查条文编号、目录与内部引用 / check numbering, table of contents and cross-references
outline  输出结构树 / print the structure tree
renumber 重新编号并改写内部引用：新文本输出到标准输出（--write 写回文件），对照表输出到标准错误
         renumber and rewrite internal references: new text to stdout (--write: in place), old→new map to stderr
         --force 只读文件也写回 / --write a read-only file too
         --since 给出修改前的版本：核对“前款”“前条”的指向，保留原有的编号不一致，标注引用已删除条文之处
                 the earlier version: re-validates 前款 / 前条, keeps inconsistencies it already had, marks references to deleted articles
convert  把 Word 文档（.docx）转为纯文本草案，自动编号写入正文 / a Word document (.docx) as a plain-text draft, its automatic numbering written in

每个命令都接受 .docx：结果中的行号即段落号（段落 N）/ every command takes a .docx: a line number is then its paragraph (段落 N)
${EXIT}`;

const SETTINGS = '设置取自工作目录或其上级的 .lexdraft.json，命令行选项优先 / settings from the nearest .lexdraft.json; flags win over it';

const DOCX = `  --docx-text current|before   .docx 的修订按修订后（默认）或修订前的文本读取 / a .docx's tracked changes read as the text after them (default) or before them`;

const EMPTY = '空文件（或只有空白）：标准错误上一行提示，不算错误 / an empty file (or only whitespace): a notice on stderr, not an error';

const COMMANDS: Record<string, string> = {
  check: `用法 / usage: lexdraft check [options] <file|dir>...
检查条文编号、目录与内部引用；目录中的 .txt、.md、.docx 文件逐一检查；.docx 的结果给出段落号与所在条
check numbering, table of contents and cross-references; directories are walked for .txt, .md and .docx files; a .docx's findings name the paragraph and article

  --format text|json|sarif     输出格式，默认 text / output format (default text)
  --lang zh|en                 消息语言，默认中文（与草案一致，不看 LANG）/ message language (default Chinese, the draft's; LANG is not read)
  --jurisdiction auto|prc|tw   法域，默认自动判断 / jurisdiction (default auto)
  --stage draft|final          起草阶段 / drafting stage (default draft)
  --library <dir>              自有法规库文件夹，可重复；索引缓存于 $XDG_CACHE_HOME/lexdraft（或 ~/.cache/lexdraft）
                               a folder of your own law texts, repeatable; its index is cached in $XDG_CACHE_HOME/lexdraft (or ~/.cache/lexdraft)
${DOCX}

${SETTINGS}
无法读取的文件（二进制、非 UTF-8）报告后跳过，其余照常检查 / files that cannot be read (binary, not UTF-8) are reported and skipped
${EMPTY}
${EXIT}`,
  outline: `用法 / usage: lexdraft outline [--format json|text] [--jurisdiction auto|prc|tw] <file>
输出结构树（编、章、节、条），默认 JSON；.docx 的行号为段落号 / print the structure tree (books, chapters, sections, articles), JSON by default; for a .docx, lines are paragraphs
${DOCX}
${SETTINGS}
${EMPTY}
退出码 / exit: 0 成功 done · 2 用法或读取错误 usage or I/O error`,
  renumber: `用法 / usage: lexdraft renumber [--write [--force]] [--mode renumber|insertOnly] [--since <earlier-version>] [--lang zh|en] <file>
重新编号并改写内部引用：新文本输出到标准输出，对照表与需确认之处输出到标准错误
renumber and rewrite internal references: the new text to stdout, the old→new map and what needs confirming to stderr

  --write                      写回文件（原地写入，保留属主、权限、链接；写入期间文件被改动则拒绝）/ write the result back in place (owner, mode, links kept; refused if the file changed meanwhile)
  --force                      与 --write 同用：只读文件也写回 / with --write: write a read-only file too
  --mode renumber|insertOnly   insertOnly 只为新增条文编“之一”号 / insertOnly numbers inserted articles 之一 and moves nothing
  --since <earlier-version>    修改前的版本：核对“前款”“前条”，保留原有的编号不一致，标注引用已删除条文之处
                               the earlier version: re-validates 前款 / 前条, keeps inconsistencies it had, marks references to deleted articles
  --jurisdiction auto|prc|tw   法域 / jurisdiction (default auto)
  -o <file>                    新文本写入该文件而非标准输出 / write the new text to <file> instead of stdout
.docx 的结果以纯文本输出（不写回 Word 文档，--write 被拒绝）/ a .docx's result is plain text (never written back into the Word document; --write is refused)
${DOCX}

${SETTINGS}
${EMPTY}
退出码 / exit: 0 完成 done · 1 有引用指向已删除的条文 a reference points at a deleted unit · 2 用法或读取错误 usage or I/O error`,
  convert: `用法 / usage: lexdraft convert [--docx-text current|before] [-o <file>] <draft.docx>
把 Word 文档转为纯文本草案：段落逐行，Word 自动编号（第X条、（X））写入正文，表格每行一行 | 单元格 |
a Word document as a plain-text draft: a line per paragraph, Word's automatic numbering (第X条, （X）) written in, a table row per line | cell |

  -o <file>                    写入该文件（不能是 .docx，也不能是输入文件）而非标准输出 / write to <file> (never a .docx, never the input) instead of stdout
${DOCX}

退出码 / exit: 0 完成 done · 2 用法或读取错误（不是 Word 文档、文件损坏、已加密）usage or I/O error (not a Word document, corrupt, encrypted)`,
};

/**
 * The text and exit code when `argv` asks for the version or for help rather than for a command's work:
 * `--help` after a command is that command's help, `help <command>` too. Nothing at all is a usage error.
 */
export function quickAnswer(argv: readonly string[]): { text: string; code: number } | undefined {
  if (argv.length === 0) return { text: USAGE, code: 2 };
  const [first = '', second = ''] = argv;
  if (first === '--version' || first === '-v') return { text: VERSION, code: 0 };
  if (first === 'help') return { text: COMMANDS[second] ?? USAGE, code: 0 };
  if (argv.some((a) => a === '--help' || a === '-h')) return { text: COMMANDS[first] ?? USAGE, code: 0 };
  return undefined;
}
