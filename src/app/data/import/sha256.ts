/**
 * SHA-256 in plain JavaScript, for a page served without HTTPS, where the browser withholds
 * `crypto.subtle` (a government intranet server): the compiler in the browser still gives each
 * source the `sha256` the command line gives. FIPS 180-4, one pass over the bytes.
 */
const K = Uint32Array.from(
  '428a2f98 71374491 b5c0fbcf e9b5dba5 3956c25b 59f111f1 923f82a4 ab1c5ed5 d807aa98 12835b01 243185be 550c7dc3 72be5d74 80deb1fe 9bdc06a7 c19bf174 e49b69c1 efbe4786 0fc19dc6 240ca1cc 2de92c6f 4a7484aa 5cb0a9dc 76f988da 983e5152 a831c66d b00327c8 bf597fc7 c6e00bf3 d5a79147 06ca6351 14292967 27b70a85 2e1b2138 4d2c6dfc 53380d13 650a7354 766a0abb 81c2c92e 92722c85 a2bfe8a1 a81a664b c24b8b70 c76c51a3 d192e819 d6990624 f40e3585 106aa070 19a4c116 1e376c08 2748774c 34b0bcb5 391c0cb3 4ed8aa4a 5b9cca4f 682e6ff3 748f82ee 78a5636f 84c87814 8cc70208 90befffa a4506ceb bef9a3f7 c67178f2'
    .split(' ')
    .map((x) => parseInt(x, 16)),
);

/** The eight working variables a…h of a round. */
type Eight = [number, number, number, number, number, number, number, number];

const rotr = (x: number, n: number): number => (x >>> n) | (x << (32 - n));

/**
 * The SHA-256 of `bytes`, lower-case hex.
 * @example sha256Hex(new TextEncoder().encode('abc'))
 *   // → 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export function sha256Hex(bytes: Uint8Array): string {
  const h = Uint32Array.from([
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  ]);
  // The message, a 1 bit, zeros, and its length in bits as a 64-bit big-endian number.
  const blocks = Math.ceil((bytes.length + 9) / 64);
  const msg = new Uint8Array(blocks * 64);
  msg.set(bytes);
  msg[bytes.length] = 0x80;
  const data = new DataView(msg.buffer);
  data.setUint32(msg.length - 8, Math.floor(bytes.length / 0x20000000));
  data.setUint32(msg.length - 4, (bytes.length * 8) >>> 0);
  const w = new Uint32Array(64);
  // The working variables a…h: v[0] is a, v[7] is h.
  const v = new Uint32Array(8);
  const get = (xs: Uint32Array, i: number): number => xs[i] as number;
  for (let b = 0; b < blocks; b++) {
    for (let i = 0; i < 16; i++) w[i] = data.getUint32(b * 64 + i * 4);
    for (let i = 16; i < 64; i++) {
      const x = get(w, i - 15);
      const y = get(w, i - 2);
      const s0 = rotr(x, 7) ^ rotr(x, 18) ^ (x >>> 3);
      const s1 = rotr(y, 17) ^ rotr(y, 19) ^ (y >>> 10);
      w[i] = get(w, i - 16) + s0 + get(w, i - 7) + s1;
    }
    v.set(h);
    for (let i = 0; i < 64; i++) {
      const [a, bb, c, , e, f, g, hh] = v as unknown as Eight;
      const t1 = hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + get(K, i) + get(w, i);
      const t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & bb) ^ (a & c) ^ (bb & c));
      v.copyWithin(1, 0, 7);
      v[4] = get(v, 4) + t1;
      v[0] = t1 + t2;
    }
    for (let i = 0; i < 8; i++) h[i] = get(h, i) + get(v, i);
  }
  return Array.from(h, (x) => x.toString(16).padStart(8, '0')).join('');
}
