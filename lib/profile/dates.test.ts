import { describe, expect, it } from 'vitest';
import type { Experience } from '@/lib/profile/profile';
import { parseDateRange, parseLinkedInDate, totalYearsOfExperience } from './dates';

describe('parseLinkedInDate', () => {
  it.each([
    ['Dec 2019', { year: 2019, month: 12 }],
    ['December 2019', { year: 2019, month: 12 }],
    ['2019', { year: 2019 }],
    ['déc. 2019', { year: 2019, month: 12 }],
    ['janv. 2020', { year: 2020, month: 1 }],
    ['März 2021', { year: 2021, month: 3 }],
    ['dic. de 2018', { year: 2018, month: 12 }],
    ['mrt. 2017', { year: 2017, month: 3 }],
    ['Sept 2015', { year: 2015, month: 9 }],
    ['03/2016', { year: 2016, month: 3 }],
  ])('%s', (text, expected) => {
    expect(parseLinkedInDate(text)).toEqual(expected);
  });

  it.each(['', 'Present', 'Foo 2019', '1750', '2 yrs 4 mos', '13/2019'])('rejects %j', (text) => {
    expect(parseLinkedInDate(text)).toBeNull();
  });
});

describe('parseDateRange', () => {
  it('reads an open range with a duration', () => {
    expect(parseDateRange('Dec 2019 - Present · 2 yrs 4 mos')).toEqual({
      start: { year: 2019, month: 12 },
      end: null,
      isCurrent: true,
    });
  });

  it('reads the 2026 en-dash form', () => {
    expect(parseDateRange('2000 – Present')).toEqual({ start: { year: 2000 }, end: null, isCurrent: true });
  });

  it('reads a closed range', () => {
    expect(parseDateRange('Feb 2011 – May 2016')).toEqual({
      start: { year: 2011, month: 2 },
      end: { year: 2016, month: 5 },
      isCurrent: false,
    });
    expect(parseDateRange('2014 - 2019')).toEqual({ start: { year: 2014 }, end: { year: 2019 }, isCurrent: false });
  });

  it('treats a translated "Present" as current', () => {
    expect(parseDateRange('déc. 2019 - aujourd’hui · 2 ans')).toMatchObject({ isCurrent: true, end: null });
    expect(parseDateRange('ene. de 2020 - actualidad')).toMatchObject({ start: { year: 2020, month: 1 }, isCurrent: true });
  });

  it('takes a single date as both ends', () => {
    expect(parseDateRange('Jun 2016 · 1 mo')).toEqual({ start: { year: 2016, month: 6 }, end: { year: 2016, month: 6 }, isCurrent: false });
  });

  it('returns null without a readable start', () => {
    expect(parseDateRange('')).toBeNull();
    expect(parseDateRange('2 yrs 4 mos')).toBeNull();
  });
});

function role(start: Experience['startDate'], end: Experience['endDate'], isCurrent = false): Experience {
  return { title: 'Role', company: null, location: null, startDate: start, endDate: end, isCurrent, description: null, employmentType: null };
}

describe('totalYearsOfExperience', () => {
  const now = new Date(Date.UTC(2024, 11, 15)); // Dec 2024

  it('counts overlapping roles once', () => {
    const roles = [
      role({ year: 2020, month: 1 }, { year: 2021, month: 12 }), // 24 months
      role({ year: 2021, month: 1 }, { year: 2022, month: 12 }), // overlaps 12 months → +12
    ];
    expect(totalYearsOfExperience(roles, now)).toBe(3);
  });

  it('runs current roles to now and leaves gaps out', () => {
    const roles = [role({ year: 2015, month: 1 }, { year: 2015, month: 6 }), role({ year: 2024, month: 1 }, null, true)];
    expect(totalYearsOfExperience(roles, now)).toBe(1.5); // 6 + 12 months
  });

  it('counts a year-only role as the whole year, capped at now, and ignores roles without a start', () => {
    expect(totalYearsOfExperience([role({ year: 2023 }, { year: 2023 })], now)).toBe(1);
    expect(totalYearsOfExperience([role({ year: 2024, month: 7 }, { year: 2026 })], now)).toBe(0.5);
    expect(totalYearsOfExperience([role(null, { year: 2020 })], now)).toBe(0);
    expect(totalYearsOfExperience([], now)).toBe(0);
  });

  it('merges adjacent months into one run and rounds to one decimal', () => {
    const roles = [role({ year: 2020, month: 1 }, { year: 2020, month: 5 }), role({ year: 2020, month: 6 }, { year: 2020, month: 7 })];
    expect(totalYearsOfExperience(roles, now)).toBe(0.6); // 7 months = 0.583…
  });
});
