/**
 * The one state of the app: what the URL holds (view, selection, query, language, data file, chain,
 * place), the atlas as loaded, and what follows from them (the chain on screen, its graph, the
 * strings). Every mode's root makes or receives one and hands it down through typed context
 * (`getAppState()`); the kiosk and the presentation drive it with its methods, not through the URL
 * and synthetic events. URL sync lives here and nowhere else.
 */
import { createContext, untrack } from 'svelte';
import type { ChainMap, Evidence, Source } from '../../contract/chain-map.ts';
import { chainView } from '../model/chain-view.ts';
import { indexAtlas, type Atlas } from '../model/atlas.ts';
import { buildGraph, type Graph } from '../model/graph.ts';
import { displayName, strings, VIEWS, type Lang, type View } from '../i18n/strings.ts';
import { LoadError, loadChainMap, sourceTextOf, type Fetch } from '../data/load.ts';
import { parseUrl, resolveDataUrl, toSearch, type UrlProblem, type UrlState } from './url.ts';
import { BUILD_MODE, keepPlace, parseMode, wayBack, withParam, type ModeState } from './mode.ts';
import { readPrefs, withPrefs, writePrefs } from './storage.ts';
import type { Preview } from '../data/import/protocol.ts';
import { page } from './scheduler.ts';

export interface AppOptions {
  /** The map the build ships (a URL relative to the page). */
  defaultDataUrl: string;
  /**
   * The first view's map the build ships beside it (model/first-view.ts), fetched first on the
   * portal's default page; null where there is none (the dev server, the kiosk).
   */
  firstViewUrl?: string | null;
  /** Reads the map and the source texts; `fetch` by default. */
  fetch?: Fetch;
}

export class AppState {
  readonly defaultDataUrl: string;
  readonly firstViewUrl: string | null;
  readonly fetch: Fetch;
  /** The place the app runs in (portal, present, kiosk; embed; idle), read once from the URL. */
  readonly mode: ModeState;
  /** The portal remembers language and view (state/storage.ts); kiosk and embeds start from the URL. */
  readonly remember: boolean;
  /** The atlas pages and atlas-wide search; the kiosk stays on its chain. */
  readonly atlasWide: boolean;
  /**
   * The views this place offers, the default first. The kiosk offers the panorama only: its cards
   * are made for fingers, where the force view needs dragging and the Sankey and outline views
   * small text and scrolling.
   */
  readonly views: readonly View[];

  view = $state<View>('panorama');
  selected = $state<string | null>(null);
  query = $state('');
  lang = $state<Lang>('zh');
  dataPath = $state<string | null>(null);
  /** The chain on screen (null: the featured one) and the place whose page is open (null: none). */
  chainId = $state<string | null>(null);
  regionId = $state<string | null>(null);
  problems = $state.raw<UrlProblem[]>([]);
  /** The published atlas, as loaded. */
  published = $state.raw<ChainMap | null>(null);
  /**
   * True while `published` is the first view's map (the featured chain and the places), until the
   * atlas replaces it: what it does not hold waits for the atlas (`atlasMap` is null meanwhile).
   */
  partial = $state(false);
  /** Why the atlas did not come after the first view's map (shown only where a page needs it). */
  atlasError = $state.raw<LoadError | null>(null);
  /**
   * A map compiled in the page from the visitor's documents (导入文件, data/import/), shown in
   * place of the published one until closed. The address bar keeps the published map's state.
   */
  preview = $state.raw<Preview | null>(null);
  /** The whole atlas on screen: the preview's, else the published one. */
  readonly atlasMap = $derived(
    this.preview?.map ?? (this.partial && !this.firstViewHolds() ? null : this.published),
  );
  loadError = $state.raw<LoadError | null>(null);
  /** The passage whose document is open in the source dialog. */
  openEvidence = $state.raw<Evidence | null>(null);
  /** What the screen reader hears next (a live region). */
  announcement = $state('');
  /**
   * A `?node=` that names nothing on the chain on screen (a stale or mistyped link): the map is
   * shown, unselected, with a notice naming it, rather than an error page.
   */
  staleNode = $state<string | null>(null);
  /** The presentation's tour step as the URL says (`&step=N`, 1-based), null when not given. */
  step = $state<number | null>(null);
  /** Counts resets (the kiosk's way home): open menus and disclosures close when it changes. */
  resets = $state(0);
  /** On a phone, the controls (views, language, legend, share, import) are shown: Header's 菜单. */
  menuOpen = $state(false);

  readonly atlas = $derived(this.atlasMap ? indexAtlas(this.atlasMap) : null);
  /** The chain on screen as a map of its own (model/chain-view.ts): what views, search and panel show. */
  readonly map = $derived(this.atlasMap ? chainView(this.atlasMap, this.chainId) : null);
  readonly graph = $derived(this.map ? buildGraph(this.map) : null);
  /**
   * The chain on screen (chainView puts it first in `map`): components read it here, pure modules
   * take it as an argument; nothing else reads `chains[0]` as the chain on screen.
   */
  readonly chain = $derived(this.map?.chains[0] ?? null);
  readonly t = $derived(strings(this.lang));
  readonly selectedNode = $derived(
    this.graph && this.selected ? (this.graph.byId.get(this.selected) ?? null) : null,
  );
  readonly dataUrl = $derived.by(() =>
    this.dataPath === null
      ? // A string, read once: nothing here mutates the URL object.
        // eslint-disable-next-line svelte/prefer-svelte-reactivity
        new URL(this.defaultDataUrl, document.baseURI).href
      : resolveDataUrl(this.dataPath, location.href),
  );
  /** The message the page shows instead of the map, or null. */
  readonly errorMessage = $derived.by((): string | null => {
    const { t, atlas, chainId, regionId } = this;
    const bad = this.problems[0];
    if (bad?.kind === 'dataUrl' || this.dataUrl === null) return t.errors.dataUrl;
    if (this.loadError) return t.errors.load[this.loadError.kind];
    if (this.partial && this.atlasError && !this.firstViewHolds())
      return t.errors.load[this.atlasError.kind];
    if (bad?.kind === 'view') return t.errors.view(bad.value);
    if (atlas && chainId && !atlas.chains.has(chainId)) return t.errors.place(chainId);
    if (atlas && regionId && atlas.nodes.get(regionId)?.kind !== 'region')
      return t.errors.place(regionId);
    return null;
  });
  /** The graph on screen, for the parts a mode shows only once the map is loaded. */
  get loadedGraph(): Graph {
    if (!this.graph) throw new Error('the map is not loaded yet');
    return this.graph;
  }
  /** The atlas, for the parts a mode shows only once it is loaded. */
  get loadedAtlas(): Atlas {
    if (!this.atlas) throw new Error('the atlas is not loaded yet');
    return this.atlas;
  }
  /** The portal's default page in this language: the way back from an error. */
  readonly backHref = $derived(wayBack(location.search, this.lang, location.pathname));

  constructor(options: AppOptions) {
    this.defaultDataUrl = options.defaultDataUrl;
    this.firstViewUrl = options.firstViewUrl ?? null;
    this.fetch = options.fetch ?? ((input, init) => fetch(input, init));
    this.mode = parseMode(location.search, BUILD_MODE);
    this.remember = this.mode.mode === 'portal' && !this.mode.embed && !this.mode.sheet;
    this.atlasWide = this.mode.mode !== 'kiosk';
    this.views = this.mode.mode === 'kiosk' ? ['panorama'] : VIEWS;
    const initial = parseUrl(location.search);
    const start = this.remember
      ? withPrefs(initial.state, location.search, readPrefs())
      : initial.state;
    // What was restored goes into the URL, so Back to this entry keeps it.
    if (start !== initial.state && toSearch(start) !== toSearch(initial.state))
      history.replaceState(history.state, '', this.address(start));
    this.apply(start, initial.problems);
    this.step = this.mode.step;
  }

  /**
   * The page's title: the chain on screen, else the app's name. A mode root that shows something
   * else (the presentation, a print sheet) says what in `connect`.
   */
  readonly title = $derived(
    this.chain && !this.regionId
      ? `${this.chain.name[this.lang] || this.chain.name.zh} · ${this.t.appTitle}`
      : this.t.appTitle,
  );

  /**
   * Starts what the state does on its own: loads the map the URL names, follows Back and Forward,
   * keeps the page's language and title (`title`, else this.title: the one place that sets
   * them). Call during the root component's initialisation.
   */
  connect(title?: () => string): void {
    $effect(() => {
      document.documentElement.lang = this.lang === 'zh' ? 'zh-CN' : 'en';
      document.title = title ? title() : this.title;
    });
    $effect(() => {
      const url = this.dataUrl;
      if (url === null) return;
      let live = true;
      this.loadError = this.atlasError = null;
      this.partial = false;
      const whole = (): void => {
        loadChainMap(url, undefined, this.fetch).then(
          (m) => {
            if (!live) return;
            this.published = m;
            this.partial = false;
          },
          (e: unknown) => {
            if (!live) return;
            const error = e instanceof LoadError ? e : new LoadError('network');
            // Without the atlas the first view stays on screen; only a page it cannot show says so.
            if (this.partial) this.atlasError = error;
            else this.loadError = error;
          },
        );
      };
      const first = untrack(() => this.firstViewUrlFor());
      if (first === null) whole();
      else
        loadChainMap(first, undefined, this.fetch).then(
          (m) => {
            if (!live) return;
            this.published = m;
            this.partial = true;
            // The atlas once the first screen is drawn, or at once when the page asks for more.
            let asked = false;
            const once = (): void => {
              if (!asked && live) whole();
              asked = true;
            };
            page.afterSettled(once);
            this.wantAtlas = once;
          },
          () => live && whole(),
        );
      return () => {
        live = false;
      };
    });
    // A page the first view's map does not hold (another chain, a place's page, a search): the
    // atlas now.
    $effect(() => {
      if (this.partial && (!this.firstViewHolds() || this.query !== '')) untrack(this.wantAtlas);
    });
    // A selection the chain does not have: dropped, named in a notice, and left out of the address.
    $effect(() => {
      const { graph, selected } = this;
      if (!graph || !selected || graph.byId.has(selected)) return;
      untrack(() => {
        this.staleNode = selected;
        this.selected = null;
        if (!this.preview) history.replaceState(history.state, '', this.address());
      });
    });
    $effect(() => {
      const onPop = (): void => {
        this.preview = null;
        this.readUrl();
      };
      addEventListener('popstate', onPop);
      return () => removeEventListener('popstate', onPop);
    });
  }

  /** Starts loading the atlas where only the first view's map is here (set while partial). */
  private wantAtlas: () => void = () => undefined;

  /**
   * The first view's map's address, where the page opens on what it holds: the published map's
   * default page of the portal (or an embed), no chain, place or search asked for.
   */
  private firstViewUrlFor(): string | null {
    const { firstViewUrl, dataPath, mode, chainId, regionId, query } = this;
    if (!firstViewUrl || dataPath !== null || mode.mode !== 'portal' || mode.sheet) return null;
    return chainId === null && regionId === null && query === '' ? firstViewUrl : null;
  }

  /** Whether the first view's map holds the page asked for: the featured chain, no place's page. */
  private firstViewHolds(): boolean {
    const chain = this.published?.chains[0];
    return this.regionId === null && (this.chainId === null || this.chainId === chain?.id);
  }

  /**
   * The text a source's evidence indexes (cached): the document itself, or the text extracted from
   * a .docx or .pdf; read the way this app reads files.
   */
  sourceTextOf(source: Pick<Source, 'file' | 'textFile'>): Promise<string> {
    if (!this.preview) return sourceTextOf(source, this.dataPath, this.fetch);
    const text = this.preview.texts.get(source.textFile ?? source.file);
    return text === undefined ? Promise.reject(new LoadError('notFound')) : Promise.resolve(text);
  }

  /**
   * Shows a preview from its first chain, nothing selected. The address stays the published map's,
   * in a history entry of its own: Back leaves the preview.
   */
  openPreview(p: Preview): void {
    if (!this.preview) history.pushState(null, '', location.href);
    this.preview = p;
    this.chainId = this.regionId = this.selected = this.openEvidence = null;
    this.query = '';
  }
  /** Back to the published map, as the address bar says. */
  closePreview(): void {
    this.preview = null;
    this.readUrl();
  }

  /** The address for a state: its query, with the place (kiosk, embed, idle) kept; bare if empty. */
  address(s: UrlState = this.current()): string {
    return keepPlace(location.search, toSearch(s)) || location.pathname;
  }
  current(): UrlState {
    return {
      view: this.view,
      node: this.selected,
      q: this.query,
      lang: this.lang,
      data: this.dataPath,
      chain: this.chainId,
      region: this.regionId,
    };
  }
  private apply(s: UrlState, problems: UrlProblem[]): void {
    this.staleNode = null;
    this.view = this.views.includes(s.view) ? s.view : (this.views[0] as View);
    this.selected = s.node;
    this.query = s.q;
    this.lang = s.lang;
    this.dataPath = s.data;
    this.chainId = s.chain;
    this.regionId = s.region;
    this.problems = problems;
  }
  /** Takes the state from the address bar (after Back or Forward). */
  readUrl(): void {
    const s = parseUrl(location.search);
    this.apply(s.state, s.problems);
    this.step = parseMode(location.search, BUILD_MODE).step;
  }
  /** The address bar's query string: the kiosk's and the share menu's addresses start from it. */
  get search(): string {
    return location.search;
  }
  /**
   * Goes to `search` in place of the current entry (the kiosk's start screen and attract steps):
   * the state follows at once, and no history builds up.
   */
  replace(search: string): void {
    history.replaceState(null, '', search || location.pathname);
    this.readUrl();
  }
  private push(): void {
    if (this.preview) return;
    const url = this.address();
    if (url !== location.search) history.pushState(null, '', url);
  }
  private savePrefs(): void {
    if (this.remember) writePrefs({ lang: this.lang, view: this.view });
  }

  select(id: string | null): void {
    this.selected = id;
    this.staleNode = null;
    this.push();
    const n = id && this.graph ? this.graph.byId.get(id) : null;
    if (n) this.announcement = this.t.selected(displayName(n, this.lang));
  }
  setView(v: View): void {
    if (!this.views.includes(v)) return;
    this.view = v;
    this.menuOpen = false;
    this.push();
    this.savePrefs();
  }
  setLang(l: Lang): void {
    this.lang = l;
    this.push();
    this.savePrefs();
  }
  setQuery(q: string, count: number): void {
    this.query = q;
    if (!this.preview) history.replaceState(null, '', this.address());
    this.announcement = q ? this.t.results(count) : '';
  }
  /** Opens a chain or industry of the atlas (its panorama or roadmap). */
  openChain(id: string): void {
    this.chainId = id;
    this.regionId = null;
    this.selected = null;
    this.push();
  }
  /** Opens a place's page (a city's zones × industries). */
  openRegion(id: string): void {
    this.regionId = id;
    this.selected = null;
    this.push();
  }
  /**
   * A search result: a node of the chain on screen is selected; a place opens its page; a node of
   * another chain opens that chain (selected where it is one of its nodes; a firm an industry
   * targets opens the industry's roadmap).
   */
  choose(id: string): void {
    const { atlas, atlasMap, graph } = this;
    if (graph?.byId.has(id)) return this.select(id);
    const n = atlas?.nodes.get(id);
    if (!atlas || !atlasMap || !n) return;
    if (n.kind === 'region') return this.openRegion(id);
    const owner =
      n.chain ?? (atlas.to.get(id) ?? []).find((l) => atlas.chains.has(l.source))?.source;
    if (!owner) return;
    this.chainId = owner;
    this.regionId = null;
    this.selected = chainView(atlasMap, owner).nodes.some((x) => x.id === id) ? id : null;
    this.push();
  }
  /** Goes to step `n` of the presentation's tour, in a history entry of its own. */
  setStep(n: number): void {
    this.step = n;
    history.pushState(null, '', withParam(location.search, 'step', String(n)));
  }
  openDocument(e: Evidence | null): void {
    this.openEvidence = e;
  }
  /** Closes the source dialog and every open menu (components watch `resets`). */
  closeOverlays(): void {
    this.openEvidence = null;
    this.menuOpen = false;
    this.resets++;
  }
}

const [get, set] = createContext<AppState>();
/** The app state of the nearest mode root. */
export const getAppState = get;
/** Makes `app` the state of this component and everything inside it. */
export const setAppState = set;
