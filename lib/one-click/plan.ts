// What a one-click save sends: the tools ticked last time in the popup, each with its remembered target, and each
// tool's own default options (from its settings, as in the popup). Pure: tested alone.
import type { AnyVendor } from '@/lib/vendors';
import type { Job } from '@/lib/outbox/job';
import type { SaveInput, VendorStatus } from '@/lib/protocol';
import type { SaveDefaults } from '@/lib/storage';
import { TARGETS_SHOWN_MAX_MS } from '@/lib/target-cache';
import type { SaveRequest, TargetDetail, VendorId } from '@/lib/vendors/vendor';

export type PlanProblem =
  /** No tool has a key: nothing to save to. */
  | { kind: 'no-tool' }
  /** Several tools are set up and none was ever ticked: the popup must be used once. */
  | { kind: 'no-choice' }
  /** A ticked tool needs a target (a project) and none is remembered. */
  | { kind: 'no-target'; vendor: VendorId };

export type SavePlan = { ok: true; requests: SaveRequest[] } | { ok: false; problem: PlanProblem };

export function planSave(defaults: SaveDefaults, statuses: readonly VendorStatus[], vendors: readonly AnyVendor[]): SavePlan {
  const configured = vendors.filter((v) => statuses.some((s) => s.vendor === v.id && s.configured));
  if (configured.length === 0) return { ok: false, problem: { kind: 'no-tool' } };
  let chosen = configured.filter((v) => defaults.vendors.includes(v.id));
  // The popup ticks the only tool there is by itself: one click does the same.
  if (chosen.length === 0 && configured.length === 1) chosen = configured;
  if (chosen.length === 0) return { ok: false, problem: { kind: 'no-choice' } };
  const requests: SaveRequest[] = [];
  for (const vendor of chosen) {
    const remembered = defaults.targets[vendor.id];
    const targetId = remembered?.targetId ?? null;
    if (vendor.target?.required && !targetId) return { ok: false, problem: { kind: 'no-target', vendor: vendor.id } };
    const status = statuses.find((s) => s.vendor === vendor.id);
    requests.push({
      vendor: vendor.id,
      targetId,
      // A stage only means something inside its target.
      stageId: targetId ? (remembered?.stageId ?? null) : null,
      note: null,
      contacts: { emails: [], phones: [] },
      atsUrls: [],
      options: vendor.defaultOptions(status?.publicSettings ?? {}) as Record<string, unknown>,
    });
  }
  return { ok: true, requests };
}

/**
 * Names of the remembered targets for history and the button ("Saved to <tool> · <target>"), taken from the
 * latest save to the same target: the popup saved to it when it remembered it, so no vendor call is needed.
 */
export function labelsFromHistory(requests: readonly SaveRequest[], history: readonly Job[]): NonNullable<SaveInput['labels']> {
  const labels: NonNullable<SaveInput['labels']> = {};
  for (const r of requests) {
    const same = [...history]
      .sort((a, b) => b.createdAt - a.createdAt)
      .find((j) => j.vendor === r.vendor && r.targetId !== null && j.target.id === r.targetId && j.target.name !== null);
    labels[r.vendor] = {
      target: same?.target.name ?? null,
      stage: same && r.stageId && same.target.stageId === r.stageId ? same.target.stageName : null,
    };
  }
  return labels;
}

/**
 * The remembered targets the history has no name for: their details are asked of the vendor, through the background's
 * copy (lib/target-cache.ts), which answers one up to TARGET_NAME_MAX_AGE_MS old without asking the vendor.
 */
export function unnamedTargets(requests: readonly SaveRequest[], labels: NonNullable<SaveInput['labels']>): { vendor: VendorId; targetId: string }[] {
  return requests.flatMap((r) => (r.targetId && labels[r.vendor]?.target === null ? [{ vendor: r.vendor, targetId: r.targetId }] : []));
}

/**
 * A name is only a label (history, the button): a copy as old as the one the popup shows while it asks again will do,
 * and a one-click save then asks the vendor nothing.
 */
export const TARGET_NAME_MAX_AGE_MS = TARGETS_SHOWN_MAX_MS;

/**
 * The labels with what the vendors answered for the unnamed targets (`details`, per vendor): the target's name and
 * its remembered stage's. A target nobody could name keeps none: the history shows the tool alone.
 */
export function withTargetDetails(
  requests: readonly SaveRequest[],
  labels: NonNullable<SaveInput['labels']>,
  details: Partial<Record<VendorId, TargetDetail>>,
): NonNullable<SaveInput['labels']> {
  const named = { ...labels };
  for (const r of requests) {
    const detail = details[r.vendor];
    if (!detail || !r.targetId || named[r.vendor]?.target !== null) continue;
    named[r.vendor] = { target: detail.name, stage: detail.stages.find((st) => st.id === r.stageId)?.name ?? null };
  }
  return named;
}
