import { describe, expect, it } from 'vitest';
import type { Job } from '@/lib/outbox/job';
import { sampleJob } from '@/tests/unit/sample-job';
import type { VendorStatus } from '@/lib/protocol';
import { VENDORS } from '@/lib/vendors';
import { labelsFromHistory, planSave, unnamedTargets, withTargetDetails } from '@/lib/one-click/plan';
import type { SaveRequest, TargetDetail } from '@/lib/vendors/vendor';

function status(vendor: VendorStatus['vendor'], configured: boolean, publicSettings: Record<string, string> = {}): VendorStatus {
  return { vendor, configured, keyHint: configured ? '…abcd' : null, publicSettings, lastCheck: null };
}

const ALL = [status('leonar', true), status('stardex', true, { enrichByDefault: 'on' }), status('collective', true)];

describe('planSave', () => {
  it('sends to every tool ticked last time, each with its remembered target and stage', () => {
    const plan = planSave(
      {
        vendors: ['leonar', 'stardex', 'collective'],
        targets: { leonar: { targetId: 'p1', stageId: 's1' }, stardex: { targetId: 'j1', stageId: 'st2' }, collective: { targetId: null, stageId: null } },
      },
      ALL,
      VENDORS,
    );
    if (!plan.ok) throw new Error(JSON.stringify(plan.problem));
    expect(plan.requests.map((r) => [r.vendor, r.targetId, r.stageId])).toEqual([
      ['leonar', 'p1', 's1'],
      ['stardex', 'j1', 'st2'],
      ['collective', null, null],
    ]);
    expect(plan.requests.every((r) => r.note === null && r.contacts.emails.length === 0 && r.atsUrls.length === 0)).toBe(true);
  });

  it('takes each tool’s default options from its settings, as the popup does (Stardex enrich on)', () => {
    const plan = planSave({ vendors: ['stardex'], targets: {} }, ALL, VENDORS);
    expect(plan.ok && plan.requests[0]?.options).toEqual({ enrichRecord: true });
    const off = planSave({ vendors: ['stardex'], targets: {} }, [status('stardex', true, { enrichByDefault: 'off' })], VENDORS);
    expect(off.ok && off.requests[0]?.options).toEqual({ enrichRecord: false });
  });

  it('leaves out a tool that was unticked, and one whose key was removed since', () => {
    const unticked = planSave({ vendors: ['stardex'], targets: { leonar: { targetId: 'p1', stageId: null } } }, ALL, VENDORS);
    expect(unticked.ok && unticked.requests.map((r) => r.vendor)).toEqual(['stardex']);
    const gone = planSave({ vendors: ['leonar', 'stardex'], targets: { leonar: { targetId: 'p1', stageId: null } } }, [status('leonar', false), status('stardex', true)], VENDORS);
    expect(gone.ok && gone.requests.map((r) => r.vendor)).toEqual(['stardex']);
  });

  it('refuses clearly when Leonar has no remembered project, instead of sending without one', () => {
    expect(planSave({ vendors: ['leonar', 'stardex'], targets: {} }, ALL, VENDORS)).toEqual({ ok: false, problem: { kind: 'no-target', vendor: 'leonar' } });
  });

  it('uses the only tool set up when the popup was never used, and asks for a choice when there are several', () => {
    const only = planSave({ vendors: [], targets: {} }, [status('collective', true), status('leonar', false)], VENDORS);
    expect(only.ok && only.requests.map((r) => r.vendor)).toEqual(['collective']);
    expect(planSave({ vendors: [], targets: {} }, ALL, VENDORS)).toEqual({ ok: false, problem: { kind: 'no-choice' } });
    expect(planSave({ vendors: ['leonar'], targets: {} }, [status('leonar', false)], VENDORS)).toEqual({ ok: false, problem: { kind: 'no-tool' } });
  });

  it('drops a stage remembered without its target', () => {
    const plan = planSave({ vendors: ['stardex'], targets: { stardex: { targetId: null, stageId: 'orphan' } } }, ALL, VENDORS);
    expect(plan.ok && plan.requests[0]?.stageId).toBeNull();
  });
});

describe('labelsFromHistory', () => {
  const job = (over: Partial<Job> & Pick<Job, 'vendor' | 'createdAt' | 'target'>): Job =>
    sampleJob({
      id: `j${over.createdAt}`,
      batchId: 'b',
      updatedAt: over.createdAt,
      person: { fullName: 'Someone', profileUrl: 'https://www.linkedin.com/in/someone/', missing: [], short: [] },
      state: { kind: 'pending', nextAttemptAt: 0 },
      ...over,
    });

  it('names the target and stage from the latest save to the same target, and nothing when none is known', () => {
    const history = [
      job({ vendor: 'leonar', createdAt: 1, target: { id: 'p1', name: 'Old name', stageId: 's1', stageName: 'Sourced' } }),
      job({ vendor: 'leonar', createdAt: 2, target: { id: 'p1', name: 'Backend Engineers', stageId: 's1', stageName: 'Sourced' } }),
      job({ vendor: 'stardex', createdAt: 3, target: { id: 'other', name: 'Other job', stageId: null, stageName: null } }),
    ];
    const base = { note: null, contacts: { emails: [], phones: [] }, atsUrls: [], options: {} };
    const labels = labelsFromHistory(
      [
        { vendor: 'leonar', targetId: 'p1', stageId: 's1', ...base },
        { vendor: 'stardex', targetId: 'j9', stageId: null, ...base },
      ],
      history,
    );
    expect(labels).toEqual({ leonar: { target: 'Backend Engineers', stage: 'Sourced' }, stardex: { target: null, stage: null } });
  });
});

describe('target names the history does not have', () => {
  const base = { note: null, contacts: { emails: [], phones: [] }, atsUrls: [], options: {} };
  const leonar: SaveRequest = { vendor: 'leonar', targetId: 'p1', stageId: 's2', ...base };
  const stardex: SaveRequest = { vendor: 'stardex', targetId: 'j1', stageId: null, ...base };
  const collective: SaveRequest = { vendor: 'collective', targetId: null, stageId: null, ...base };
  const BACKEND: TargetDetail = {
    id: 'p1',
    name: 'Backend Engineers',
    stages: [
      { id: 's1', name: 'Sourced' },
      { id: 's2', name: 'Contacted' },
    ],
    landingStage: { id: 's1', name: 'Sourced' },
  };
  const unnamed = { target: null, stage: null };

  it('asks only for the remembered targets the history could not name', () => {
    const labels = { leonar: unnamed, stardex: { target: 'Data job', stage: null }, collective: unnamed };
    expect(unnamedTargets([leonar, stardex, collective], labels)).toEqual([{ vendor: 'leonar', targetId: 'p1' }]);
    expect(unnamedTargets([leonar, stardex], { leonar: { target: 'Backend Engineers', stage: 'Contacted' }, stardex: { target: 'Data job', stage: null } })).toEqual([]);
  });

  it('shows the name the vendor gave, with the remembered stage’s name among the target’s stages', () => {
    expect(withTargetDetails([leonar], { leonar: unnamed }, { leonar: BACKEND })).toEqual({ leonar: { target: 'Backend Engineers', stage: 'Contacted' } });
    // No stage remembered, or one the target no longer has: the target's name alone.
    expect(withTargetDetails([{ ...leonar, stageId: null }], { leonar: unnamed }, { leonar: BACKEND })).toEqual({ leonar: { target: 'Backend Engineers', stage: null } });
    expect(withTargetDetails([{ ...leonar, stageId: 'gone' }], { leonar: unnamed }, { leonar: BACKEND })).toEqual({ leonar: { target: 'Backend Engineers', stage: null } });
  });

  it('shows no name when the vendor could not say, and keeps the names the history gave', () => {
    const fromHistory = { target: 'Data job', stage: null };
    expect(withTargetDetails([leonar, stardex], { leonar: unnamed, stardex: fromHistory }, {})).toEqual({ leonar: unnamed, stardex: fromHistory });
    // A detail never overrides the history's name.
    expect(withTargetDetails([stardex], { stardex: fromHistory }, { stardex: { ...BACKEND, id: 'j1', name: 'Renamed' } })).toEqual({ stardex: fromHistory });
  });
});
