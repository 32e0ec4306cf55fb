import { describe, expect, it } from 'vitest';
import type { ProfileFragment, ReaderResult } from '@/lib/linkedin/types';
import type { Experience, SourceId } from '@/lib/profile/profile';
import { mergeFragments } from './merge';

function result(source: SourceId, fragment: ProfileFragment | null, warnings: ReaderResult['warnings'] = []): ReaderResult {
  return { source, fragment, warnings };
}

function job(title: string): Experience {
  return { title, company: 'Contoso', location: null, startDate: null, endDate: null, isCurrent: false, description: null, employmentType: null };
}

describe('mergeFragments', () => {
  it('takes each field from the most trusted source that has it', () => {
    const { fragment, sources } = mergeFragments([
      result('voyager', { fullName: 'Ada Quill', firstName: 'Ada', lastName: 'Quill', headline: 'Staff Engineer', location: '  ' }),
      result('sdui-2026', { fullName: 'Ada Q.', headline: 'Other headline', location: 'Lyon, France', photoUrl: 'https://media.example.test/p.jpg' }),
    ]);
    expect(fragment).toMatchObject({
      fullName: 'Ada Quill',
      firstName: 'Ada',
      lastName: 'Quill',
      headline: 'Staff Engineer',
      location: 'Lyon, France',
      photoUrl: 'https://media.example.test/p.jpg',
    });
    expect(sources).toEqual(['voyager', 'sdui-2026']);
  });

  it('takes the most complete list whole, never mixing entries from two sources', () => {
    const { fragment } = mergeFragments([
      result('voyager', { experiences: [job('A'), job('B')], skills: ['x', 'y', 'z'] }),
      result('ember-2022', { experiences: [job('A'), job('B'), job('C')], skills: ['x'] }),
    ]);
    expect(fragment.experiences?.map((e) => e.title)).toEqual(['A', 'B', 'C']);
    expect(fragment.skills).toEqual(['x', 'y', 'z']);
  });

  it('prefers the more trusted source on equal lengths, and keeps an empty list as "seen and empty"', () => {
    const { fragment } = mergeFragments([
      result('voyager', { educations: [], experiences: [job('JSON')] }),
      result('sdui-2026', { experiences: [job('DOM')] }),
    ]);
    expect(fragment.experiences?.[0]?.title).toBe('JSON');
    expect(fragment.educations).toEqual([]);
    expect(fragment.skills).toBeUndefined();
  });

  it('keeps the largest total and not-loaded only for sections nobody read', () => {
    const { fragment } = mergeFragments([
      result('voyager', { totals: { experiences: 5 }, skills: ['x'] }),
      result('sdui-2026', { totals: { experiences: 7, skills: 3 }, notLoaded: ['experiences', 'skills', 'educations'] }),
    ]);
    expect(fragment.totals).toEqual({ experiences: 7, skills: 3 });
    expect(fragment.notLoaded).toEqual(['experiences', 'educations']);
  });

  it('lists only sources that contributed and carries only their warnings', () => {
    const { sources, warnings } = mergeFragments([
      result('voyager', { fullName: 'Ada Quill' }),
      result('public', { fullName: 'Ada Quill' }, [{ code: 'field-missing', message: 'public: no headline' }]),
      result('ember-2022', null, [{ code: 'field-missing', message: 'ember-2022: no name' }]),
    ]);
    expect(sources).toEqual(['voyager']);
    expect(warnings).toEqual([]);
  });
});
