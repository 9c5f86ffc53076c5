/**
 * Problems the compiler reports. Every one is printed as `file:line:col: message`, so editors and
 * terminals can jump to it; the compile fails when any has severity 'error'.
 */
export interface Problem {
  file: string;
  line: number;
  col: number;
  message: string;
  severity: 'error' | 'warning';
}

/** Formats a problem the way compilers do: `seeds/a.txt:3:14: error: …`. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.col}: ${p.severity}: ${p.message}`;
}

/**
 * 1-based line and column of a UTF-16 offset in `text`.
 * @example lineCol('ab\ncd', 4) // → { line: 2, col: 2 }
 */
export function lineCol(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let last = -1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, col: end - last };
}

/** Collects problems while a compile runs; `at` turns a text offset into a position. */
export class Problems {
  readonly list: Problem[] = [];

  add(
    file: string,
    line: number,
    col: number,
    message: string,
    severity: Problem['severity'] = 'error',
  ): void {
    this.list.push({ file, line, col, message, severity });
  }

  at(
    file: string,
    text: string,
    offset: number,
    message: string,
    severity: Problem['severity'] = 'error',
  ): void {
    const { line, col } = lineCol(text, offset);
    this.add(file, line, col, message, severity);
  }

  get errors(): Problem[] {
    return this.list.filter((p) => p.severity === 'error');
  }

  get warnings(): Problem[] {
    return this.list.filter((p) => p.severity === 'warning');
  }
}
