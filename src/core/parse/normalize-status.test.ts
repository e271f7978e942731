import { describe, expect, it } from 'vitest';
import type { StatusKind } from '../../model/order';
import { normalizeStatus } from './normalize-status';

const CASES: Record<Exclude<StatusKind, 'unknown'>, readonly string[]> = {
  'awaiting-payment': ['Awaiting payment', 'Ожидает оплаты', 'Zahlung ausstehend', 'Pendiente de pago', 'En attente de paiement'],
  processing: ['Awaiting shipment', 'Processing', 'Not yet shipped', 'Ожидает отправки', 'В обработке', 'In Bearbeitung', 'Noch nicht versandt', 'Pendiente de envío', "En attente d'expédition"],
  shipped: ['Awaiting delivery', 'Shipped', 'In transit', 'Отправлен', 'Отправлена', 'В пути', 'Ожидает получения', 'Versandt', 'Enviado', 'Expédié', 'Expédiée', 'En cours de livraison'],
  delivered: ['Delivered', 'Доставлен', 'Доставлено', 'Получен', 'Zugestellt', 'Entregado', 'Livré', 'Livrée'],
  completed: ['Completed', 'Finished', 'Завершён', 'Завершен', 'ЗАВЕРШЁН', 'Abgeschlossen', 'Completado', 'Terminé', 'Terminée', 'Termine'],
  closed: ['Closed', 'Закрыт', 'Спор закрыт', 'Dispute closed', 'Geschlossen', 'Cerrado', 'Fermé'],
  cancelled: ['Cancelled', 'Canceled', 'Отменён', 'Отменен', 'Storniert', 'Cancelado', 'Annulé', 'Annulée'],
  refunded: ['Refunded', 'Возврат средств', 'Erstattet', 'Rückerstattet', 'Reembolsado', 'Remboursé'],
  disputed: ['Dispute in progress', 'In dispute', 'Спор открыт', 'Открыт спор', 'Streitfall', 'En disputa', 'Litige en cours'],
};

describe('normalizeStatus', () => {
  for (const [kind, texts] of Object.entries(CASES)) {
    it.each(texts)(`%s → ${kind}`, (text) => {
      expect(normalizeStatus(text)).toBe(kind);
    });
  }

  it('reads the status inside a label and ignores case, NBSP and punctuation', () => {
    expect(normalizeStatus('Order status: SHIPPED')).toBe('shipped');
    expect(normalizeStatus('Статус заказа:\u00A0«Доставлен»')).toBe('delivered');
    expect(normalizeStatus('  awaiting\u00A0delivery  ')).toBe('shipped');
  });

  it('lets the longest phrase win over a shorter one inside it', () => {
    expect(normalizeStatus('Awaiting delivery')).toBe('shipped');
    expect(normalizeStatus('Not yet shipped')).toBe('processing');
    expect(normalizeStatus('Ожидает получения')).toBe('shipped');
  });

  it('does not read nouns or negations as the participle', () => {
    expect(normalizeStatus('Not delivered')).toBe('unknown');
    expect(normalizeStatus('Не доставлен')).toBe('unknown');
    expect(normalizeStatus('Дата получения')).toBe('unknown');
    expect(normalizeStatus('Ожидает отправления')).toBe('processing');
    expect(normalizeStatus('Undelivered')).toBe('unknown');
  });

  it("returns 'unknown' for wording not in the table", () => {
    expect(normalizeStatus('')).toBe('unknown');
    expect(normalizeStatus('Something else entirely')).toBe('unknown');
    expect(normalizeStatus('12.34')).toBe('unknown');
  });
});
