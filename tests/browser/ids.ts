/**
 * Node ids the browser tests name. The compiled atlas (data/chain-map.json) and the generated maps
 * (scripts/gen-synthetic.ts) share them: the featured chain's nodes carry its id as a prefix.
 */
export const CHAIN = 'xinxiang-etdz-automotive-thermal-management';
/** 压缩机, a gap segment. */
export const COMPRESSOR = `${CHAIN}-mid-e-compressor`;
/** 新能源整车, a downstream segment that is not a gap. */
export const NEV_OEM = `${CHAIN}-down-nev-oem`;
/** 壳体, a gap segment the generated cyclic map feeds back into. */
export const HOUSING = `${CHAIN}-mid-housing`;
