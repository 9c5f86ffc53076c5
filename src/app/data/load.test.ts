import { describe, expect, it } from 'vitest';
import { LoadError, parseJson, readLimited } from './load.ts';

/** A streamed response without Content-Length, in chunks of `size` bytes. */
function streamed(chunks: number, size: number, headers: Record<string, string> = {}) {
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(c) {
      if (sent++ < chunks) c.enqueue(new Uint8Array(size).fill(0x20));
      else c.close();
    },
  });
  return { res: new Response(body, { headers }), sent: () => sent };
}

async function kindOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (e) {
    return e instanceof LoadError ? e.kind : `other: ${String(e)}`;
  }
}

describe('readLimited', () => {
  it('reads a body within the limit', async () => {
    const { res } = streamed(3, 10);
    expect((await readLimited(res, 30)).byteLength).toBe(30);
  });
  it('refuses by Content-Length before reading', async () => {
    const { res, sent } = streamed(5, 10, { 'content-length': '50' });
    const abort = new AbortController();
    expect(await kindOf(readLimited(res, 40, abort))).toBe('tooLarge');
    expect(abort.signal.aborted).toBe(true);
    expect(sent()).toBeLessThanOrEqual(1);
  });
  it('stops reading once the bytes exceed the limit (no or false Content-Length)', async () => {
    const { res, sent } = streamed(1000, 1000, { 'content-length': '10' });
    expect(await kindOf(readLimited(res, 5000))).toBe('tooLarge');
    expect(sent()).toBeLessThan(10);
  });
});

describe('parseJson', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  it.each([
    ['{"a":1}', 'ok'],
    ['\uFEFF{"a":1}', 'ok'],
    ['{"a":1', 'corrupt'],
    ['', 'corrupt'],
    ['<!doctype html><p>404', 'corrupt'],
  ])('%j → %s', async (text, kind) => {
    expect(await kindOf(Promise.resolve().then(() => parseJson(enc(text))))).toBe(kind);
  });
  it('rejects bytes that are not UTF-8 (e.g. GBK)', async () => {
    const gbk = Uint8Array.from([0x7b, 0x22, 0xd6, 0xd0, 0x22, 0x3a, 0x31, 0x7d]); // {"中":1} in GBK
    expect(await kindOf(Promise.resolve().then(() => parseJson(gbk)))).toBe('corrupt');
  });
});
