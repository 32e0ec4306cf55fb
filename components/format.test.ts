import { describe, expect, it } from 'vitest';
import { addKeyText, describeCompleteness, formatRange, isolate, shortIds } from './format';

describe('describeCompleteness', () => {
  it('says a full section is complete', () => {
    expect(describeCompleteness('experiences', { read: 8, total: 8, loaded: true })).toEqual({
      text: '8 of 8 experiences',
      complete: true,
    });
  });
  it('says how much of a truncated section was read', () => {
    expect(describeCompleteness('experiences', { read: 5, total: 12, loaded: true }).text).toBe('5 of 12 experiences read');
  });
  it('never calls a lazy section empty, and says why it is missing', () => {
    const line = describeCompleteness('educations', { read: 0, total: null, loaded: false, gap: { reason: 'not-rendered' } });
    expect(line.text).toBe('Education not loaded: the page has not shown it yet');
    expect(line.text).not.toMatch(/^0/);
    const refused = describeCompleteness('experiences', { read: 0, total: null, loaded: false, gap: { reason: 'refused', status: 429 } });
    expect(refused.text).toBe('Experience not loaded: LinkedIn refused the data (429)');
  });
  it('words every section, certifications and languages included', () => {
    expect(describeCompleteness('certifications', { read: 2, total: 5, loaded: true }).text).toBe('2 of 5 certifications read');
    expect(describeCompleteness('languages', { read: 3, total: 3, loaded: true }).text).toBe('3 of 3 languages');
  });
  it('uses the singular for one entry', () => {
    expect(describeCompleteness('skills', { read: 1, total: 1, loaded: true }).text).toBe('1 of 1 skill');
  });
});

describe('formatRange', () => {
  it('formats current and past roles', () => {
    expect(formatRange({ year: 2019, month: 12 }, null, true)).toBe('Dec 2019 – Present');
    expect(formatRange({ year: 2014 }, { year: 2019, month: 6 }, false)).toBe('2014 – Jun 2019');
    expect(formatRange(null, null, false)).toBe('');
  });
});

describe('isolate', () => {
  it('wraps someone’s text in first-strong isolates, so it cannot reorder the sentence around it', () => {
    expect(isolate('مريم')).toBe('\u2068مريم\u2069');
    // A name cannot close the isolate early (U+2069) nor carry an override (U+202E) past it.
    expect(isolate('a\u2069\u202Eb')).toBe('\u2068ab\u2069');
  });
});

describe('addKeyText', () => {
  it('names every registered tool as alternatives, in the list style of the language', () => {
    expect(addKeyText(['Alpha', 'Beta', 'Gamma'], 'en')).toBe('Add your Alpha, Beta, or Gamma key');
    expect(addKeyText(['Alpha'], 'en')).toBe('Add your Alpha key');
    expect(new Intl.ListFormat('fr', { type: 'disjunction' }).format(['Alpha', 'Beta', 'Gamma'])).toBe('Alpha, Beta ou Gamma');
  });
});

describe('shortIds', () => {
  it('cuts record ids to 8 characters in a result sentence, and leaves every other word alone', () => {
    expect(shortIds('Added to the project · contact df90e69c-48d7-46fe-a404-c45b1606db40 · not sent (no such field): emails')).toBe(
      'Added to the project · contact df90e69c… · not sent (no such field): emails',
    );
    expect(shortIds('Created person 000009e5-0000-4000-8000-000000000001 · candidate 00000CA0-0000-4000-8000-000000000002')).toBe(
      'Created person 000009e5… · candidate 00000CA0…',
    );
    expect(shortIds('Already in Stardex (person 42), 2026-12-07')).toBe('Already in Stardex (person 42), 2026-12-07');
  });
});
