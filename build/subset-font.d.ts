/** Types for subset-font 2.x (the package ships none): harfbuzz-wasm font subsetting. */
declare module 'subset-font' {
  /** Options of `subsetFont`; see node_modules/subset-font/README.md. */
  export interface SubsetFontOptions {
    targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2';
    preserveNameIds?: number[];
    keepFeatures?: string[];
    variationAxes?: Record<string, number | { min: number; max: number; default?: number }>;
    keepAllGlyphs?: boolean;
    noLayoutClosure?: boolean;
    glyphNames?: boolean;
    noHinting?: boolean;
    dropTables?: string[];
  }
  /** Subsets `font` (OTF/TTF/WOFF/WOFF2) to the characters of `text`. */
  export default function subsetFont(
    font: Buffer | Uint8Array,
    text: string,
    options?: SubsetFontOptions,
  ): Promise<Buffer>;
}
