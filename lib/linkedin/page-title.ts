// The member's name from the tab title, the last resort when a recognised page shows no name block
// ("(3) Ada Quill | LinkedIn", "Experience | Ada Quill | LinkedIn", "Ada Quill - Staff Engineer - Northwind | LinkedIn").

const GENERIC = /^(linkedin|feed|search|messaging|notifications|my network|jobs|sign in|sign up|log in|page not found)$/i;

/** `onDetailsPage`: /in/<vanity>/details/<section>/ titles start with the section name. */
export function nameFromTitle(title: string, onDetailsPage: boolean): string | null {
  const parts = title
    .replace(/^\s*\(\d+\+?\)\s*/, '') // unread notifications count
    .split(/\s+\|\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2 || !/^linkedin$/i.test(parts.at(-1) ?? '')) return null;
  const body = parts.slice(0, -1);
  const candidate = onDetailsPage && body.length >= 2 ? body[body.length - 1] : body[0];
  // Guest pages put "Name - Title - Company": the name is the first dash-separated part.
  const name = (candidate ?? '').split(/\s+[-–]\s+/)[0]?.trim() ?? '';
  return name && !GENERIC.test(name) ? name : null;
}
