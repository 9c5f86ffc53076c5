/**
 * A link inside the atlas (`?chain=…`, `?region=…`) is a real link — it can be opened in a new tab,
 * copied, read by a screen reader — and a plain click follows it in the page instead of loading it.
 * @example <a href="?chain=x" onclick={(e) => followInApp(e, () => onchain('x'))}>
 */
export function followInApp(e: MouseEvent, go: (() => void) | undefined): void {
  if (!go || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
  e.preventDefault();
  go();
}
