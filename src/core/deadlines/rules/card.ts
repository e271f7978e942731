import { AFTER_PAYMENT, type DeadlineRule } from '../rule';

/** Card chargeback (deadlines.md › Payment side): the bank sets its own procedure, so 'reported' at best. */
export const cardRules: readonly DeadlineRule[] = [
  {
    // "Transaction or expected delivery date, usually 120 days": we count from the transaction, the
    // earlier of the two. An Amazon A-to-z claim is lost once a chargeback is filed (the advice says so).
    id: 'card-chargeback',
    kind: 'card-chargeback',
    label: 'Ask your bank for a chargeback',
    action: 'ask your bank for a chargeback',
    ru: { label: 'Запросить в банке возврат платежа (чарджбэк)', action: 'запросить в банке возврат платежа (чарджбэк)' },
    starts: ['paid', 'ordered'],
    length: { days: 120 },
    appliesWhen: { paymentMethods: ['card'], statuses: AFTER_PAYMENT },
    confidence: 'reported',
    source: 'Visa/Mastercard rules as summarised by banks (verify with your bank)',
  },
];
