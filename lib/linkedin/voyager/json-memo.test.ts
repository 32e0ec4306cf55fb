// Two reads at once (the popup's and a one-click) each learn from the memo as it was: what both learnt is kept.
import { describe, expect, it } from 'vitest';
import { EMPTY_JSON_MEMO, mergeMemos } from './json-memo';

describe('mergeMemos', () => {
  it('keeps what each of two reads learnt: the later quiet period and retirements, the newer decoration', () => {
    const popup = { ...EMPTY_JSON_MEMO, quiet: { until: 5_000, status: 429 }, listsRetiredUntil: { profileSkills: 9_000 } };
    const oneClick = { ...EMPTY_JSON_MEMO, decoration: 'FullProfileWithEntities-109' as const, profileRetiredUntil: 7_000, listsRetiredUntil: { profileSkills: 8_000, profileLanguages: 3_000 } };
    expect(mergeMemos(popup, oneClick)).toEqual({
      decoration: 'FullProfileWithEntities-109',
      profileRetiredUntil: 7_000,
      listsRetiredUntil: { profileSkills: 9_000, profileLanguages: 3_000 },
      quiet: { until: 5_000, status: 429 },
    });
    expect(mergeMemos(oneClick, { ...EMPTY_JSON_MEMO, quiet: { until: 6_000, status: 999 } }).quiet).toEqual({ until: 6_000, status: 999 });
  });
});
