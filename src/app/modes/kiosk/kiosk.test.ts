import { describe, expect, it } from 'vitest';
import { attractStep, kioskStart, leavesKiosk, warnSeconds } from './kiosk.ts';

describe('kioskStart', () => {
  it.each([
    ['?mode=kiosk&idle=5&node=x&q=ysj&view=sankey&lang=en', '?mode=kiosk&idle=5'],
    ['?node=x', ''],
    ['?data=synthetic%2Fmap-300.json&node=x', '?data=synthetic%2Fmap-300.json'],
  ])('%s → %s', (search, expected) => {
    expect(kioskStart(search)).toBe(expected);
  });
});

describe('attractStep', () => {
  it.each([
    ['?mode=kiosk', ['a', 'b'], 0, '?mode=kiosk&node=a'],
    ['?mode=kiosk', ['a', 'b'], 3, '?mode=kiosk&node=b'],
    ['', ['a'], 7, '?node=a'],
    ['?mode=kiosk', [], 2, '?mode=kiosk'],
  ])('%s %j #%i → %s', (start, gaps, n, expected) => {
    expect(attractStep(start, gaps, n)).toBe(expected);
  });
});

describe('leavesKiosk', () => {
  const file = 'file:///media/usb/index.html?idle=5';
  const web = 'https://portal.gov.cn/map/?mode=kiosk';
  it.each([
    ['https://example.com/', file, true],
    ['?node=a', file, false],
    ['#x', file, false],
    ['file:///etc/passwd', file, true],
    ['javascript:alert(1)', file, true],
    ['https://example.com/', web, true],
    ['?node=a', web, false],
    ['/other/', web, true],
  ])('%s from %s → %s', (href, page, expected) => {
    expect(leavesKiosk(href, page)).toBe(expected);
  });
});

describe('warnSeconds', () => {
  it.each([
    [90, 10],
    [20, 10],
    [19, 10],
    [6, 3],
    [5, 3],
    [2, 1],
    [1, 1],
  ])('idle %i s → %i s of countdown', (idle, expected) => {
    expect(warnSeconds(idle)).toBe(expected);
  });
});
