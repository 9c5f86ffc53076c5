/** The default map's force layout, computed at build time by scripts/vite-plugin-layout.ts. */
declare module 'virtual:chain-map-layout' {
  const cache: import('./layout/cache.ts').LayoutCache;
  export default cache;
}
