// LinkedIn's "normalized" JSON (accept: application/vnd.linkedin.normalized+json+2.1): a `data` envelope whose
// references (`*key: urn`) point into a flat `included[]`. This module checks the envelope loosely and resolves
// references; it knows nothing about profiles.
import { z } from 'zod';

const entitySchema = z.looseObject({
  $type: z.string().optional(),
  entityUrn: z.string().optional(),
});
export type Entity = z.infer<typeof entitySchema>;

export const normalizedResponseSchema = z.object({
  data: z.looseObject({}),
  included: z.array(z.unknown()).optional(),
});

export type NormalizedParse = { ok: true; doc: NormalizedDocument } | { ok: false; message: string };

export interface Collection {
  items: Entity[];
  /** paging.total when LinkedIn gave one. */
  total: number | null;
}

const pagingSchema = z.looseObject({ total: z.number().int().min(0).optional() });

export class NormalizedDocument {
  readonly data: Record<string, unknown>;
  private readonly byUrn = new Map<string, Entity>();
  readonly included: Entity[] = [];

  constructor(data: Record<string, unknown>, included: readonly unknown[]) {
    this.data = data;
    for (const raw of included) {
      // Unknown or odd entries are skipped, not fatal: LinkedIn adds types all the time.
      const parsed = entitySchema.safeParse(raw);
      if (!parsed.success) continue;
      this.included.push(parsed.data);
      if (parsed.data.entityUrn) this.byUrn.set(parsed.data.entityUrn, parsed.data);
    }
  }

  get(urn: unknown): Entity | undefined {
    return typeof urn === 'string' ? this.byUrn.get(urn) : undefined;
  }

  ofType(suffix: string): Entity[] {
    return this.included.filter((e) => e.$type?.endsWith(suffix));
  }

  /** Follows `*key` (a urn into included[]) or reads an inline `key` object. */
  ref(entity: Record<string, unknown>, key: string): Record<string, unknown> | undefined {
    const star = entity[`*${key}`];
    if (typeof star === 'string') return this.get(star);
    const inline = entity[key];
    if (typeof inline === 'string') return this.get(inline);
    return isRecord(inline) ? inline : undefined;
  }

  /** A collection reached through `*key` / `key`: its elements (resolved) and paging.total. */
  collection(entity: Record<string, unknown>, key: string): Collection | null {
    const node = this.ref(entity, key);
    return node ? this.elementsOf(node) : null;
  }

  /** Elements of a CollectionResponse-like node: `*elements` urns or inline `elements`. */
  elementsOf(node: Record<string, unknown>): Collection {
    const refs = node['*elements'];
    const inline = node['elements'];
    const raw: unknown[] = Array.isArray(refs) ? refs : Array.isArray(inline) ? inline : [];
    const items: Entity[] = [];
    for (const r of raw) {
      if (typeof r === 'string') {
        const e = this.get(r);
        if (e) items.push(e);
      } else {
        const e = entitySchema.safeParse(r);
        if (e.success) items.push(e.data);
      }
    }
    const paging = pagingSchema.safeParse(node['paging']);
    return { items, total: paging.success ? (paging.data.total ?? null) : null };
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseNormalized(body: unknown): NormalizedParse {
  const parsed = normalizedResponseSchema.safeParse(body);
  if (!parsed.success) {
    const what = body === null ? 'no JSON body' : Array.isArray(body) ? 'an array' : typeof body;
    return { ok: false, message: `LinkedIn's JSON had an unknown shape (${what}; expected { data, included[] })` };
  }
  return { ok: true, doc: new NormalizedDocument(parsed.data.data, parsed.data.included ?? []) };
}

export function str(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const t = value.trim();
  return t ? t : undefined;
}

/** `multiLocaleX: { en_US: "…" }` → the first non-empty value. */
export function firstLocale(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined;
  for (const v of Object.values(value)) {
    const s = str(v);
    if (s) return s;
  }
  return undefined;
}
