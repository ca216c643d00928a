/**
 * The parts of an outcome that come from this copy's settings (ToolSite): the local contacts an outcome calls for
 * (the tool's local-contacts.ts rows), and the "Report a mistake in this answer" line at its foot. With no settings
 * there are no contacts, and the line goes to the About page's "Report a mistake" section.
 */
import { LocalContactBlock } from '../../../components/contacts/ContactDetails.tsx';
import { externalHost } from '../../../components/content/external.ts';
import { REPORT_MISTAKE_PAGE, localContactsFor, type LocalContactRow, type ToolSite } from '../site.ts';
import { t, type Wording } from '../wording.ts';
import { Linked } from './Linked.tsx';

/** Each local contact the outcome calls for that the settings give, with its sentence; nothing otherwise. */
export function LocalContacts<O>({ rows, outcome, site, wording }: { rows: readonly LocalContactRow<O>[]; outcome: O; site: ToolSite; wording: Wording }) {
  const shown = localContactsFor(rows, outcome, site);
  if (!shown.length) return null;
  return (
    <>
      {shown.map(({ kind, contact, intro }) => (
        <LocalContactBlock key={kind} kind={kind} intro={t(wording, intro, { area: site.area })} contact={contact} />
      ))}
    </>
  );
}

/** "Report a mistake in this answer": to the settings' contact, with what to say, or to the About page, which says it. */
export function ReportMistake({ site, wording }: { site: ToolSite; wording: Wording }) {
  const { href, external, name } = site.reportMistake;
  const direct = href !== REPORT_MISTAKE_PAGE;
  const link = (
    <>
      <a class={external ? 'govuk-link lp-external' : 'govuk-link'} href={href} rel={external ? 'external noreferrer' : undefined}>
        {direct && name ? t(wording, 'outcome.reportMistake.linkTo', { name }) : t(wording, 'outcome.reportMistake.link')}
      </a>
      {external && <> <span class="lp-external__host">({externalHost(href)})</span></>}
    </>
  );
  return (
    <p class="govuk-body-s lp-no-print" data-report-mistake={href}>
      {direct ? <Linked text={t(wording, 'outcome.reportMistake.direct')} parts={{ link }} /> : link}
    </p>
  );
}
