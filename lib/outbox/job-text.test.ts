import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessageFor } from '@/lib/i18n-node';
import { appError } from '@/lib/errors';
import { jobsToCsv } from './csv';
import type { Job, JobState } from './job';
import { alreadyThere, chipText, jobLine, outcomeText, rowRetryLine, rowStoppedLine, rowWaitingLine } from './job-text';
import { sampleJob } from '@/tests/unit/sample-job';

function job(state: JobState): Job {
  return sampleJob({ vendor: 'stardex', state });
}

const done = (status: 'created' | 'added' | 'updated' | 'skipped', confirmedBy: 'response' | 'recheck' = 'response'): JobState => ({
  kind: 'done',
  at: 0,
  confirmedBy,
  result: { vendor: 'stardex', status, recordId: 'p-1', recordUrl: null, message: '' },
});

function french(): void {
  fakeBrowser.i18n.getMessage = getMessageFor('fr');
  fakeBrowser.i18n.getUILanguage = () => 'fr';
}

afterEach(() => {
  fakeBrowser.i18n.getMessage = getMessageFor('en');
  fakeBrowser.i18n.getUILanguage = () => 'en';
});

describe('outcomeText (history page)', () => {
  it('keeps the vendor outcome words in English and says when a re-check found the person', () => {
    expect(outcomeText(job(done('created')))).toBe('created');
    expect(outcomeText(job(done('added', 'recheck')))).toBe('added (found on re-check)');
    expect(outcomeText(job({ kind: 'retrying', nextAttemptAt: 1, error: appError('network', 'x') }))).toBe('retrying');
  });

  it('words outcomes and states in French', () => {
    french();
    expect(outcomeText(job(done('updated')))).toBe('mis à jour');
    expect(outcomeText(job(done('skipped')))).toBe('non ajouté');
    expect(outcomeText(job(done('created', 'recheck')))).toBe('créé (trouvé lors de la vérification)');
    expect(outcomeText(job({ kind: 'pending', nextAttemptAt: 1 }))).toBe('en attente');
    expect(outcomeText(job({ kind: 'failed', at: 1, permanent: true, error: appError('network', 'x') }))).toBe('échoué');
  });

  it('leaves the CSV’s columns and outcome codes in English in a French browser (files from any browser merge)', () => {
    french();
    const [head, row] = jobsToCsv([job(done('created', 'recheck'))]).split('\r\n');
    expect(head).toBe('time,person,profile URL,vendor,target,outcome,record id,record link,error,missing sections');
    expect(row).toContain(',created (found on re-check),');
  });
});

describe('alreadyThere (a re-check found the person)', () => {
  const leonar = { label: 'Leonar', target: { noun: 'project', required: true } };
  const stardex = { label: 'Stardex', target: { noun: 'job', required: false } };

  it('names the target by its noun', () => {
    expect(alreadyThere(leonar, true, 'c-9')).toBe(
      'Already in Leonar in the chosen project (record c-9) after an attempt that got no clear answer: not sent again.',
    );
    expect(alreadyThere(stardex, false, 'p-1')).toBe('Already in Stardex (record p-1) after an attempt that got no clear answer: not sent again.');
  });

  it('agrees in French with each noun', () => {
    french();
    expect(alreadyThere(leonar, true, 'c-9')).toContain('dans le projet choisi');
    expect(alreadyThere(stardex, true, 'p-1')).toContain('sur le poste choisi');
  });
});

describe('jobLine (the in-page button and the badge)', () => {
  it('says a waiting save waits for the connection when the browser is offline, "Saving…" otherwise', () => {
    const waiting = job({ kind: 'pending', nextAttemptAt: 0 });
    expect(jobLine(waiting)).toBe('Saving to Stardex…');
    const offline = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    try {
      expect(jobLine(waiting)).toBe('Waiting for the connection: saved to Stardex when you are back online.');
    } finally {
      offline.mockRestore();
    }
  });
});

describe('the popup row and the list chip (same words as the button, one module)', () => {
  const error = { ...appError('vendor-rate-limited', 'slow down'), vendor: 'stardex' as const };
  it('says what a waiting job is doing: sending, checking before sending again, offline, queued', () => {
    expect(rowWaitingLine(job({ kind: 'running', since: 0, by: 'w' }))).toBe('Sending to Stardex…');
    expect(rowWaitingLine({ ...job({ kind: 'pending', nextAttemptAt: 0 }), mayHaveReached: true })).toBe('Checking with Stardex whether the last attempt went through…');
    expect(rowWaitingLine(job({ kind: 'pending', nextAttemptAt: 0 }))).toBe('Queued for Stardex…');
    const offline = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    try {
      expect(rowWaitingLine(job({ kind: 'pending', nextAttemptAt: 0 }))).toMatch(/^Waiting for the connection/);
    } finally {
      offline.mockRestore();
    }
    expect(rowWaitingLine(job(done('added')))).toBeNull();
  });
  it('says when a retrying job goes again and which attempt it is; why a failed one stopped', () => {
    const retrying = { ...job({ kind: 'retrying', nextAttemptAt: Date.UTC(2026, 11, 7, 9, 30), error }), attempts: [{ startedAt: 0, endedAt: 1, rechecked: 'not-needed' as const, outcome: 'error' as const, error }] };
    expect(rowRetryLine(retrying)).toMatch(/^Nothing is lost: retrying automatically at .+ \(attempt 2\)/);
    expect(rowStoppedLine(job({ kind: 'failed', at: 0, error, permanent: true }))).toMatch(/^Stopped: fix what is said above/);
    expect(rowStoppedLine(job({ kind: 'failed', at: 0, error, permanent: false }))).toMatch(/^Stopped after a day of retries/);
    expect(rowRetryLine(job(done('added')))).toBeNull();
  });
  it('gives a list chip one word and its sentence, in French too', () => {
    expect(chipText(job(done('skipped')))).toEqual({ word: 'already there', detail: '' });
    expect(chipText(job({ kind: 'pending', nextAttemptAt: 0 }))).toEqual({ word: 'waiting', detail: '' });
    const failed = chipText(job({ kind: 'failed', at: 0, error, permanent: true }));
    expect(failed.word).toBe('failed');
    expect(failed.detail.length).toBeGreaterThan(10);
    french();
    expect(chipText(job({ kind: 'retrying', nextAttemptAt: 0, error })).word).not.toBe('will retry');
    expect(rowWaitingLine(job({ kind: 'running', since: 0, by: 'w' }))).not.toMatch(/Sending/);
  });
});
