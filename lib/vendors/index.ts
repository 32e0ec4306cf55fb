// The vendor registry: a new vendor is a folder in lib/vendors/ (docs/ARCHITECTURE.md, "Adding a vendor") and one
// line in the list below. Everything else that depends on which vendors exist is derived from it (deriveRegistry):
// ids and their schema, labels, host permissions, the save message's limit, the run order of a save's jobs, the error
// sentences. A test registers a throwaway fourth vendor and checks every derived table picks it up.
import { z } from 'zod';
import type { AppError, ErrorText } from '@/lib/errors';
import { collective } from './collective';
import { leonar } from './leonar';
import { stardex } from './stardex';
import type { Vendor, VendorMeta } from './vendor';

const REGISTRY = checkRegistry([leonar, stardex, collective] as const);

export type VendorId = (typeof REGISTRY)[number]['id'];
/** A registered vendor, its options unknown: what code that handles any vendor sees. */
export type AnyVendor = Vendor<unknown, VendorId>;

/** The tables derived from a list of vendors (the registry's, or a test's). */
export function deriveRegistry<Id extends string>(vendors: readonly Vendor<unknown, Id>[]) {
  const ids = vendors.map((v) => v.id) as [Id, ...Id[]];
  const find = (id: string) => vendors.find((v) => v.id === id);
  return {
    vendors,
    ids,
    idSchema: z.enum(ids),
    labels: Object.fromEntries(vendors.map((v) => [v.id, v.label])) as Readonly<Record<Id, string>>,
    /** Every vendor's API hosts (the manifest's host_permissions besides LinkedIn). */
    hostPermissions: vendors.flatMap((v) => v.hosts),
    /** One save request per vendor at most: the save message's limit. */
    maxRequestsPerSave: vendors.length,
    find,
    /** The vendor's own sentence for its error code, when it has one. */
    errorText(error: AppError): ErrorText | null {
      if (!error.vendor || !error.vendorCode) return null;
      const text = find(error.vendor)?.errorTexts[error.vendorCode];
      return text ? text(error) : null;
    },
    /** A save's vendors in the order their jobs may start (see runOrder). */
    runOrder: <T extends Id>(inSave: readonly T[]) => runOrder(inSave, vendors),
  };
}

const DERIVED = deriveRegistry<VendorId>(REGISTRY);

export const VENDORS: readonly AnyVendor[] = DERIVED.vendors;
export const VENDOR_IDS = DERIVED.ids;
export const vendorIdSchema = DERIVED.idSchema;
export const VENDOR_LABELS = DERIVED.labels;
export const VENDOR_HOST_PERMISSIONS: readonly string[] = DERIVED.hostPermissions;
export const MAX_REQUESTS_PER_SAVE = DERIVED.maxRequestsPerSave;

export function findVendor(id: string): AnyVendor | undefined {
  return DERIVED.find(id);
}

/** The vendor's name, or null for an id no vendor has (an error from another version, a stored job of a removed vendor). */
export function vendorLabel(id: string | undefined): string | null {
  return (id !== undefined && findVendor(id)?.label) || null;
}

/** The vendors whose record links `vendor`'s save carries, among those of the same save. */
export function linksNeeded(vendor: VendorMeta, inSave: readonly string[]): string[] {
  const wanted = vendor.recordLinksFrom === 'others' ? inSave : vendor.recordLinksFrom;
  return inSave.filter((id) => id !== vendor.id && wanted.includes(id));
}

/**
 * A save's vendors in the order their jobs may start: each after the vendors whose record links it carries; the
 * others keep the order given (and may run side by side). Cycles are refused when the registry is built.
 */
export function runOrder<T extends string>(ids: readonly T[], metas: readonly VendorMeta[] = VENDORS): T[] {
  const byId = new Map(metas.map((m) => [m.id, m]));
  const placed: T[] = [];
  const visit = (id: T, path: readonly string[]) => {
    if (placed.includes(id) || path.includes(id)) return;
    const meta = byId.get(id);
    for (const dep of meta ? linksNeeded(meta, ids) : []) visit(dep as T, [...path, id]);
    if (!placed.includes(id)) placed.push(id);
  };
  for (const id of ids) visit(id, []);
  return placed;
}

/**
 * Refuses a registry that cannot work: duplicate ids, a vendor linking to an unknown vendor or to itself, a cycle of
 * links (vendors each waiting for the next), hosts that are not https patterns.
 */
export function checkRegistry<const T extends readonly VendorMeta[]>(vendors: T): T {
  const ids = vendors.map((v) => v.id);
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate) throw new Error(`vendor registry: "${duplicate}" is registered twice`);
  for (const v of vendors) {
    if (!/^[a-z][a-z0-9-]*$/.test(v.id)) throw new Error(`vendor registry: "${v.id}" is not a lowercase id`);
    for (const host of v.hosts) {
      if (!/^https:\/\/[a-z0-9.-]+\/\*$/.test(host)) throw new Error(`vendor registry: ${v.id} host "${host}" is not https://<host>/*`);
    }
    if (v.recordLinksFrom !== 'others') {
      for (const dep of v.recordLinksFrom) {
        if (dep === v.id || !ids.includes(dep)) throw new Error(`vendor registry: ${v.id} links to "${dep}", which is no other registered vendor`);
      }
    }
  }
  // Every vendor's save waits for the saves it links to: a cycle of links would wait forever.
  const deps = (v: VendorMeta) => (v.recordLinksFrom === 'others' ? ids.filter((id) => id !== v.id) : v.recordLinksFrom);
  const byId = new Map(vendors.map((v) => [v.id, v]));
  const walk = (id: string, path: readonly string[]): void => {
    if (path.includes(id)) throw new Error(`vendor registry: ${[...path.slice(path.indexOf(id)), id].join(' → ')} would each wait for the next`);
    const v = byId.get(id);
    for (const dep of v ? deps(v) : []) walk(dep, [...path, id]);
  };
  for (const id of ids) walk(id, []);
  return vendors;
}
