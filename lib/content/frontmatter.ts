import { parse as parseToml, TomlError } from 'smol-toml';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { ContentProblem } from './problems';

/** One frontmatter field with where its name and its value stand in the file (1-based). */
export interface FrontmatterField {
  name: string;
  value: unknown;
  line: number;
  column: number;
  valueLine: number;
  valueColumn: number;
}

/** The frontmatter block of a post. */
export interface Frontmatter {
  fields: Map<string, FrontmatterField>;
  /** Line of the opening `---` (1 for a file that starts with frontmatter). */
  line: number;
  /** False when the file has no frontmatter block at all. */
  present: boolean;
}

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING = /^---[ \t]*$/m;
const TOML_OPENING = /^\uFEFF?\+\+\+[ \t]*\r?\n/;
const TOML_CLOSING = /^\+\+\+[ \t]*$/m;

function unclosed(file: string, fence: string): { frontmatter: Frontmatter; problems: ContentProblem[] } {
  const problem: ContentProblem = {
    file, line: 1, column: 1, severity: 'error',
    message: 'frontmatter block is not closed', expected: `a line with only \`${fence}\` after the last field`,
  };
  return { frontmatter: { fields: new Map(), line: 1, present: false }, problems: [problem] };
}

/**
 * Reads TOML frontmatter between `+++` lines, as Hugo writes it. TOML dates
 * are kept as the text written, so the calendar day is the one the writer chose.
 */
function readTomlFrontmatter(tomlText: string, file: string): { frontmatter: Frontmatter; problems: ContentProblem[] } {
  let data: Record<string, unknown>;
  try {
    data = parseToml(tomlText) as Record<string, unknown>;
  } catch (caught) {
    const error = caught as TomlError;
    const reason = error.message.split('\n')[0].replace(/^Invalid TOML document: /, '');
    const problem: ContentProblem = {
      file, line: (error.line ?? 0) + 1, column: error.column ?? 1, severity: 'error',
      message: `frontmatter is not valid TOML: ${reason}`,
    };
    return { frontmatter: { fields: new Map(), line: 1, present: false }, problems: [problem] };
  }

  const lines = tomlText.split(/\r?\n/);
  const fields = new Map<string, FrontmatterField>();
  for (const [name, parsed] of Object.entries(data)) {
    const index = lines.findIndex((line) => new RegExp(`^\\s*["']?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*=`).test(line));
    const lineText = index === -1 ? '' : lines[index];
    const equals = lineText.indexOf('=');
    const valueColumn = equals === -1 ? 1 : equals + 2 + (lineText.slice(equals + 1).length - lineText.slice(equals + 1).trimStart().length);
    const rawValue = lineText.slice(equals + 1).replace(/#.*$/, '').trim().replace(/^["']|["']$/g, '');
    const value = parsed instanceof Date ? rawValue : parsed;
    const line = index === -1 ? 2 : index + 2;
    fields.set(name, { name, value, line, column: lineText.length - lineText.trimStart().length + 1, valueLine: line, valueColumn });
  }

  return { frontmatter: { fields, line: 1, present: true }, problems: [] };
}

/** Finds the first line of YAML with a quote that is not closed on the same line (1-based, in the file). */
function unclosedQuote(yamlText: string): { line: number; column: number } | null {
  const lines = yamlText.split(/\r?\n/);
  for (const [index, text] of lines.entries()) {
    const value = /^\s*[^:#]+:\s*(["'])/.exec(text);
    if (!value) continue;
    const quote = value[1];
    const rest = text.slice(value[0].length);
    const closed = quote === '"' ? /(^|[^\\])"\s*(#.*)?$/.test(rest) : /'\s*(#.*)?$/.test(rest);
    if (!closed) return { line: index + 2, column: value[0].length };
  }
  return null;
}

/**
 * Reads the frontmatter at the start of a post: YAML between `---` lines, or
 * TOML between `+++` lines. Dates stay strings (the
 * YAML 1.2 core schema has no timestamp type), so a calendar date is never
 * shifted by a time zone. YAML syntax errors come back as problems.
 */
export function readFrontmatter(source: string, file: string): { frontmatter: Frontmatter; problems: ContentProblem[] } {
  const empty: Frontmatter = { fields: new Map(), line: 1, present: false };

  const tomlOpening = TOML_OPENING.exec(source);
  if (tomlOpening) {
    const rest = source.slice(tomlOpening[0].length);
    const closing = TOML_CLOSING.exec(rest);
    return closing ? readTomlFrontmatter(rest.slice(0, closing.index), file) : unclosed(file, '+++');
  }

  const opening = OPENING.exec(source);
  if (!opening) return { frontmatter: empty, problems: [] };

  const rest = source.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) return unclosed(file, '---');

  // The YAML text starts on line 2 of the file.
  const yamlText = rest.slice(0, closing.index);
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, schema: 'core', prettyErrors: false, uniqueKeys: true });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + 1, column: col };
  };

  if (document.errors.length > 0) {
    const problems = document.errors.map((error): ContentProblem => {
      let { line, column } = position(error.pos[0]);
      const reason = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
      // The parser reports an unclosed quote where the block ends; the writer needs the line that opened it.
      const quote = /Missing closing "?(["'])?quote/.test(reason) ? unclosedQuote(yamlText) : null;
      if (quote) ({ line, column } = quote);
      return {
        file, line, column, severity: 'error',
        message: `frontmatter is not valid YAML: ${reason}`,
        expected: quote ? 'the value to end with the quote it starts with' : '`field: value` lines; quote a value that contains ": " or starts with a character such as [ { & * ! | > % @',
      };
    });
    return { frontmatter: empty, problems };
  }

  const fields = new Map<string, FrontmatterField>();
  const contents = document.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) {
    return { frontmatter: { fields, line: 1, present: true }, problems: [] };
  }
  if (!isMap(contents)) {
    const problem: ContentProblem = {
      file, line: 2, column: 1, severity: 'error',
      message: 'frontmatter is not a list of `field: value` lines', expected: 'for example `title: My post`',
    };
    return { frontmatter: empty, problems: [problem] };
  }

  for (const pair of contents.items) {
    const key = isScalar(pair.key) ? pair.key : null;
    const name = key ? String(key.value) : String(pair.key);
    const keyStart = position(key?.range?.[0] ?? 0);
    const valueNode = pair.value as { range?: [number, number, number]; toJSON?: () => unknown } | null;
    const valueStart = valueNode?.range ? position(valueNode.range[0]) : keyStart;
    const value = valueNode && typeof valueNode.toJSON === 'function' ? valueNode.toJSON() : null;
    fields.set(name, {
      name,
      value,
      line: keyStart.line,
      column: keyStart.column,
      valueLine: valueStart.line,
      valueColumn: valueStart.column,
    });
  }

  return { frontmatter: { fields, line: 1, present: true }, problems: [] };
}
