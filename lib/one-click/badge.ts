// The toolbar badge of one click, per tab: `…` saving, `✓` done, `!` a failure or a refusal, its title the person's
// name then the lines. Pure: the background's adapter (entrypoints/background/one-click.ts) sets what this says on
// Chrome's action and keeps, per tab, the save it follows.
import { t } from '@/lib/i18n';
import type { Job } from '@/lib/outbox/job';
import type { TabSaveState } from '@/lib/protocol';
import { batchState, withRefusals, type Problem } from './tab-state';

export const BADGE_LOOKS = {
  saving: { text: '…', color: '#475569' },
  saved: { text: '✓', color: '#15803d' },
  error: { text: '!', color: '#b91c1c' },
} as const;
export type BadgeKind = keyof typeof BADGE_LOOKS;

/** What the action shows on a tab: the badge's text on its colour, and the tooltip. */
export interface Badge {
  text: string;
  color: string;
  title: string;
}

function badge(kind: BadgeKind, title: string): Badge {
  return { ...BADGE_LOOKS[kind], title };
}

/** The toolbar badge for a save's state. */
export function badgeKind(state: TabSaveState): BadgeKind {
  return state.state === 'error' ? 'error' : state.state === 'saving' ? 'saving' : 'saved';
}

/** While the tab is read, before any job exists. */
export function readingBadge(): Badge {
  return badge('saving', t('oneClick.line.reading'));
}

/** Nothing was saved: the reasons are the title. */
export function problemBadge(problem: Problem): Badge {
  return badge('error', problem.lines.join('\n'));
}

/** A save the badge of a tab follows: its jobs, and the reasons of the tools that could not take the person. */
export interface FollowedSave {
  ids: readonly string[];
  refusals: readonly string[];
}

/**
 * What a followed save's badge shows now (null: leave it), and whether to keep following it. Its jobs gone (the
 * history was cleared) end it; so does every job done. A failed job may still be re-sent from the history: the badge
 * keeps following until every job is done.
 */
export function followedBadge(save: FollowedSave, jobs: readonly Job[]): { badge: Badge | null; following: boolean } {
  const mine = jobs.filter((j) => save.ids.includes(j.id));
  if (mine.length === 0) return { badge: null, following: false };
  const state = withRefusals(batchState(mine), save.refusals);
  // Named: LinkedIn moves to another person without reloading the tab, and the badge stays with the tab.
  const who = mine[0]?.person.fullName;
  return {
    badge: badge(badgeKind(state), [...(who ? [who] : []), ...state.lines].join('\n')),
    following: !mine.every((j) => j.state.kind === 'done'),
  };
}
