import { formatMoney } from '../../core/format/format-money';
import { formatPageDate } from '../../core/format/format-date';
import type { Order } from '../../model/order';
import { CopyButton } from '../components/copy-button';
import { useMessages } from '../i18n/use-messages';
import { MissingFields } from './missing-fields';

/** The order as read: every fact a complaint needs, and what is missing. Page text is rendered as text. */
export function OrderView({ order, timeZone }: { order: Order; timeZone: string }) {
  const { t, locale } = useMessages();
  return (
    <section aria-labelledby="order-heading" className="card">
      <h2 id="order-heading" className="order-number">
        <span className="label">{t('orderNumber')}</span>
        <span data-testid="order-id" className="mono">{order.orderId}</span>
        <CopyButton value={order.orderId} label={t('orderNumber')} />
      </h2>
      <dl className="facts">
        {order.dates.ordered && <Fact label={t('orderDate')} value={formatPageDate(order.dates.ordered, locale, timeZone)} />}
        {order.total && <Fact label={t('total')} value={formatMoney(order.total, locale)} testId="order-total" />}
        {order.seller && <Fact label={t('seller')} value={order.seller.name} />}
        {order.status && <Fact label={t('status')} value={order.status.text} />}
        {order.tracking.length > 0 && <Fact label={t('tracking')} value={order.tracking.map((x) => x.number).join(', ')} />}
      </dl>
      {order.items.length > 0 && (
        <ul className="items" aria-label={t('items')}>
          {order.items.map((item, i) => (
            <li key={i} className="item">
              <span className="item-title">{item.title}</span>
              {item.variant && <span className="muted"> · {item.variant}</span>}
              <span className="muted">
                {' '}
                · {t('quantity')} {item.quantity}
                {item.unitPrice && ` · ${formatMoney(item.unitPrice, locale)}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      {order.source === 'manual' && <p className="muted">{t('enteredByHand')}</p>}
      <MissingFields missing={order.missing} />
    </section>
  );
}

function Fact({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
}
