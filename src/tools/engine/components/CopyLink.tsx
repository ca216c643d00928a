/**
 * "Copy link to this answer": copies the link that reopens the tool on this answer, and says so. Sharing needs no
 * address bar (a phone's browser may hide it, or the site may run from the home screen). Where the Clipboard API is
 * missing or refused, the link is shown in a selected field, the older copy command is tried, and the message says
 * whether it worked or how to copy it by hand. The message is a status region, so screen readers announce it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t, type Wording } from '../wording.ts';

type State = 'idle' | 'copied' | 'manual';

/** Whether the older copy command copied the selected text (false where it is missing or refused). */
function copySelection(): boolean {
  try {
    return typeof document.execCommand === 'function' && document.execCommand('copy');
  } catch {
    return false;
  }
}

export function CopyLink({ wording, url }: { wording: Wording; url: () => string }) {
  const [state, setState] = useState<State>('idle');
  const [shown, setShown] = useState('');
  const field = useRef<HTMLInputElement>(null);

  // Once the field shows the link, select it and try the older copy command.
  useEffect(() => {
    if (!shown || !field.current) return;
    field.current.focus();
    field.current.select();
    if (copySelection()) setState('copied');
  }, [shown]);

  async function copy() {
    const link = url();
    try {
      if (navigator.clipboard && typeof navigator.clipboard.writeText === 'function') {
        await navigator.clipboard.writeText(link);
        setShown('');
        setState('copied');
        return;
      }
    } catch {
      // Refused (no permission, or the page is not in a secure context): fall back to the field below.
    }
    setState('manual');
    setShown(link);
  }

  return (
    <div class="lp-copy-link lp-no-print" data-copy-link={state}>
      <button type="button" class="govuk-button govuk-button--secondary lp-copy-link__button" data-module="govuk-button" onClick={() => void copy()}>
        {t(wording, 'copy.button')}
      </button>
      {shown && (
        <div class="govuk-form-group lp-copy-link__field">
          <label class="govuk-label" for="lp-copy-link-url">
            {t(wording, 'copy.label')}
          </label>
          <input ref={field} class="govuk-input" id="lp-copy-link-url" type="text" readOnly value={shown} spellcheck={false} />
        </div>
      )}
      <p class="govuk-body lp-copy-link__status" role="status">
        {state === 'copied' ? t(wording, 'copy.done') : state === 'manual' ? t(wording, 'copy.manual') : ''}
      </p>
    </div>
  );
}
