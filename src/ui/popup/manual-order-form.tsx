import { useId, useState, type FormEvent } from 'react';
import { parseTypedAmount } from '../../core/order/manual-order';
import { manualOrderSchema } from '../../model/messages';
import { sendMessage } from '../../platform/messaging';
import { useMessages } from '../i18n/use-messages';

const CURRENCIES = ['USD', 'EUR', 'RUB', 'GBP', 'PLN', 'CNY', 'JPY', 'UAH', 'KZT', 'BYN', 'TRY', 'BRL'];

/** For pages ClaimKit cannot read: the user types the facts; they are checked before saving. */
export function ManualOrderForm({ url, initialOrderId, onSaved }: { url: string; initialOrderId?: string; onSaved: () => void }) {
  const { t, locale } = useMessages();
  // "12.34" / "12,34": an amount the way this language writes it (both parse).
  const example = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, useGrouping: false }).format(12.34);
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => {
      const raw = form.get(name);
      const value = typeof raw === 'string' ? raw.trim() : '';
      return value === '' ? undefined : value;
    };
    // Said in the page's language here; the schema's own messages are English (src/model).
    const total = text('total');
    const problem = !text('orderId')
      ? t('popupManualNeedOrderId')
      : total && !parseTypedAmount(total, text('currency') ?? 'USD')
        ? t('popupManualBadAmount', { example })
        : null;
    if (problem) {
      setError(problem);
      return;
    }
    const parsed = manualOrderSchema.safeParse({
      orderId: text('orderId') ?? '',
      url,
      title: text('title'),
      totalText: text('total'),
      currency: text('total') ? text('currency') : undefined,
      orderDate: text('orderDate'),
    });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? t('popupManualCheckForm'));
      return;
    }
    try {
      await sendMessage('order/save-manual', parsed.data);
      setError(null);
      setSaved(true);
      onSaved();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <form className="card form" aria-labelledby={`${id}-title`} onSubmit={(e) => void submit(e)}>
      <h2 id={`${id}-title`}>{t('manualTitle')}</h2>
      <label>
        {t('manualOrderId')}
        <input name="orderId" required defaultValue={initialOrderId} autoComplete="off" />
      </label>
      <label>
        {t('manualTitleLabel')}
        <input name="title" autoComplete="off" />
      </label>
      <div className="row">
        <label className="grow">
          {t('manualTotal')}
          <input name="total" inputMode="decimal" placeholder={example} autoComplete="off" />
        </label>
        <label>
          {t('manualCurrency')}
          <select name="currency" defaultValue="USD">
            {CURRENCIES.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </label>
      </div>
      <label>
        {t('manualDate')}
        <input name="orderDate" type="date" />
      </label>
      {error && (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      )}
      {saved && <p role="status">{t('manualSaved')}</p>}
      <button type="submit" className="button button--primary">
        {t('manualSave')}
      </button>
    </form>
  );
}
