/** The default map's force layout, computed at build time by build/vite-plugin-layout.ts. */
declare module 'virtual:chain-map-layout' {
  const cache: import('./layout/cache.ts').LayoutCache;
  export default cache;
}

/** The first view's map's address, emitted at build time by build/vite-plugin-first-view.ts. */
declare module 'virtual:first-view' {
  const url: string | null;
  export default url;
}
