/**
 * The words the URL, the strings and the views share: the UI languages and the views of a chain.
 * A module of its own, with no imports, so the URL (state/url.ts), loading (data/load.ts) and the
 * string table (i18n/strings.ts) can all name them without importing one another.
 */

/** The UI languages. */
export type Lang = 'zh' | 'en';

/** The views of the chain. */
export type View = 'panorama' | 'force' | 'sankey' | 'outline';

/** The views, in the order the switch offers them (the first is the default). */
export const VIEWS: readonly View[] = ['panorama', 'force', 'sankey', 'outline'];
