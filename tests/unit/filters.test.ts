import { describe, expect, it } from 'vitest';
import { filtersToSearch, isFiltering, matches, NO_FILTERS, normalize, parseFilters } from '../../src/lib/search/filters.ts';

describe('parseFilters', () => {
  it.each([
    ['', { q: '', groups: [], tags: [] }],
    ['?q=plenum', { q: 'plenum', groups: [], tags: [] }],
    ['?q=war+preparations&groups=party,russia&tags=kcna', { q: 'war preparations', groups: ['party', 'russia'], tags: ['kcna'] }],
    ['?groups=party,,Russia,<script>,ok-2', { q: '', groups: ['party', 'ok-2'], tags: [] }],
    ['?tags=%ED%83%9C%EA%B7%B8', { q: '', groups: [], tags: ['태그'] }],
    ['?evil=1&window.x=2', { q: '', groups: [], tags: [] }],
    [`?q=${'x'.repeat(201)}`, { q: '', groups: [], tags: [] }],
  ])('%s', (search, expected) => {
    expect(parseFilters(search)).toEqual(expected);
  });
});

describe('filtersToSearch', () => {
  it('writes only what is set, and keeps other parameters', () => {
    expect(filtersToSearch({ q: ' kim ', groups: ['party'], tags: [] }, '?embed=1&tags=old')).toBe('?embed=1&q=kim&groups=party');
    expect(filtersToSearch(NO_FILTERS, '?q=old')).toBe('');
    expect(parseFilters(filtersToSearch({ q: 'a b', groups: ['x', 'y'], tags: ['t'] }))).toEqual({ q: 'a b', groups: ['x', 'y'], tags: ['t'] });
  });

  it('knows when nothing is asked', () => {
    expect(isFiltering(NO_FILTERS)).toBe(false);
    expect(isFiltering({ ...NO_FILTERS, q: '  ' })).toBe(false);
    expect(isFiltering({ ...NO_FILTERS, tags: ['kcna'] })).toBe(true);
  });
});

describe('matches', () => {
  const plenum = {
    text: '9th Enlarged Plenary Meeting. Kim sets militant tasks. Pyongyang. kcna war-preparations',
    group: 'party',
    tags: ['kcna', 'war-preparations'],
  };
  const summit = { text: 'Second Kim–Putin summit at the Vostochny Cosmodrome', group: 'russia', tags: ['summit'] };

  it.each([
    [NO_FILTERS, true, true],
    [{ ...NO_FILTERS, q: 'kim' }, true, true],
    [{ ...NO_FILTERS, q: 'KIM militant' }, true, false],
    [{ ...NO_FILTERS, q: 'militant putin' }, false, false],
    [{ ...NO_FILTERS, groups: ['party'] }, true, false],
    [{ ...NO_FILTERS, groups: ['party', 'russia'] }, true, true],
    [{ ...NO_FILTERS, tags: ['summit', 'kcna'] }, true, true],
    [{ ...NO_FILTERS, tags: ['summit'], groups: ['party'] }, false, false],
    [{ ...NO_FILTERS, q: 'cosmodrome', groups: ['russia'] }, false, true],
  ])('%j → plenum %s, summit %s', (filters, a, b) => {
    expect(matches(plenum, filters)).toBe(a);
    expect(matches(summit, filters)).toBe(b);
  });

  it('ignores case and accents', () => {
    expect(normalize('Pyŏngyang ÉCOLE')).toBe('pyongyang ecole');
    expect(matches({ text: 'Pyŏngyang', tags: [] }, { ...NO_FILTERS, q: 'pyongyang' })).toBe(true);
    expect(matches({ text: '평양에서 열린 회의', tags: [] }, { ...NO_FILTERS, q: '평양' })).toBe(true);
  });
});
