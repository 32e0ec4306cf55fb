// Vendor calls, in the background only: settings (with keys) are read here and nowhere else.
import { appError, refusesSettings, toAppError, type AppError } from '@/lib/errors';
import { isAppError } from '@/lib/http';
import type { VendorAccess } from '@/lib/outbox/processor';
import type { Result, VendorStatus } from '@/lib/protocol';
import { clearVendorSettings, keyHint, readVendorSettings, writeVendorSettings } from '@/lib/secrets';
import { inTurn } from '@/lib/in-turn';
import { checkResults } from '@/lib/storage';
import { accountOf, createTargetCache, TARGETS_FRESH_MS, TARGETS_SHOWN_MAX_MS } from '@/lib/target-cache';
import { findVendor, type AnyVendor } from '@/lib/vendors';
import {
  publicSettings,
  VENDOR_IDS,
  type CheckResult,
  type Target,
  type TargetDetail,
  type VendorContext,
  type VendorId,
  type VendorSettings,
} from '@/lib/vendors/vendor';

function asAppError(err: unknown): AppError {
  return isAppError(err) ? toAppError(err) : toAppError(err, 'internal');
}

/** The vendor with a context holding its settings (the key included), or why it cannot be used. */
export async function openVendor(id: VendorId): Promise<VendorAccess | AppError> {
  const vendor = findVendor(id);
  if (!vendor) return appError('internal', `Unknown vendor ${id}`);
  const settings = await readVendorSettings(id);
  if (!settings) return appError('not-configured', `${vendor.label} has no key`, { vendor: id });
  const ctx: VendorContext = { http: vendor.createHttp(settings), settings, now: () => new Date() };
  return { vendor, ctx };
}

export async function withVendor<T>(
  id: VendorId,
  run: (vendor: AnyVendor, ctx: VendorContext) => Promise<T>,
): Promise<Result<T>> {
  const access = await openVendor(id);
  if (isAppError(access)) return { ok: false, error: access };
  try {
    return { ok: true, value: await run(access.vendor, access.ctx) };
  } catch (err) {
    return { ok: false, error: { ...asAppError(err), vendor: id } };
  }
}

export async function vendorStatus(id: VendorId): Promise<VendorStatus> {
  const vendor = findVendor(id);
  const settings = await readVendorSettings(id);
  const key = vendor?.settingFields.find((f) => f.secret)?.name;
  return {
    vendor: id,
    configured: Boolean(vendor && settings),
    keyHint: key ? keyHint(settings?.[key]) : null,
    publicSettings: vendor && settings ? publicSettings(vendor, settings) : {},
    lastCheck: (await checkResults.getValue())[id] ?? null,
  };
}

export async function allVendorStatus(): Promise<VendorStatus[]> {
  return Promise.all(VENDOR_IDS.filter((id) => findVendor(id)).map(vendorStatus));
}

/** Every vendor's last check is one stored item: its changes go one at a time. */
const checksTurn = inTurn();

function checkResultOf(outcome: Result<unknown>): CheckResult {
  return outcome.ok
    ? { ok: true, checkedAt: Date.now(), message: 'Connected' }
    : { ok: false, checkedAt: Date.now(), message: outcome.error.message, error: outcome.error };
}

async function recordCheck(id: VendorId, result: CheckResult): Promise<void> {
  await checksTurn(async () => checkResults.setValue({ ...(await checkResults.getValue()), [id]: result }));
}

export async function checkVendor(id: VendorId): Promise<CheckResult> {
  const result = checkResultOf(await withVendor(id, (vendor, ctx) => vendor.check(ctx)));
  await recordCheck(id, result);
  return result;
}

/** The vendor's check of settings not stored yet (what the user just typed). */
async function checkTyped(vendor: AnyVendor, settings: VendorSettings): Promise<Result<undefined>> {
  try {
    await vendor.check({ http: vendor.createHttp(settings), settings, now: () => new Date() });
    return { ok: true, value: undefined };
  } catch (err) {
    return { ok: false, error: { ...asAppError(err), vendor: vendor.id } };
  }
}

/** Stores what the user typed (empty secret fields keep the stored secret), then checks it against the vendor. */
export async function setVendorSettings(id: VendorId, typed: VendorSettings): Promise<Result<VendorStatus>> {
  const vendor = findVendor(id);
  if (!vendor) return { ok: false, error: appError('internal', `Unknown vendor ${id}`) };
  const stored = (await readVendorSettings(id)) ?? {};
  const merged: VendorSettings = {};
  for (const field of vendor.settingFields) {
    const value = (typed[field.name] ?? '').trim();
    const kept = field.secret && value === '' ? stored[field.name] : value;
    if (kept) merged[field.name] = kept;
  }
  const problem = vendor.validateSettings(merged);
  if (problem) return { ok: false, error: appError('invalid-settings', problem, { vendor: id }) };
  // New settings replacing ones whose last check passed are checked first: a key the vendor refuses never replaces
  // one that works. Stored settings that failed their check are replaced at once (nothing that works is lost).
  const working = Object.keys(stored).length > 0 && (await checkResults.getValue())[id]?.ok === true;
  const trial = working && JSON.stringify(stored) !== JSON.stringify(merged) ? await checkTyped(vendor, merged) : null;
  if (trial && !trial.ok && refusesSettings(trial.error)) return { ok: false, error: trial.error };
  await writeVendorSettings(id, merged);
  if (trial) await recordCheck(id, checkResultOf(trial));
  else await checkVendor(id);
  return { ok: true, value: await vendorStatus(id) };
}

export async function forgetVendor(id: VendorId): Promise<VendorStatus> {
  await clearVendorSettings(id);
  await checksTurn(async () => {
    const checks = { ...(await checkResults.getValue()) };
    delete checks[id];
    await checkResults.setValue(checks);
  });
  return vendorStatus(id);
}

const targetCache = createTargetCache();

/**
 * The vendor's targets for a search (`query`); with no search, its answer of the last minute is reused (lib/target-cache.ts)
 * and a new answer is kept.
 */
export function listTargets(id: VendorId, query: string): Promise<Result<Target[]>> {
  return withVendor(id, async (vendor, ctx) => {
    if (!vendor.listTargets) throw appError('internal', `${vendor.label} has no targets`);
    if (query !== '') return vendor.listTargets(ctx, query);
    const account = await accountOf(ctx.settings);
    const kept = await targetCache.list(id, account, TARGETS_FRESH_MS);
    if (kept) return kept;
    const list = await vendor.listTargets(ctx, '');
    await targetCache.putList(id, account, list);
    return list;
  });
}

/**
 * One target with its stages; the vendor's answer of the last minute is reused (of the last `maxAgeMs`, for a caller
 * that only needs a label), a new one is kept.
 */
export function getTarget(id: VendorId, targetId: string, maxAgeMs: number = TARGETS_FRESH_MS): Promise<Result<TargetDetail>> {
  return withVendor(id, async (vendor, ctx) => {
    if (!vendor.getTarget) throw appError('internal', `${vendor.label} has no targets`);
    const account = await accountOf(ctx.settings);
    const kept = await targetCache.detail(id, account, targetId, maxAgeMs);
    if (kept) return kept;
    const detail = await vendor.getTarget(ctx, targetId);
    await targetCache.putDetail(id, account, targetId, detail);
    return detail;
  });
}

/**
 * What the background already holds of the vendor's list and of one target (up to an hour old), asking the vendor
 * nothing: the popup shows it while it still reads the person, before any vendor may be asked.
 */
export function cachedTargets(id: VendorId, targetId: string | null): Promise<Result<{ list: Target[] | null; detail: TargetDetail | null }>> {
  return withVendor(id, async (_vendor, ctx) => {
    const account = await accountOf(ctx.settings);
    return {
      list: await targetCache.list(id, account, TARGETS_SHOWN_MAX_MS),
      detail: targetId === null ? null : await targetCache.detail(id, account, targetId, TARGETS_SHOWN_MAX_MS),
    };
  });
}
