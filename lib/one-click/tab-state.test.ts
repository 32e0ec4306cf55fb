import { blankRequest } from '@/tests/unit/sample-request';
import { describe, expect, it } from 'vitest';
import { appError } from '@/lib/errors';
import type { Job } from '@/lib/outbox/job';
import { sampleJob } from '@/tests/unit/sample-job';
import type { SaveRequest } from '@/lib/vendors/vendor';
import {
  batchState,
  currentRecord,
  forgottenOnLoad,
  needsJobs,
  offerState,
  offProfileState,
  oneClickPage,
  problemState,
  PROBLEM_SHOWN_MS,
  profilePageUrl,
  tabState,
  withRefusals,
  type TabRecord,
} from './tab-state';

const URL_ = 'https://www.linkedin.com/in/camille-durand-42/';
const done = (over: Partial<Job> = {}): Job => sampleJob({ target: { id: 'p1', name: 'Backend Engineers', stageId: null, stageName: null }, ...over });
const failed = (code: Parameters<typeof appError>[0]): Job =>
  sampleJob({ id: 'j2', vendor: 'stardex', updatedAt: 5, state: { kind: 'failed', at: 5, permanent: true, error: appError(code, 'x', { vendor: 'stardex' }) } });

describe('one click, in words', () => {
  it('says saved, and what a partial save went without', () => {
    expect(batchState([done()])).toMatchObject({ state: 'saved', label: 'Saved ✓', lines: ['Saved to Leonar · Backend Engineers ✓'] });
    const partial = done({ person: { fullName: 'Camille Durand', profileUrl: URL_, missing: ['experiences'], short: [] } });
    expect(batchState([partial]).lines).toEqual(['Saved to Leonar · Backend Engineers without Experience ✓']);
    const short = done({ person: { fullName: 'Camille Durand', profileUrl: URL_, missing: [], short: ['skills'] } });
    expect(batchState([short]).lines).toEqual(['Saved to Leonar · Backend Engineers with part of Skills ✓']);
  });

  it('sends a key problem to the options and anything else to the history', () => {
    expect(batchState([done(), failed('vendor-auth')])).toMatchObject({ state: 'error', label: expect.stringMatching(/./), fix: { page: 'options' } });
    expect(batchState([failed('vendor-server')]).fix?.page).toBe('history');
  });

  it('says "saving" while a tool is still saving, with the line of one that failed fast; the verdict waits for all', () => {
    const saving = sampleJob({ id: 'j3', vendor: 'collective', state: { kind: 'pending', nextAttemptAt: 0 } });
    const state = batchState([failed('vendor-auth'), saving]);
    expect(state.state).toBe('saving');
    expect(state.lines).toHaveLength(2);
    expect(state.lines[0]).toContain('Stardex');
    expect(batchState([failed('vendor-auth'), done({ id: 'j3', vendor: 'collective' })])).toMatchObject({ state: 'error', label: 'Partly saved' });
    // A tool retrying by itself later (maybe for hours) does not hide a failure and the place to fix it.
    const retrying = sampleJob({ id: 'j4', vendor: 'collective', state: { kind: 'retrying', nextAttemptAt: 0, error: appError('vendor-server', '503', { vendor: 'collective' }) } });
    expect(batchState([failed('vendor-auth'), retrying])).toMatchObject({ state: 'error', fix: { page: 'options' } });
  });

  it('shows the tab’s own refusal for a minute, then what the history says', () => {
    const record: TabRecord = { profileUrl: URL_, documentId: 'doc', at: 0, reading: false, jobIds: [], problem: { lines: ['No recruiting tool is set up yet.'], fix: 'options' } };
    expect(currentRecord(record, URL_, 'doc', PROBLEM_SHOWN_MS - 1)).toBe(record);
    expect(currentRecord(record, URL_, 'doc', PROBLEM_SHOWN_MS + 1)).toBeNull();
    expect(currentRecord(record, URL_, 'another-page', 1)).toBeNull();
    expect(tabState(record, [])).toMatchObject({ state: 'error', fix: { page: 'options' } });
    // No record: the person's history — saved before, or a failure still waiting for the user.
    expect(tabState(null, [done()])).toMatchObject({ state: 'already', lines: ['Saved before to Leonar · Backend Engineers'] });
    expect(tabState(null, [done(), failed('vendor-server')])?.state).toBe('error');
    expect(tabState(null, [])).toBeNull();
  });

  it('knows a profile page from any other LinkedIn page', () => {
    expect(profilePageUrl('https://www.linkedin.com/in/Camille-Durand-42/?trk=x')).toBe('https://www.linkedin.com/in/Camille-Durand-42/');
    expect(profilePageUrl('https://www.linkedin.com/in/camille/details/experience/')).toBeNull();
    expect(profilePageUrl('https://www.linkedin.com/feed/')).toBeNull();
  });
});

describe('one click on a Sales Navigator lead page', () => {
  const LEAD = 'ACwAAB1c2d3e4f5g6h7i8j9k0lMnOpQrStUvWxY';

  it('saves from a profile page by vanity and from a lead page by lead id; refuses lists and other pages', () => {
    expect(oneClickPage('https://www.linkedin.com/in/camille-durand-42/?trk=x')).toEqual({ url: URL_, vanity: 'camille-durand-42', leadId: null });
    expect(oneClickPage(`https://www.linkedin.com/sales/lead/${LEAD},NAME_SEARCH,abcd?_ntb=1`)).toEqual({
      url: `https://www.linkedin.com/sales/lead/${LEAD}/`,
      vanity: null,
      leadId: LEAD,
    });
    expect(oneClickPage(`https://www.linkedin.com/sales/people/${LEAD}/`)?.leadId).toBe(LEAD);
    expect(oneClickPage('https://www.linkedin.com/sales/search/people?query=x')).toBeNull();
    expect(oneClickPage('https://www.linkedin.com/search/results/people/?keywords=x')).toBeNull();
    expect(oneClickPage('https://www.linkedin.com/in/camille-durand-42/details/experience/')).toBeNull();
    expect(oneClickPage('https://example.com/in/camille-durand-42/')).toBeNull();
    expect(oneClickPage(undefined)).toBeNull();
  });

  it('a tool that cannot take the lead is named after the jobs, and the finished save reads "Partly saved", never "Saved"', () => {
    const why = "Stardex needs the person's public LinkedIn URL";
    expect(withRefusals(batchState([done()]), [])).toEqual(batchState([done()]));
    expect(withRefusals(batchState([done()]), [why])).toMatchObject({ state: 'error', label: 'Partly saved', lines: ['Saved to Leonar · Backend Engineers ✓', why] });
    const waiting = sampleJob({ state: { kind: 'pending', nextAttemptAt: 1 } });
    const saving = withRefusals(batchState([waiting]), [why]);
    expect(saving.state).toBe('saving');
    expect(saving.lines.at(-1)).toBe(why);
  });
});

describe('the button before and after a save is refused', () => {
  const request = (vendor: SaveRequest['vendor']): SaveRequest => blankRequest(vendor);
  const record = (over: Partial<TabRecord> = {}): TabRecord => ({ profileUrl: URL_, documentId: undefined, at: 0, reading: false, jobIds: [], problem: null, ...over });

  it('offers to save to the tools the plan would use, or just "Save" when it would refuse (the click says why)', () => {
    expect(offerState({ ok: true, requests: [request('leonar'), request('stardex')] })).toEqual({ state: 'idle', label: 'Save to Leonar, Stardex', lines: [], fix: null });
    expect(offerState({ ok: false, problem: { kind: 'no-choice' } })).toEqual({ state: 'idle', label: 'Save', lines: [], fix: null });
    expect(offProfileState()).toEqual({ state: 'off-profile', label: '', lines: [], fix: null });
  });

  it('says "Not saved" with the reasons and the way to fix them', () => {
    expect(problemState({ lines: ['No recruiting tool is set up yet.'], fix: 'options' })).toEqual({
      state: 'error',
      label: 'Not saved',
      lines: ['No recruiting tool is set up yet.'],
      fix: { page: 'options', label: 'Fix in options' },
    });
    expect(problemState({ lines: ['The page changed while it was being read: nothing was saved. Try again.'], fix: null }).fix).toBeNull();
  });

  it('a refusal or a read under way is all the button says: the history is not asked', () => {
    expect(needsJobs(record({ problem: { lines: ['x'], fix: null } }))).toBe(false);
    expect(needsJobs(record({ reading: true }))).toBe(false);
    expect(needsJobs(record({ jobIds: ['j1'] }))).toBe(true);
    expect(needsJobs(null)).toBe(true);
  });

  it('a reload forgets a shortcut’s or the menu’s refusal, not the button’s (its page is told apart by its document)', () => {
    const fromShortcut = record({ problem: { lines: ['Choose where to save once'], fix: null } });
    expect(forgottenOnLoad(fromShortcut, 'loading')).toBe(true);
    expect(forgottenOnLoad(fromShortcut, 'complete')).toBe(false);
    expect(forgottenOnLoad(fromShortcut, undefined)).toBe(false);
    expect(forgottenOnLoad(record({ documentId: 'doc', problem: { lines: ['x'], fix: null } }), 'loading')).toBe(false);
    expect(forgottenOnLoad(undefined, 'loading')).toBe(false);
  });
});
