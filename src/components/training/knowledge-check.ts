/**
 * The knowledge check in the browser: turns each question's printed answer into a GOV.UK radios question
 * with "Check answer", shows whether the answer was right with the reason and its citation (already in the
 * page), moves focus to that feedback, and keeps a running score in a status region. All the words come
 * from the page (data-text-* attributes and the hidden feedback); nothing is fetched, sent or stored.
 */

/** Replaces {name} slots in a template taken from the page. */
const fill = (template: string, vars: Record<string, number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));

export function enhanceKnowledgeChecks(root: ParentNode): void {
  for (const check of root.querySelectorAll<HTMLElement>('[data-kc]')) enhance(check);
}

function enhance(check: HTMLElement): void {
  const text = check.dataset;
  const items = [...check.querySelectorAll<HTMLElement>('[data-kc-item]')];
  const score = check.querySelector<HTMLElement>('[data-kc-score]')!;
  const results = new Map<HTMLElement, boolean>();

  const showScore = () => {
    const right = [...results.values()].filter(Boolean).length;
    score.textContent = fill(text.textScore ?? '', { answered: results.size, total: items.length, right });
  };

  for (const el of check.querySelectorAll<HTMLElement>('[data-kc-static]')) el.hidden = true;
  for (const el of check.querySelectorAll<HTMLElement>('[data-kc-live]')) el.hidden = false;

  for (const item of items) {
    const form = item.querySelector<HTMLFormElement>('[data-kc-form]')!;
    const group = form.querySelector<HTMLElement>('[data-kc-group]')!;
    const error = form.querySelector<HTMLElement>('[data-kc-error]')!;
    const feedback = form.querySelector<HTMLElement>('[data-kc-feedback]')!;
    const result = form.querySelector<HTMLElement>('[data-kc-result]')!;
    const radios = [...form.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    form.hidden = false;

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const chosen = radios.find((r) => r.checked);
      if (!chosen) {
        error.hidden = false;
        group.classList.add('govuk-form-group--error');
        radios[0]?.focus();
        return;
      }
      error.hidden = true;
      group.classList.remove('govuk-form-group--error');
      const right = chosen.dataset.correct === 'yes';
      const answer = radios.find((r) => r.dataset.correct === 'yes');
      const answerText = answer ? form.querySelector(`label[for="${answer.id}"]`)?.textContent ?? '' : '';
      result.textContent = right ? (text.textCorrect ?? '') : `${text.textWrong ?? ''} ${answerText}`;
      result.dataset.kcOutcome = right ? 'correct' : 'wrong';
      feedback.hidden = false;
      feedback.focus();
      results.set(item, right);
      showScore();
    });
  }

  check.querySelector<HTMLButtonElement>('[data-kc-reset]')?.addEventListener('click', () => {
    for (const item of items) {
      const form = item.querySelector<HTMLFormElement>('[data-kc-form]')!;
      form.reset();
      form.querySelector<HTMLElement>('[data-kc-feedback]')!.hidden = true;
      form.querySelector<HTMLElement>('[data-kc-error]')!.hidden = true;
      form.querySelector<HTMLElement>('[data-kc-group]')!.classList.remove('govuk-form-group--error');
    }
    results.clear();
    score.textContent = '';
    items[0]?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
  });
}
