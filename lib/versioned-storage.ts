// Stored data outlives the code that wrote it. Every storage item that holds the user's data or work (settings, saves,
// history, remembered targets) declares its version and the migrations that bring
// an older value up to it (WXT's defineItem `version` + `migrations`, which keeps the version in the item's metadata),
// and what is read back is parsed with zod after migration. Migrations here are total: given a value they do not
// recognise they hand it back unchanged, and zod says what is wrong with it.
import { storage, type StorageItemKey } from 'wxt/utils/storage';
import { z } from 'zod';

/** `migrations[n]` turns a value of version n - 1 into version n. Never throws on a shape it does not know. */
export type Migrations = Readonly<Record<number, (old: unknown) => unknown>>;

export interface Versioned<T> {
  /** The version this code writes. */
  version: number;
  migrations: Migrations;
  schema: z.ZodType<T>;
}

/** Why a stored value could not be used, as data (pages word it; the detail is for the exported file and support). */
export const readProblemSchema = z.discriminatedUnion('kind', [
  /** Written by a newer version of the extension than this one (a rollback): this code cannot know its shape. */
  z.object({ kind: z.literal('newer-version'), version: z.number().int(), detail: z.string() }),
  /** A migration threw (a bug, or a value too damaged to migrate). */
  z.object({ kind: z.literal('migration-failed'), toVersion: z.number().int(), detail: z.string() }),
  /** Migrated, but not the shape this version expects. */
  z.object({ kind: z.literal('invalid'), detail: z.string() }),
]);
export type ReadProblem = z.infer<typeof readProblemSchema>;

export type Upgraded<T> = { ok: true; value: T } | { ok: false; problem: ReadProblem };

/** The version a stored value was written in: WXT keeps it in the item's metadata; none means 1. */
export function storedVersion(meta: unknown): number {
  const parsed = z.object({ v: z.number().int().min(1) }).safeParse(meta);
  return parsed.success ? parsed.data.v : 1;
}

/** Brings `raw`, written in version `from`, up to `spec.version` and parses it. Never throws. */
export function upgrade<T>(spec: Versioned<T>, raw: unknown, from: number): Upgraded<T> {
  let value = raw;
  for (let v = from + 1; v <= spec.version; v++) {
    const migrate = spec.migrations[v];
    if (!migrate) continue;
    try {
      value = migrate(value);
    } catch (err) {
      return { ok: false, problem: { kind: 'migration-failed', toVersion: v, detail: err instanceof Error ? err.message : String(err) } };
    }
  }
  const parsed = spec.schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const detail = z.prettifyError(parsed.error);
  // A newer version's value that still parses is used (see the callers); one that does not is not ours to judge.
  if (from > spec.version) return { ok: false, problem: { kind: 'newer-version', version: from, detail } };
  return { ok: false, problem: { kind: 'invalid', detail } };
}

/**
 * WXT's options for an item of this spec. WXT runs the migrations once, when the item is defined, and records the new
 * version; a migration that throws leaves the value and its version as they were (then `upgrade` meets it on read).
 */
export function wxtVersioning<T>(spec: Versioned<T>): { version: number; migrations: Record<number, (old: unknown) => unknown> } {
  return { version: spec.version, migrations: { ...spec.migrations } };
}

/**
 * A versioned item for a preference or a cache: read through migrations and zod; a value that still does not parse
 * reads as the fallback (with a warning that names the key, never the value) and stays stored as it is until the next
 * write. Jobs are not this kind of data: the outbox sets what it cannot read aside (lib/outbox/quarantine.ts).
 */
export function defineVersionedItem<T>(key: StorageItemKey, spec: Versioned<T> & { fallback: T }) {
  const item = storage.defineItem<T>(key, { fallback: spec.fallback, ...wxtVersioning(spec) });
  const parsedItem: typeof item = {
    ...item,
    async getValue() {
      // item.getValue waits for WXT's migrations to have run.
      const value: unknown = await item.getValue();
      const meta: unknown = await item.getMeta();
      if (value === null || value === undefined) return spec.fallback;
      const read = upgrade(spec, value, storedVersion(meta));
      if (read.ok) return read.value;
      console.warn(`[storage] ${key} could not be read (${read.problem.kind}); using its default`);
      return spec.fallback;
    },
    watch(cb) {
      return item.watch((next, previous) => {
        const parse = (v: unknown) => {
          const p = spec.schema.safeParse(v);
          return p.success ? p.data : spec.fallback;
        };
        cb(parse(next), parse(previous));
      });
    },
  };
  return parsedItem;
}
