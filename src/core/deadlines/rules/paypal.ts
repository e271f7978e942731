import { AFTER_PAYMENT, type DeadlineRule } from '../rule';

/** PayPal (deadlines.md › Payment side), for orders paid with PayPal on any marketplace. */
export const paypalRules: readonly DeadlineRule[] = [
  {
    // Row "PayPal dispute": 180 days from the payment date (the order date, never later, when payment is not shown).
    id: 'paypal-dispute',
    kind: 'paypal-dispute',
    label: 'Open a PayPal dispute',
    action: 'open a PayPal dispute',
    ru: { label: 'Открыть спор в PayPal', action: 'открыть спор в PayPal' },
    starts: ['paid', 'ordered'],
    length: { days: 180 },
    appliesWhen: { paymentMethods: ['paypal'], statuses: AFTER_PAYMENT },
    confidence: 'documented',
    source: 'paypal.com smarthelp faq1417; faq854',
  },
  {
    // Row "PayPal: escalate dispute to claim": 20 days, and a closed dispute cannot be reopened.
    id: 'paypal-escalate',
    kind: 'paypal-dispute',
    label: 'Escalate the PayPal dispute to a claim',
    action: 'escalate the PayPal dispute to a claim',
    ru: { label: 'Перевести спор в PayPal в претензию', action: 'перевести спор в PayPal в претензию' },
    starts: 'paymentDisputeOpened',
    length: { days: 20 },
    appliesWhen: { paymentMethods: ['paypal'], statuses: AFTER_PAYMENT },
    confidence: 'documented',
    source: 'paypal.com smarthelp faq1417; faq932',
  },
];
