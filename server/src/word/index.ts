/**
 * Word output (docs/export.md): the CLI loads this only when a .docx is asked for. In the CLI it is a bundle
 * of its own (dist/word.js, esbuild.mjs), so that the other commands never load the docx and zip libraries.
 */
export { wordDraft } from './draft';
export { wordTable } from './table';
export { readTemplate, TemplateError, type Template } from './template';
