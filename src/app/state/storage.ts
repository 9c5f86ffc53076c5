/**
 * What the portal remembers between visits in localStorage: the reader's language and last view.
 * Storage is untrusted (other scripts on the origin, old versions, a full or disabled store, a
 * browser that throws on access): every read is checked and falls back to nothing, every write
 * may fail silently. The URL always wins over what is remembered.
 */
import { VIEWS, type Lang, type View } from '../i18n/strings.ts';
import type { UrlState } from './url.ts';

/** The remembered preferences; a missing field means "use the default". */
export interface Prefs {
  lang?: Lang;
  view?: View;
}

/** The localStorage key (versioned: a later format gets a new key instead of misreading this one). */
export const PREFS_KEY = 'chainmap.prefs.v1';

const LANGS: readonly string[] = ['zh', 'en'];

/** The page's localStorage, or null where touching it throws (sandboxed frames, privacy modes). */
function store(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * The preferences in `raw` (the stored string), keeping only valid fields.
 * parsePrefs('{"lang":"en","view":"sankey"}') → { lang: 'en', view: 'sankey' }
 * parsePrefs('{"lang":"<script>"}') → {}; parsePrefs('not json') → {}; parsePrefs(null) → {}
 */
export function parsePrefs(raw: string | null): Prefs {
  if (raw === null || raw.length > 200) return {};
  let x: unknown;
  try {
    x = JSON.parse(raw);
  } catch {
    return {};
  }
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return {};
  const { lang, view } = x as Record<string, unknown>;
  const out: Prefs = {};
  if (typeof lang === 'string' && LANGS.includes(lang)) out.lang = lang as Lang;
  if (typeof view === 'string' && (VIEWS as readonly string[]).includes(view))
    out.view = view as View;
  return out;
}

/** The remembered preferences, or {} when there are none or they cannot be read. */
export function readPrefs(storage: Storage | null = store()): Prefs {
  try {
    return parsePrefs(storage?.getItem(PREFS_KEY) ?? null);
  } catch {
    return {};
  }
}

/** Remembers the preferences; a full, disabled or throwing store is ignored. */
export function writePrefs(prefs: Prefs, storage: Storage | null = store()): void {
  try {
    storage?.setItem(PREFS_KEY, JSON.stringify(prefs));
  } catch {
    // Quota exceeded or storage disabled: the app works the same, it just forgets.
  }
}

/**
 * The start state: the URL's, with the remembered language and view where the URL names none.
 * withPrefs({ …DEFAULT_STATE }, '?node=x', { lang: 'en' }) → { …, lang: 'en' }
 * withPrefs({ …, lang: 'zh' }, '?lang=zh', { lang: 'en' }) → { …, lang: 'zh' } (the URL wins)
 */
export function withPrefs(state: UrlState, search: string, prefs: Prefs): UrlState {
  const p = new URLSearchParams(search);
  return {
    ...state,
    lang: !p.has('lang') && prefs.lang ? prefs.lang : state.lang,
    view: !p.has('view') && prefs.view ? prefs.view : state.view,
  };
}
