import { describe, expect, it } from 'vitest';
import {
  keepPlace,
  parseMode,
  portalBase,
  portalLink,
  shareLink,
  wayBack,
  withParam,
} from './mode.ts';

describe('parseMode', () => {
  it.each([
    ['', 'portal', { mode: 'portal', embed: false, step: null, idleSeconds: 90, sheet: null }],
    [
      '?embed=1',
      'portal',
      { mode: 'portal', embed: true, step: null, idleSeconds: 90, sheet: null },
    ],
    [
      '?mode=present&step=3',
      'portal',
      { mode: 'present', embed: false, step: 3, idleSeconds: 90, sheet: null },
    ],
    [
      '?mode=present&step=-1',
      'portal',
      { mode: 'present', embed: false, step: null, idleSeconds: 90, sheet: null },
    ],
    [
      '?mode=present&step=x',
      'portal',
      { mode: 'present', embed: false, step: null, idleSeconds: 90, sheet: null },
    ],
    [
      '?mode=kiosk&idle=5',
      'portal',
      { mode: 'kiosk', embed: false, step: null, idleSeconds: 5, sheet: null },
    ],
    [
      '?mode=kiosk&idle=0',
      'portal',
      { mode: 'kiosk', embed: false, step: null, idleSeconds: 90, sheet: null },
    ],
    ['', 'kiosk', { mode: 'kiosk', embed: false, step: null, idleSeconds: 90, sheet: null }],
    [
      '?mode=nonsense',
      'portal',
      { mode: 'portal', embed: false, step: null, idleSeconds: 90, sheet: null },
    ],
    [
      '?sheet=mid-eev',
      'portal',
      { mode: 'portal', embed: false, step: null, idleSeconds: 90, sheet: 'mid-eev' },
    ],
  ] as const)('%s (default %s)', (search, fallback, expected) => {
    expect(parseMode(search, fallback)).toEqual(expected);
  });
});

describe('withParam', () => {
  it.each([
    ['?mode=present&step=1', 'step', '2', '?mode=present&step=2'],
    ['?mode=present', 'step', '0', '?mode=present&step=0'],
    ['?step=1', 'step', null, ''],
  ])('%s %s=%s → %s', (search, name, value, expected) => {
    expect(withParam(search, name, value)).toBe(expected);
  });
});

describe('portal links', () => {
  it.each([
    ['https://x.gov.cn/map/', 'http://127.0.0.1:4173/?mode=present', 'https://x.gov.cn/map/'],
    [undefined, 'http://127.0.0.1:4173/app/?mode=present&step=2', 'http://127.0.0.1:4173/app/'],
    ['', 'http://h/', 'http://h/'],
    ['javascript:alert(1)', 'http://h/p', 'http://h/p'],
    [undefined, 'file:///media/usb/index.html', ''],
  ])('base %s on %s → %s', (configured, page, expected) => {
    expect(portalBase(configured, page)).toBe(expected);
  });
  it('drops empty parameters', () => {
    expect(portalLink('https://x/map/', { node: 'mid-eev', view: null, lang: 'en' })).toBe(
      'https://x/map/?node=mid-eev&lang=en',
    );
  });
});

describe('shareLink', () => {
  it.each([
    ['?embed=1&node=mid-eev', 'https://x/map/?node=mid-eev'],
    ['?mode=present&step=2&lang=en', 'https://x/map/?lang=en'],
    ['', 'https://x/map/'],
    ['?view=sankey&q=ysj&idle=5&mode=kiosk', 'https://x/map/?view=sankey&q=ysj'],
  ])('%s → %s', (search, expected) => {
    expect(shareLink('https://x/map/', search)).toBe(expected);
  });
});

describe('keepPlace', () => {
  it.each([
    ['?mode=kiosk&idle=5&node=a', '?node=b', '?mode=kiosk&idle=5&node=b'],
    ['?embed=1', '?view=sankey&lang=en', '?embed=1&view=sankey&lang=en'],
    ['?embed=1&node=a', '', '?embed=1'],
    ['?node=a', '?node=b', '?node=b'],
    ['', '', ''],
    // A place parameter in the state's query never overrides the page's own.
    ['?mode=kiosk', '?mode=present&node=b', '?mode=kiosk&node=b'],
  ])('%s + %s → %s', (from, search, expected) => {
    expect(keepPlace(from, search)).toBe(expected);
  });
});

describe('wayBack', () => {
  it.each([
    ['?mode=kiosk&idle=5&view=bad', 'en', '?mode=kiosk&idle=5&lang=en'],
    ['?data=x.json&node=a', 'zh', '/map/'],
    ['?data=x.json&lang=en', 'en', '?lang=en'],
    ['?mode=present&step=3&data=bad.json', 'zh', '?mode=present&step=3'],
    ['?embed=1&q=ysj', 'zh', '?embed=1'],
  ] as const)('%s (%s) → %s', (search, lang, expected) => {
    expect(wayBack(search, lang, '/map/')).toBe(expected);
  });
});
