import { useState } from 'react';
import { computeDeadlines } from '../../core/deadlines';
import type { Order } from '../../model/order';
import { ComplaintBuilder } from '../complaint/complaint-builder';
import { useMessages } from '../i18n/use-messages';

/**
 * The roomier complaint builder for a case in the locker. Built only when opened, so a locker
 * with many cases does not load every draft at once. No tab here: Copy, not Paste.
 */
export function CaseComplaint({ order, timeZone }: { order: Order; timeZone: string }) {
  const { t } = useMessages();
  const [open, setOpen] = useState(false);
  return (
    <details className="case-complaint" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('lockerWriteComplaint')}</summary>
      {open && (
        <ComplaintBuilder
          order={order}
          deadlines={order.resolvedAt ? [] : computeDeadlines({ order, now: new Date(), timeZone })}
          tabId={null}
          timeZone={timeZone}
          variant="page"
        />
      )}
    </details>
  );
}
