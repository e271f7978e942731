import { useMessages } from '../i18n/use-messages';
import type { DataApi } from './data-api';
import { DataSection } from './data-section';
import { OptionsForm } from './options-form';
import { useSettings } from './use-settings';
import { ErrorNotice } from '../components/error-notice';

/** The options page: loads the settings, then hands them to the form; "your data" below it. */
export function OptionsApp({ data }: { data: DataApi }) {
  const { t } = useMessages();
  const { result, reload } = useSettings();
  return (
    <main className="options" aria-busy={result.status === 'loading'}>
      <h1>{t('optionsTitle')}</h1>
      {result.status === 'loading' && <p role="status">{t('optionsLoading')}</p>}
      {result.status === 'error' && <ErrorNotice error={result.error} onRetry={() => void reload()} />}
      {result.status === 'ready' && <OptionsForm initial={result.settings} />}
      <DataSection data={data} />
    </main>
  );
}
