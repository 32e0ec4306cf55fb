// Vendor calls, in the background only: settings (with keys) are read here and nowhere else.
import { appError, toAppError, type AppError } from '@/lib/errors';
import { isAppError } from '@/lib/http';
import type { VendorAccess } from '@/lib/outbox/processor';
import type { Result, VendorStatus } from '@/lib/protocol';
import { clearVendorSettings, keyHint, readVendorSettings, writeVendorSettings } from '@/lib/secrets';
import { checkResults } from '@/lib/storage';
import { findVendor, type AnyVendor } from '@/lib/vendors';
import {
  publicSettings,
  VENDOR_IDS,
  type CheckResult,
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

export async function checkVendor(id: VendorId): Promise<CheckResult> {
  const outcome = await withVendor(id, (vendor, ctx) => vendor.check(ctx));
  const result: CheckResult = outcome.ok
    ? { ok: true, checkedAt: Date.now(), message: 'Connected' }
    : { ok: false, checkedAt: Date.now(), message: outcome.error.message, error: outcome.error };
  await checkResults.setValue({ ...(await checkResults.getValue()), [id]: result });
  return result;
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
  await writeVendorSettings(id, merged);
  await checkVendor(id);
  return { ok: true, value: await vendorStatus(id) };
}

export async function forgetVendor(id: VendorId): Promise<VendorStatus> {
  await clearVendorSettings(id);
  const checks = { ...(await checkResults.getValue()) };
  delete checks[id];
  await checkResults.setValue(checks);
  return vendorStatus(id);
}
