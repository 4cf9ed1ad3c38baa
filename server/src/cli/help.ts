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
  lexdraft compare [--format md|html|json|docx] [--style prc|tw] [--marks <style>] [--unchanged] [--reference-docx <file>] [-o <file>] <old> <new>
  lexdraft amend [--form decision|amendment] [--mode renumber|insertOnly] [--delete-word 删去|删除] [-o <file>] <old> <new>
  lexdraft apply [-o <file>] <base> <instrument>
  lexdraft convert [--docx-text current|before] [-o <file>] <draft.docx>
  lexdraft export [--format docx] [--reference-docx <file>] -o <file.docx> <draft>
  lexdraft --version | --help | <command> --help

check    检查条文编号、目录与内部引用 / check numbering, table of contents and cross-references
outline  输出结构树 / print the structure tree
renumber 重新编号并改写内部引用：新文本输出到标准输出（--write 写回文件），对照表输出到标准错误
         renumber and rewrite internal references: new text to stdout (--write: in place), old→new map to stderr
         --force 只读文件也写回 / --write a read-only file too
         --since 给出修改前的版本：核对“前款”“前条”的指向，保留原有的编号不一致，标注引用已删除条文之处
                 the earlier version: re-validates 前款 / 前条, keeps inconsistencies it already had, marks references to deleted articles
compare  修改前后对照表 / the comparison table of two versions
amend    由两个版本生成修改决定或修正案 / the amending instrument that turns one version into the other
apply    把修改决定或修正案适用于基础文本：修改后的文本输出到标准输出（-o 写入文件），问题输出到标准错误
         apply an amending decision or 修正案 to its base: the amended text to stdout (-o: to a file), problems to stderr
convert  把 Word 文档（.docx）转为纯文本草案，自动编号写入正文 / a Word document (.docx) as a plain-text draft, its automatic numbering written in

每个命令都接受 .docx：结果中的行号即段落号（段落 N）/ every command takes a .docx: a line number is then its paragraph (段落 N)
export   草案输出为公文格式的 Word 文档 / the draft as an official Word document (GB/T 9704)
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
  --base <file>                修改决定或修正案所修改的基础文本：核对修改对象与引用的原文（amendment.*）
                               the text the instruments amend: checks their targets and quoted words (amendment.*)
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
  --mode renumber|insertOnly   insertOnly 只为新增的条、章、节编“之一”号 / insertOnly numbers inserted articles and divisions 之一 and moves nothing
  --since <earlier-version>    修改前的版本：核对“前款”“前条”，保留原有的编号不一致，标注引用已删除条文之处
                               the earlier version: re-validates 前款 / 前条, keeps inconsistencies it had, marks references to deleted articles
  --jurisdiction auto|prc|tw   法域 / jurisdiction (default auto)
  -o <file>                    新文本写入该文件而非标准输出 / write the new text to <file> instead of stdout
.docx 的结果以纯文本输出（不写回 Word 文档，--write 被拒绝）/ a .docx's result is plain text (never written back into the Word document; --write is refused)
${DOCX}

${SETTINGS}
${EMPTY}
退出码 / exit: 0 完成 done · 1 有引用指向已删除的条文 a reference points at a deleted unit · 2 用法或读取错误 usage or I/O error`,
  compare: `用法 / usage: lexdraft compare [options] <old> <new>
修改前后对照表：每条一行（重新编号或移动的条文仍是一行，注明原条号），章节标题为分组行，目录不列
the comparison table: one row per article (a renumbered or moved article is one row, noted 原第X条), headings as group rows, the 目录 left out

  --format md|html|json|docx   输出格式，默认 md；docx 须用 -o / output format (default md); docx needs -o
  --style prc|tw               prc：修改前 | 修改后；tw：修正條文 | 現行條文 | 說明（默认按新版本的法域）
                               prc: 修改前 | 修改后; tw: 修正條文 | 現行條文 | 說明 (default: the new version's jurisdiction)
  --marks bold-strike|bold-box|underline-strike
                               增加的文字加粗或加下划线，删去的文字加删除线或加框，默认 bold-strike
                               added words bold or underlined, deleted words struck or boxed (default bold-strike)
  --unchanged                  也列出未修改的条文 / show unchanged articles too
  --reference-docx <file>      docx 采用该文档的样式与页面设置 / docx takes this document's styles and page setup
  -o, --output <file>          写入文件而不是标准输出 / write to a file instead of stdout

${SETTINGS}
退出码 / exit: 0 完成 done · 2 用法或读取错误 usage or I/O error`,
  amend: `用法 / usage: lexdraft amend [options] <old> <new>
由两个版本生成修改决定（或修正案）的文本：沿用的条文按修改前的条号引用
the 修改决定 (or 修正案) that turns the old version into the new; articles that stay are cited by their old numbers

  --form decision|amendment    修改决定（默认）或修正案 / a 修改决定 (default) or a 修正案
  --mode renumber|insertOnly   renumber：增加一条，作为第X条，末尾“对条文顺序作相应调整”；insertOnly：作为第X条之一
                               renumber: 增加一条，作为第X条 and the renumbering formula; insertOnly: 第X条之一, numbers kept
  --delete-word 删去|删除      删除条文的用语，默认“删去” / the word for deleting (default 删去)
  -o, --output <file>          写入文件而不是标准输出 / write to a file instead of stdout

${SETTINGS}
退出码 / exit: 0 完成 done · 2 用法或读取错误 usage or I/O error`,
  apply: `用法 / usage: lexdraft apply [-o <file>] [--lang zh|en] <base> <instrument>
把修改决定或修正案适用于基础文本，修改对象按基础文本的编号确定；含“条文顺序作相应调整”的，适用后重新编号
apply an amending decision or 修正案 to its base; targets are read in the base's numbering, and with 条文顺序作相应调整 the result is renumbered
修改后的文本输出到标准输出，未改动的文字逐字保留；修改事项的问题与对照表输出到标准错误
the amended text to stdout, untouched text byte for byte; problems and the renumbering map to stderr

  -o, --output <file>          写入文件而不是标准输出 / write the amended text to a file instead of stdout

${SETTINGS}
退出码 / exit: 0 全部适用 all applied · 1 有修改事项无法适用 an instruction could not apply · 2 用法或读取错误、不是修改决定 usage or I/O error, not an instrument`,
  convert: `用法 / usage: lexdraft convert [--docx-text current|before] [-o <file>] <draft.docx>
把 Word 文档转为纯文本草案：段落逐行，Word 自动编号（第X条、（X））写入正文，表格每行一行 | 单元格 |
a Word document as a plain-text draft: a line per paragraph, Word's automatic numbering (第X条, （X）) written in, a table row per line | cell |

  -o <file>                    写入该文件（不能是 .docx，也不能是输入文件）而非标准输出 / write to <file> (never a .docx, never the input) instead of stdout
${DOCX}

退出码 / exit: 0 完成 done · 2 用法或读取错误（不是 Word 文档、文件损坏、已加密）usage or I/O error (not a Word document, corrupt, encrypted)`,
  export: `用法 / usage: lexdraft export [--format docx] [--reference-docx <file>] -o <file.docx> <draft>
草案输出为 Word 文档：A4，GB/T 9704 页边距与字体，标题、章名、条号分别设样式，页码“— 1 —”
the draft as a Word document: A4, GB/T 9704 margins and fonts, title, headings and article labels styled, page numbers — 1 —

  --format docx                输出格式（唯一）/ output format (the only one)
  --reference-docx <file>      采用该文档的样式（styles.xml）与页面设置 / take this document's styles (styles.xml) and page setup
  -o, --output <file>          必填，不写到标准输出 / required; a Word document is never written to stdout

${SETTINGS}
退出码 / exit: 0 完成 done · 2 用法或读取错误 usage or I/O error`,
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
