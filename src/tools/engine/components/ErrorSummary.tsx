/**
 * The GOV.UK error summary: a heading and a link to each field with a problem, or (as children) what to do about a
 * problem that is not a field's. The parent moves focus to it (it has tabindex -1); `role="alert"` makes screen readers
 * announce it. Following a link focuses the field and scrolls its question into view, without changing the URL.
 */
import type { ComponentChildren, Ref } from 'preact';

export interface ErrorItem {
  href: string;
  text: string;
}

export function ErrorSummary({ title, errors = [], innerRef, children }: { title: string; errors?: ErrorItem[]; innerRef?: Ref<HTMLDivElement>; children?: ComponentChildren }) {
  function follow(e: MouseEvent, href: string) {
    const target = document.getElementById(href.slice(1));
    if (!target) return;
    e.preventDefault();
    (target.closest('.govuk-form-group') ?? target).scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }
  return (
    <div class="govuk-error-summary" data-module="govuk-error-summary" tabIndex={-1} ref={innerRef}>
      <div role="alert">
        <h2 class="govuk-error-summary__title">{title}</h2>
        <div class="govuk-error-summary__body">
          {errors.length > 0 && (
            <ul class="govuk-list govuk-error-summary__list">
              {errors.map((e) => (
                <li key={e.href}>
                  <a href={e.href} onClick={(ev) => follow(ev, e.href)}>
                    {e.text}
                  </a>
                </li>
              ))}
            </ul>
          )}
          {children}
        </div>
      </div>
    </div>
  );
}
