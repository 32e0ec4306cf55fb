import { describe, expect, it } from 'vitest';
import { appError } from '@/lib/errors';
import { describeError } from '@/lib/error-text';
import type { Job } from './job';
import { csvCell, csvFile, jobsToCsv } from './csv';
import { sampleJob } from '@/tests/unit/sample-job';

function job(over: Partial<Job>): Job {
  return sampleJob({
    target: { id: 'p-1', name: 'Backend, Lyon', stageId: null, stageName: null },
    state: { kind: 'done', at: 0, confirmedBy: 'response', result: { vendor: 'leonar', status: 'added', recordId: 'c-9', recordUrl: 'https://app.leonar.app/c/9', message: '' } },
    ...over,
  });
}

describe('history CSV', () => {
  it('has the columns asked for and one row per job, quoting commas', () => {
    const lines = jobsToCsv([job({})]).trimEnd().split('\r\n');
    expect(lines[0]).toBe('time,person,profile URL,vendor,target,outcome,record id,record link,error,missing sections');
    expect(lines[1]).toBe('2026-01-02T14:05:00.000Z,Camille Durand,https://www.linkedin.com/in/camille-durand-42/,Leonar,"Backend, Lyon",added,c-9,https://app.leonar.app/c/9,,');
  });

  it('lists the sections a partial save went without, as section ids', () => {
    const partial = job({});
    const row = jobsToCsv([{ ...partial, person: { ...partial.person, missing: ['experiences', 'skills'] } }]).split('\r\n')[1] ?? '';
    expect(row.endsWith(',experiences skills')).toBe(true);
  });

  it('says why a failed job failed, in the same words as the popup', () => {
    const error = appError('vendor-auth', '401', { vendor: 'stardex' });
    const failed = job({ vendor: 'stardex', state: { kind: 'failed', at: 0, permanent: true, error } });
    const row = jobsToCsv([failed]).split('\r\n')[1] ?? '';
    const text = describeError(error);
    expect(row).toContain(',Stardex,');
    expect(row.endsWith(`,failed,,,${csvCell(`${text.title} ${text.action}`)},`)).toBe(true);
  });

  it('defuses formulas and escapes quotes', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+33 6')).toBe("'+33 6");
    expect(csvCell('plain')).toBe('plain');
  });

  it('exports a file Excel reads as UTF-8: a byte-order mark, then the CSV', () => {
    const file = csvFile([job({})]);
    expect(file.charCodeAt(0)).toBe(0xfeff);
    expect(file.slice(1)).toBe(jobsToCsv([job({})]));
  });
});
