/**
 * "Leave this page", after GOV.UK's Exit this page pattern, for the pages that show the button
 * (BaseLayout's `quickExit`). The button is a plain link and works without this script. With it:
 *
 * - pressing Shift three times within five seconds leaves, as pressing the button does;
 *   a Shift held down while typing (a capital letter) does not count;
 * - leaving replaces the current history entry, so Back does not return to this page;
 * - the page is blanked at once, and a status message says what is happening.
 *
 * Written here rather than taken from govuk-frontend because its component leaves with
 * `location.href = …`, which adds a history entry, and cannot be told to replace it; a subclass
 * would still have to copy that method, and would bring govuk-frontend's component framework.
 */
import { LEAVE_PAGE } from '../families/pages.ts';

const { presses: PRESSES, windowMs: WINDOW_MS } = LEAVE_PAGE;

function setUp(root: HTMLElement): void {
  const button = root.querySelector<HTMLAnchorElement>('a.lp-leave__button');
  if (!button) return;
  const status = document.createElement('span');
  status.setAttribute('role', 'status');
  status.className = 'govuk-visually-hidden';
  root.appendChild(status);
  const lights = document.createElement('span');
  lights.className = 'lp-leave__lights';
  lights.setAttribute('aria-hidden', 'true');
  for (let i = 0; i < PRESSES; i++) lights.appendChild(document.createElement('span'));
  button.appendChild(lights);
  root.querySelector<HTMLElement>('[data-leave-shift]')?.removeAttribute('hidden');

  let presses = 0;
  let lastKeyWasModified = false;
  let timer: number | undefined;

  const show = () => {
    lights.classList.toggle('lp-leave__lights--on', presses > 0);
    lights.querySelectorAll('span').forEach((light, i) => light.classList.toggle('lp-leave__light--on', i < presses));
  };
  const reset = (message = '') => {
    window.clearTimeout(timer);
    presses = 0;
    status.textContent = message;
    show();
  };
  const leave = () => {
    window.clearTimeout(timer);
    status.textContent = '';
    document.body.classList.add('lp-leaving');
    const overlay = document.createElement('div');
    overlay.className = 'lp-leave__overlay';
    overlay.setAttribute('role', 'alert');
    overlay.textContent = LEAVE_PAGE.leaving;
    document.body.appendChild(overlay);
    window.location.replace(button.href);
  };

  button.addEventListener('click', (event) => {
    event.preventDefault();
    leave();
  });
  document.addEventListener(
    'keyup',
    (event) => {
      if (event.key === 'Shift' && !lastKeyWasModified) {
        presses += 1;
        show();
        if (presses >= PRESSES) {
          presses = 0;
          leave();
        } else {
          status.textContent = LEAVE_PAGE.pressMore(PRESSES - presses);
          window.clearTimeout(timer);
          timer = window.setTimeout(() => reset(LEAVE_PAGE.expired), WINDOW_MS);
        }
      } else if (presses > 0) {
        reset(LEAVE_PAGE.expired);
      }
      lastKeyWasModified = event.shiftKey;
    },
    true,
  );
  // Coming Back to a page kept in the browser's memory: show it again.
  window.addEventListener('pageshow', () => {
    document.body.classList.remove('lp-leaving');
    document.querySelector('.lp-leave__overlay')?.remove();
    reset();
  });
}

document.querySelectorAll<HTMLElement>('[data-leave-this-page]').forEach(setUp);
