import { useState, type CSSProperties } from 'react';
import { useMessages } from '../i18n/use-messages';

/** Read out, not shown: the button itself already says "Copied". */
const VISUALLY_HIDDEN: CSSProperties = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' };

/**
 * Copies a value (the order number, the complaint) and says so: on the button, and to a screen
 * reader through a polite live region (the button's name, "Copy Order number", stays the same).
 */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const { t } = useMessages();
  const [copied, setCopied] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button button--small"
        aria-label={t('popupCopyWhat', { what: label })}
        onClick={() => {
          // A refused copy leaves the button saying "Copy": nothing was copied.
          void navigator.clipboard.writeText(value).then(
            () => setCopied(true),
            () => setCopied(false),
          );
        }}
      >
        {copied ? t('copied') : t('copy')}
      </button>
      <span aria-live="polite" style={VISUALLY_HIDDEN}>
        {copied ? t('copied') : ''}
      </span>
    </>
  );
}
