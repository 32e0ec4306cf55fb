// The vendors' result and lookup sentences in a French browser (their own tests run in English). The HTTP layer is a
// stub answering with already-parsed bodies: these tests are about the words, the vendors' tests about the calls.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { HttpRequest, VendorHttp } from '@/lib/http';
import { getMessageFor } from '@/lib/i18n-node';
import { parseAmount } from './collective/amount';
import { collective } from './collective/index';
import { formatMb } from './collective/mapping';
import { EMPTY_OPTIONS, optionsProblem } from './collective/options';
import { testProfile } from './collective/test-profile';
import { addToProject, lookupInProject, revealContacts, revealBody } from './leonar/client';
import { sampleProfile } from './leonar/sample-profile';
import { stardex } from './stardex/index';
import { makeProfile } from './stardex/test-profiles';
import type { SaveRequest, VendorContext } from './vendor';

function useLocale(locale: 'en' | 'fr'): void {
  fakeBrowser.i18n.getMessage = getMessageFor(locale);
  fakeBrowser.i18n.getUILanguage = () => locale;
}

beforeEach(() => useLocale('fr'));
afterEach(() => useLocale('en'));

/** Answers every request with `answer(path)` as if it had been parsed by the request's schema. */
function stubHttp(answer: (req: HttpRequest<unknown>) => unknown): VendorHttp {
  return { request: async <T,>(req: HttpRequest<T>) => answer(req as HttpRequest<unknown>) as T };
}

function ctx(http: VendorHttp, settings: Record<string, string> = {}): VendorContext {
  return { http, settings, now: () => new Date(Date.UTC(2026, 0, 2)) };
}

describe('Leonar in French', () => {
  it('says where the person landed, each part of the line in French', async () => {
    const http = stubHttp(() => ({ data: { added: 1, skipped: 0, contact_ids: ['c-1'], skipped_profiles: [], stage: { id: 's', name: 'Sourcé' } } }));
    const result = await addToProject(http, { project_id: 'p', profiles: [] } as never, { notSent: ['note', 'emails/phones'] });
    expect(result.message).toBe('Ajouté au projet · étape Sourcé · contact c-1 · non envoyé (l’ajout au projet de Leonar n’a pas ce champ)\u00a0: note, e-mails/téléphones');
  });

  it('explains a skip in French, and keeps an unknown reason as Leonar gave it', async () => {
    const skipped = (reason: string) =>
      addToProject(stubHttp(() => ({ data: { added: 0, skipped: 1, contact_ids: [], skipped_profiles: [{ profile_id: 'x', reason }], stage: null } })), {} as never, {
        notSent: [],
      });
    expect((await skipped('already_in_project')).message).toBe('Non ajouté\u00a0: Leonar a ignoré cette personne (déjà dans ce projet)');
    expect((await skipped('quota_exceeded')).message).toBe('Non ajouté\u00a0: Leonar a ignoré cette personne («\u00a0quota_exceeded\u00a0»)');
  });

  it('words the lookup and the reveal in French, with French plurals', async () => {
    const me = sampleProfile();
    expect((await lookupInProject(stubHttp(() => null), me, null)).detail).toBe('Choisissez un projet pour voir si cette personne y est déjà.');
    const twoNamesakes = stubHttp(() => ({
      data: {
        profiles: [
          { first_name: me.firstName, last_name: me.lastName, already_in_project: false },
          { first_name: me.firstName, last_name: me.lastName, already_in_project: true },
        ],
      },
    }));
    const possible = await lookupInProject(twoNamesakes, me, 'p');
    expect(possible.state).toBe('possible-match');
    expect(possible.detail).toBe(`Correspondance possible\u00a0: 2 contacts nommés ${me.fullName} (dans ce projet), sans ce profil LinkedIn pour le confirmer.`);

    const none = await revealContacts(stubHttp(() => ({ data: { profiles: [], credits_consumed: 0, sourcing_credits_remaining: 99 } })), me, ['work_email']);
    expect(none.message).toBe('Aucun résultat n’était avec certitude cette personne\u00a0: rien n’est affiché (0 crédit utilisé, 99 restants).');
    expect(() => revealBody(sampleProfile({ currentJob: null }), ['work_email'])).toThrow(/entreprise actuelle/);
  });
});

describe('Stardex in French', () => {
  const person = { id: 'per-1', linkedin_public_id: makeProfile().publicIdentifier, candidates: [{ job_id: 'j-1', job_name: 'Backend', candidate_id: 'cand-1', current_pipeline_stage_name: 'Entretien', is_archived: true }] };

  it('says in French that the person is already there, and what saving will do', async () => {
    const http = stubHttp(() => ({ data: [person] }));
    const status = await stardex.lookup!(ctx(http, { apiKey: 'k' }), makeProfile(), 'j-2');
    expect(status.state).toBe('exists');
    expect(status.detail).toBe(
      'Déjà dans Stardex (personne per-1), candidat sur Backend (Entretien) [archivé]. L’enregistrement ajoute cette personne au poste choisi.',
    );
    const fresh = await stardex.lookup!(ctx(stubHttp(() => ({ data: [] })), { apiKey: 'k' }), makeProfile(), null);
    expect(fresh.detail).toBe('Pas encore dans Stardex\u00a0: l’enregistrement crée la personne.');
  });
});

describe('Collective in French', () => {
  const request: SaveRequest = { vendor: 'collective', targetId: null, stageId: null, note: null, contacts: { emails: [], phones: [] }, atsUrls: [], options: {} };

  it('says where the talent went', async () => {
    const http = stubHttp(() => ({ status: 'updated', userId: 'u-1' }));
    const settings = { apiKey: 'k', environment: 'sandbox', email: 'me@agency.example' };
    const result = await collective.save(ctx(http, settings), testProfile(), request, EMPTY_OPTIONS);
    expect(result.message).toBe('Mis à jour dans My Talents (sandbox)\u00a0: cette personne était déjà importée, aucun doublon.');
  });

  it('refuses amounts and salaries in French, and writes sizes in Mo with a decimal comma', () => {
    expect(parseAmount('650 €')).toEqual({ ok: false, message: '«\u00a0650 €\u00a0» n’est pas un montant\u00a0: utilisez des chiffres, par exemple 650 ou 650,50.' });
    expect(parseAmount('0,00')).toEqual({ ok: false, message: '«\u00a00,00\u00a0» vaut zéro\u00a0: laissez plutôt le champ vide.' });
    expect(optionsProblem({ ...EMPTY_OPTIONS, yearlySalaryMin: '100', yearlySalaryMax: null })).toMatch(/^Salaire annuel\u00a0: indiquez le minimum et le maximum/);
    expect(formatMb(10_130_000)).toBe('10,13\u00a0Mo');
  });
});
