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

/**
 * Reads the YAML frontmatter at the start of a post. Dates stay strings (the
 * YAML 1.2 core schema has no timestamp type), so a calendar date is never
 * shifted by a time zone. YAML syntax errors come back as problems.
 */
export function readFrontmatter(source: string, file: string): { frontmatter: Frontmatter; problems: ContentProblem[] } {
  const empty: Frontmatter = { fields: new Map(), line: 1, present: false };
  const opening = OPENING.exec(source);
  if (!opening) return { frontmatter: empty, problems: [] };

  const rest = source.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) {
    const problem: ContentProblem = {
      file, line: 1, column: 1, severity: 'error',
      message: 'frontmatter block is not closed', expected: 'a line with only `---` after the last field',
    };
    return { frontmatter: empty, problems: [problem] };
  }

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
      const { line, column } = position(error.pos[0]);
      const reason = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
      return { file, line, column, severity: 'error', message: `frontmatter is not valid YAML: ${reason}` };
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
