import { useState } from 'react';
import { useMessages } from '../i18n/use-messages';

/** Copies a value (the order number, the complaint) and says so. */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const { t } = useMessages();
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="button button--small"
      aria-label={t('popupCopyWhat', { what: label })}
      onClick={() => {
        void navigator.clipboard.writeText(value).then(() => setCopied(true));
      }}
    >
      {copied ? t('copied') : t('copy')}
    </button>
  );
}
