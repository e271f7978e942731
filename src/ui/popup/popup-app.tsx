import { lazy, Suspense } from 'react';
import type { TabState } from '../../model/messages';
import { openOwnPage } from '../../platform/tabs';
import { useMessages } from '../i18n/use-messages';
import { ManualOrderForm } from './manual-order-form';
import { DeadlinePanel } from './deadline-panel';
import { EvidenceSection } from './evidence-section';
import { OrderView } from './order-view';
import { TrackedOrders } from '../tracked/tracked-orders';
import { PasteDraft } from './paste-draft';
import { ReadPageButton } from './read-page-button';
import { RemindersBanner } from './reminders-banner';
import { useTabState } from './use-tab-state';
import { ErrorNotice } from '../components/error-notice';

// The complaint builder (its templates in two languages, tone checks, channel limits) is a third
// of the popup's code: the order and its deadlines show first, the builder follows a moment later.
const ComplaintBuilder = lazy(() => import('../complaint/complaint-builder').then((m) => ({ default: m.ComplaintBuilder })));

/** Tracked orders the popup lists before "Show all": the most urgent, a glance, not a page of 1,000. */
const TRACKED_IN_POPUP = 20;

export interface PopupAppProps {
  tabId: number | null;
  /** The tab's URL where known (manual orders record it); our own page URL otherwise. */
  pageUrl: string;
  timeZone: string;
  /** The answer to tab/get-state when it was asked before the popup loaded (start-popup.tsx). */
  firstState?: Promise<TabState>;
}

export function PopupApp({ tabId, pageUrl, timeZone, firstState }: PopupAppProps) {
  const { t } = useMessages();
  const { result, reload, replace } = useTabState(tabId, firstState);
  return (
    <main className="popup" aria-busy={result.status === 'loading'}>
      <header className="popup-header">
        <h1>{t('appName')}</h1>
        <nav aria-label={t('popupNavLabel')} className="row">
          <button type="button" className="button button--small" onClick={() => void openOwnPage('locker')}>
            {t('popupOpenLocker')}
          </button>
          <button type="button" className="button button--small" onClick={() => void openOwnPage('options')}>
            {t('popupOpenOptions')}
          </button>
        </nav>
      </header>
      {result.status === 'loading' && <p role="status">{t('loading')}</p>}
      {result.status === 'error' && <ErrorNotice error={result.error} onRetry={() => void reload()} />}
      {result.status === 'ready' && <TabContent state={result.state} tabId={tabId} pageUrl={pageUrl} timeZone={timeZone} onSaved={() => void reload()} onRead={replace} />}
    </main>
  );
}

interface TabContentProps {
  state: TabState;
  tabId: number | null;
  pageUrl: string;
  timeZone: string;
  onSaved: () => void;
  onRead: (state: TabState) => void;
}

function TabContent({ state, tabId, pageUrl, timeZone, onSaved, onRead }: TabContentProps) {
  const { t } = useMessages();
  if (state.order) {
    return (
      <>
        <DeadlinePanel order={state.order} deadlines={state.deadlines} now={new Date()} timeZone={timeZone} />
        <RemindersBanner />
        <OrderView order={state.order} timeZone={timeZone} />
        <EvidenceSection tabId={tabId} orderKey={state.order.key} marketplace={state.order.marketplace} timeZone={timeZone} />
        <Suspense fallback={<p role="status">{t('loading')}</p>}>
          <ComplaintBuilder order={state.order} deadlines={state.deadlines} tabId={tabId} timeZone={timeZone} />
        </Suspense>
      </>
    );
  }
  if (state.pageKind === 'order-list') {
    return (
      <section className="card" aria-labelledby="list-heading">
        <h2 id="list-heading">{t('orderListTitle')}</h2>
        {state.orders.length === 0 ? (
          <p>{t('orderListEmpty')}</p>
        ) : (
          <ul className="items">
            {state.orders.map((o) => (
              <li key={o.key} className="item">
                <span className="mono">{o.orderId}</span> {o.status && <span className="muted">· {o.status.text}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
    );
  }
  const unreadable = state.pageKind === 'order-detail';
  return (
    <>
      <section className="card" aria-labelledby="empty-heading">
        <h2 id="empty-heading">{unreadable ? t('noOrderIdTitle') : t('notOrderPageTitle')}</h2>
        <p>{unreadable ? t('noOrderIdBody') : t('notOrderPageBody')}</p>
        {state.pageKind === 'unsupported' && <ReadPageButton tabId={tabId} onRead={onRead} />}
      </section>
      <PasteDraft tabId={tabId} />
      <ManualOrderForm url={state.reading?.url ?? pageUrl} onSaved={onSaved} />
      {/* Away from an order page, the popup is where the user sees every case and its next deadline. */}
      <TrackedOrders timeZone={timeZone} firstShown={TRACKED_IN_POPUP} />
    </>
  );
}
