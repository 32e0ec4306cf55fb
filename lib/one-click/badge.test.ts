import { describe, expect, it } from 'vitest';
import { appError } from '@/lib/errors';
import type { Job } from '@/lib/outbox/job';
import { sampleJob } from '@/tests/unit/sample-job';
import { BADGE_LOOKS, followedBadge, problemBadge, readingBadge } from './badge';

const target = { id: 'p1', name: 'Backend Engineers', stageId: null, stageName: null };
const done = (over: Partial<Job> = {}): Job => sampleJob({ target, ...over });
const pending = (over: Partial<Job> = {}): Job => sampleJob({ target, state: { kind: 'pending', nextAttemptAt: 0 }, ...over });
const failed = (over: Partial<Job> = {}): Job =>
  sampleJob({
    id: 'j2',
    vendor: 'stardex',
    target,
    state: { kind: 'failed', at: 5, permanent: true, error: appError('vendor-server', '500', { vendor: 'stardex' }) },
    ...over,
  });
const STARDEX_NEEDS_URL = "Stardex needs the person's public LinkedIn URL";

describe('the toolbar badge of a one-click save', () => {
  it('shows "…" while the tab is read, and "!" with the reasons when nothing was saved', () => {
    expect(readingBadge()).toEqual({ text: '…', color: BADGE_LOOKS.saving.color, title: 'Reading the profile…' });
    expect(problemBadge({ lines: ['This tab is not a LinkedIn profile: nothing was saved.'], fix: null })).toEqual({
      text: '!',
      color: BADGE_LOOKS.error.color,
      title: 'This tab is not a LinkedIn profile: nothing was saved.',
    });
  });

  it('shows "…" while the jobs save, then a green "✓" titled with the person and the line, and stops following', () => {
    const saving = followedBadge({ ids: ['j1'], refusals: [] }, [pending()]);
    expect(saving.badge).toMatchObject({ text: '…', color: '#475569' });
    expect(saving.badge?.title.split('\n')[0]).toBe('Camille Durand');
    expect(saving.following).toBe(true);

    expect(followedBadge({ ids: ['j1'], refusals: [] }, [done()])).toEqual({
      badge: { text: '✓', color: '#15803d', title: 'Camille Durand\nSaved to Leonar · Backend Engineers ✓' },
      following: false,
    });
  });

  it('shows a red "!" for a failure and keeps following it: a re-send from the history turns it to "✓"', () => {
    const failure = followedBadge({ ids: ['j1', 'j2'], refusals: [] }, [done(), failed()]);
    expect(failure.badge).toMatchObject({ text: '!', color: '#b91c1c' });
    expect(failure.badge?.title).toContain('Stardex');
    expect(failure.following).toBe(true);

    const resent = followedBadge({ ids: ['j1', 'j2'], refusals: [] }, [done(), done({ id: 'j2', vendor: 'stardex' })]);
    expect(resent.badge?.text).toBe('✓');
    expect(resent.following).toBe(false);
  });

  it('a tool that could not take the person makes a finished save "!", its reason after the lines', () => {
    const partly = followedBadge({ ids: ['j1'], refusals: [STARDEX_NEEDS_URL] }, [done()]);
    expect(partly.badge).toEqual({
      text: '!',
      color: '#b91c1c',
      title: `Camille Durand\nSaved to Leonar · Backend Engineers ✓\n${STARDEX_NEEDS_URL}`,
    });
    expect(partly.following).toBe(false);
    // Still saving: "…", the reason already said.
    const saving = followedBadge({ ids: ['j1'], refusals: [STARDEX_NEEDS_URL] }, [pending()]);
    expect(saving.badge?.text).toBe('…');
    expect(saving.badge?.title.split('\n').at(-1)).toBe(STARDEX_NEEDS_URL);
  });

  it('follows only its own jobs: another person saved meanwhile does not change this tab’s badge', () => {
    const other = pending({ id: 'other', person: { fullName: 'Someone Else', profileUrl: 'https://www.linkedin.com/in/someone/', missing: [], short: [] } });
    const mine = followedBadge({ ids: ['j1'], refusals: [] }, [other, done()]);
    expect(mine.badge?.text).toBe('✓');
    expect(mine.badge?.title).not.toContain('Someone Else');
  });

  it('leaves the badge as it is and stops following when the jobs are gone (the history was cleared)', () => {
    expect(followedBadge({ ids: ['j1'], refusals: [] }, [])).toEqual({ badge: null, following: false });
  });
});
