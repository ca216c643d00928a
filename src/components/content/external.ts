/** Links to other websites (ExternalLink.astro, and the contact details islands show): how the address is shown. */

/** The host name shown after an external link, without "www.": "example.org". */
export function externalHost(href: string): string {
  return new URL(href).hostname.replace(/^www\./, '');
}
