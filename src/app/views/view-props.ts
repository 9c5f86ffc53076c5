/** The props every view of a chain takes (modes/portal/Portal.svelte passes them; views/lazy-parts.ts loads the views). */
import type { Graph } from '../model/graph.ts';
import type { Atlas } from '../model/atlas.ts';
import type { Lang, Strings } from '../i18n/strings.ts';

export interface ViewProps {
  graph: Graph;
  t: Strings;
  lang: Lang;
  selected: string | null;
  onselect: (id: string) => void;
  /** The whole atlas, for views that reach beyond the chain (an industry's roadmap). */
  atlas?: Atlas;
  /** Opens another chain or place of the atlas. */
  onchain?: (id: string) => void;
}
