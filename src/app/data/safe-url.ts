/** Links taken from the data: only web addresses become links. */

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
