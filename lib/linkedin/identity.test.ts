import { describe, expect, it } from 'vitest';
import type { ProfileFragment, ReaderResult } from '@/lib/linkedin/types';
import type { SourceId } from '@/lib/profile/profile';
import { keepSamePerson } from './identity';

const ID_A = 'ACoAAB' + 'a'.repeat(33);
const ID_B = 'ACoAAC' + 'b'.repeat(33);

function result(source: SourceId, fragment: ProfileFragment | null): ReaderResult {
  return { source, fragment, warnings: [] };
}

describe('keepSamePerson', () => {
  it('drops a fragment whose public identifier names someone else, with a warning', () => {
    const { kept, warnings } = keepSamePerson(
      [result('voyager', { publicIdentifier: 'ada-quill', fullName: 'Ada Quill' }), result('ember-2022', { publicIdentifier: 'viewer-vic', fullName: 'Vic Viewer' })],
      'ada-quill',
    );
    expect(kept.map((r) => r.fragment?.fullName)).toEqual(['Ada Quill']);
    expect(warnings).toEqual([expect.objectContaining({ code: 'identity-mismatch', message: expect.stringContaining('ember-2022') })]);
  });

  it('compares vanities case-insensitively and decoded', () => {
    const { kept, warnings } = keepSamePerson([result('sdui-2026', { publicIdentifier: 'Jos%C3%A9-Doe', fullName: 'José Doe' })], 'josé-doe');
    expect(kept).toHaveLength(1);
    expect(warnings).toEqual([]);
  });

  it('keeps fragments that do not say who they are', () => {
    const { kept } = keepSamePerson([result('sdui-2026', { fullName: 'Ada Quill' }), result('public', null)], 'ada-quill');
    expect(kept).toHaveLength(2);
  });

  it('drops a fragment with another member id than the proven person', () => {
    const { kept, warnings } = keepSamePerson(
      [
        result('voyager', { publicIdentifier: 'ada-quill', memberId: ID_A, fullName: 'Ada Quill' }),
        result('sdui-2026', { memberId: ID_B, fullName: 'Someone Else', experiences: [] }),
        result('ember-2022', { memberId: ID_A, headline: 'Engineer' }),
      ],
      'ada-quill',
    );
    expect(kept.map((r) => r.source)).toEqual(['voyager', 'ember-2022']);
    expect(warnings).toHaveLength(1);
  });
});
