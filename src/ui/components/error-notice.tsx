import { useMessages } from '../i18n/use-messages';

/** A load error said plainly, with a way to try again (popup, options, tracked orders). */
export function ErrorNotice({ error, onRetry }: { error: string; onRetry: () => void }) {
  const { t } = useMessages();
  return (
    <div role="alert" className="notice notice--error">
      <strong>{t('errorTitle')}:</strong> {error}{' '}
      <button type="button" className="button button--small" onClick={onRetry}>
        {t('errorRetry')}
      </button>
    </div>
  );
}
