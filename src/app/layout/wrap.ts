/**
 * Names broken into lines for a box: between words (Chinese ones too), lines as even as they can
 * be, at most a few, the last cut with "…" (the projection's picture, the Sankey's labels).
 */
import { breakRuns, estimateWidth, fitText, type Measure } from './measure.ts';

/** Lines of a label, and whether a word had to be split or the label cut to fit. */
export interface Wrapped {
  lines: string[];
  broken: boolean;
}

/** Greedy line filling: as much on each line as fits. */
function fill(tokens: string[], fits: (s: string) => boolean): Wrapped {
  const lines: string[] = [];
  let line = '';
  let broken = false;
  for (const token of tokens) {
    if (fits(line + token)) {
      line += token;
      continue;
    }
    if (line.trim()) lines.push(line.trimEnd());
    line = '';
    if (fits(token)) {
      line = token.trimStart();
      continue;
    }
    broken = true;
    for (const c of token.trimStart()) {
      if (!fits(line + c) && line) {
        lines.push(line.trimEnd());
        line = '';
      }
      line += c;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return { lines, broken };
}

export function wrap(
  text: string,
  width: number,
  font: number,
  maxLines: number,
  measure: Measure,
): Wrapped {
  // Runs: a word with the spaces after it (Chinese words too: 稀土|永磁|材料).
  const tokens = breakRuns(text);
  const within = (w: number) => (s: string) => measure(s.trimEnd(), font) <= w;
  const greedy = fill(tokens, within(width));
  const n = greedy.lines.length;
  if (n > maxLines) {
    // The last line is the rest of the name, cut by the one rule (measure.ts fitText).
    const kept = greedy.lines.slice(0, maxLines - 1);
    let at = 0;
    for (const line of kept) at = text.indexOf(line, at) + line.length;
    kept.push(fitText(text.slice(at).trimStart(), width, (s) => measure(s, font)));
    return { lines: kept, broken: true };
  }
  if (n < 2) return greedy;
  // Balanced: the narrowest width that keeps as many lines (集成式热 / 管理模块, not 集成式热管理模 / 块).
  let lo = 0;
  let hi = width;
  for (let i = 0; i < 10; i++) {
    const mid = (lo + hi) / 2;
    const w = fill(tokens, within(mid));
    if (w.lines.length === n && w.broken === greedy.broken) hi = mid;
    else lo = mid;
  }
  return fill(tokens, within(hi));
}

/**
 * `text` broken into lines no wider than `width` at `font`: between words (Chinese ones too,
 * 稀土永磁 / 材料, never 稀土永 / 磁材料), a word too long for a line between its letters; lines as even as they can be; at
 * most `maxLines`, the last cut with "…" when the name goes on.
 * wrapLabel('Electric compressor', 200, 24) → ['Electric', 'compressor']
 * wrapLabel('集成式热管理模块', 180, 24) → ['集成式热', '管理模块'] (not ['集成式热管理模', '块'])
 */
export function wrapLabel(
  text: string,
  width: number,
  font: number,
  maxLines = 3,
  measure: Measure = estimateWidth,
): string[] {
  return wrap(text, width, font, maxLines, measure).lines;
}
