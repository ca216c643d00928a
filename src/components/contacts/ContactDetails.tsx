/**
 * One contact from the local settings: its name, what it is for, and each way to reach it (CONTACT_WAYS, in order).
 * A Preact component so that pages (rendered at build time, no JavaScript) and tool islands show the same markup.
 * A web address is an external link: shown with its host, never fetched.
 */
import type { Contact } from '../../settings/schema.ts';
import { CONTACT_WAYS } from '../../settings/wording.ts';
import { externalHost } from '../content/external.ts';

export function ContactDetails({ contact }: { contact: Contact }) {
  const way = (field: (typeof CONTACT_WAYS)[number]['field']) => {
    if (field === 'phone' && contact.phone) {
      return (
        <>
          <a class="govuk-link" href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>
            {contact.phone}
          </a>
          {contact.hours && <> ({contact.hours})</>}
        </>
      );
    }
    if (field === 'email' && contact.email) {
      return (
        <a class="govuk-link" href={`mailto:${contact.email}`}>
          {contact.email}
        </a>
      );
    }
    if (field === 'url' && contact.url) {
      return (
        <>
          <a class="govuk-link lp-external" href={contact.url} rel="external noreferrer">
            {contact.name}
          </a>{' '}
          <span class="lp-external__host">({externalHost(contact.url)})</span>
        </>
      );
    }
    return null;
  };
  return (
    <div class="lp-contact">
      <p class="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1 lp-contact__name">{contact.name}</p>
      {contact.about && <p class="govuk-body govuk-!-margin-bottom-1">{contact.about}</p>}
      <dl class="lp-ways">
        {CONTACT_WAYS.filter((w) => contact[w.field]).map((w) => (
          <div key={w.field}>
            <dt>{w.label}</dt>
            <dd>{way(w.field)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/**
 * A local contact where a page or an outcome calls for it: the sentence before it ({area} already filled in) and
 * the contact, in an inset marked `data-local-contact` with its kind (what the settings test looks for).
 */
export function LocalContactBlock({ kind, intro, contact }: { kind: string; intro: string; contact: Contact }) {
  return (
    <div class="govuk-inset-text lp-local-contact" data-local-contact={kind}>
      <p class="govuk-body">{intro}</p>
      <ContactDetails contact={contact} />
    </div>
  );
}
