// Vendor calls, in the background only: settings (with keys) are read here and nowhere else.
import { appError, toAppError, type AppError } from '@/lib/errors';
import { isAppError } from '@/lib/http';
import type { Result, SaveInput, SaveOutcome, VendorStatus } from '@/lib/protocol';
import { clearVendorSettings, keyHint, readVendorSettings, writeVendorSettings } from '@/lib/secrets';
import { checkResults } from '@/lib/storage';
import { findVendor } from '@/lib/vendors';
import {
  publicSettings,
  VENDOR_IDS,
  type CheckResult,
  type Vendor,
  type VendorContext,
  type VendorId,
  type VendorSettings,
} from '@/lib/vendors/vendor';

function asAppError(err: unknown): AppError {
  return isAppError(err) ? toAppError(err) : toAppError(err, 'internal');
}

export async function withVendor<T>(
  id: VendorId,
  run: (vendor: Vendor<unknown>, ctx: VendorContext) => Promise<T>,
): Promise<Result<T>> {
  const vendor = findVendor(id);
  if (!vendor) return { ok: false, error: appError('internal', `Unknown vendor ${id}`) };
  const settings = await readVendorSettings(id);
  if (!settings) return { ok: false, error: appError('not-configured', `${vendor.label} has no key`, { vendor: id }) };
  try {
    const ctx: VendorContext = { http: vendor.createHttp(settings), settings, now: () => new Date() };
    return { ok: true, value: await run(vendor, ctx) };
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

/**
 * One save, several vendors: each vendor gets its own result and one failing never blocks the others. Vendors run
 * in registry order so that a record URL known from one (Leonar, Stardex) reaches the next ones (Collective's atsUrl).
 */
export async function saveToVendors(input: SaveInput): Promise<SaveOutcome[]> {
  const outcomes: SaveOutcome[] = [];
  const recordUrls: { vendor: VendorId; url: string }[] = [];
  const ordered = [...input.requests].sort((a, b) => VENDOR_IDS.indexOf(a.vendor) - VENDOR_IDS.indexOf(b.vendor));
  for (const request of ordered) {
    const result = await withVendor(request.vendor, async (vendor, ctx) => {
      const options = vendor.optionsSchema.safeParse(request.options);
      if (!options.success) throw appError('invalid-settings', `Options for ${vendor.label}: ${options.error.message}`);
      const atsUrls = [...request.atsUrls, ...recordUrls.filter((u) => u.vendor !== request.vendor)];
      return vendor.save(ctx, input.profile, { ...request, atsUrls }, options.data);
    });
    if (result.ok) {
      outcomes.push({ ok: true, vendor: request.vendor, result: result.value });
      if (result.value.recordUrl) recordUrls.push({ vendor: request.vendor, url: result.value.recordUrl });
    } else {
      outcomes.push({ ok: false, vendor: request.vendor, error: result.error });
    }
  }
  return outcomes;
}
