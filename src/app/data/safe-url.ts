/**
 * Addresses taken from the data or the URL: only web addresses become links, only same-origin
 * relative paths are fetched.
 */

/**
 * The address as a link target when it is an absolute http(s) URL, else null (the app then shows
 * the text without a link): a `javascript:`, `data:` or relative address in a map never becomes
 * a clickable link.
 * safeHref('https://www.example.gov.cn/a') → 'https://www.example.gov.cn/a'
 * safeHref('javascript:alert(1)') → null; safeHref(' JaVaScRiPt:alert(1)') → null
 */
export function safeHref(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url.trim());
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * True for a same-origin relative path: "data/x.json", "./x.json", "../x.json".
 * False for "https://…", "//host/…", "/\\host", "javascript:…", "data:…" or a backslash path.
 */
export function isSafeRelativePath(path: string): boolean {
  if (!path || path.includes('\\')) return false;
  if (path.startsWith('/')) return false;
  if (/^[a-z][a-z0-9+.-]*:/i.test(path)) return false;
  return ![...path].some((c) => c.charCodeAt(0) < 0x20);
}
