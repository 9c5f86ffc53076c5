import { describe, expect, it } from 'vitest';
import { slug } from './names.ts';

describe('slug', () => {
  it.each([
    ['区商务局', 60, 'qu-shang-wu-ju'],
    ['Automotive thermal management', 60, 'automotive-thermal-management'],
    // Cut at a word, never after a word that only joins others.
    ['Energy-saving and environmental protection', 30, 'energy-saving'],
    ['Rare-earth permanent magnet motors', 30, 'rare-earth-permanent-magnet'],
    ['Manufacture of the parts', 16, 'manufacture'],
  ])('%s (at most %d) → %s', (text, max, expected) => expect(slug(text, max)).toBe(expected));
});
