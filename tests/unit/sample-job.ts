// One job for tests (history lines, CSV, store bounds, the button's last news): a save of Camille Durand to Leonar,
// done, that each test changes where it matters.
import type { Job } from '@/lib/outbox/job';

export function sampleJob(over: Partial<Job> = {}): Job {
  return {
    id: 'j1',
    batchId: 'b1',
    origin: 'popup',
    createdAt: Date.UTC(2026, 0, 2, 14, 5),
    updatedAt: 0,
    vendor: 'leonar',
    person: { fullName: 'Camille Durand', profileUrl: 'https://www.linkedin.com/in/camille-durand-42/', missing: [], short: [] },
    target: { id: null, name: null, stageId: null, stageName: null },
    state: { kind: 'done', at: 0, confirmedBy: 'response', result: { vendor: 'leonar', status: 'added', recordId: null, recordUrl: null, message: 'ok' } },
    mayHaveReached: false,
    payloadId: 'p',
    payloadStored: true,
    attempts: [],
    ...over,
  };
}
