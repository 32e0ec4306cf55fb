/** A LinkedIn profile's main page (/in/<vanity>/): where the button shows. Details pages and overlays are not. */
export function isProfilePath(pathname: string): boolean {
  return /^\/in\/[^/]+\/?$/.test(pathname);
}
