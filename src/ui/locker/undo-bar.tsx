import type { Evidence } from '../../model/evidence';
import { useMessages } from '../i18n/use-messages';
import { itemName } from './labels';
import type { PendingUndo } from './use-locker';

/** "Deleted … [Undo]" for each item deleted in the last seconds. */
export function UndoBar({ undos, onUndo }: { undos: readonly PendingUndo[]; onUndo: (item: Evidence) => void }) {
  const m = useMessages();
  const { t } = m;
  if (undos.length === 0) return null;
  return (
    <ul className="undo-bar" aria-label={t('lockerRecentlyDeleted')}>
      {undos.map(({ item }) => {
        const name = itemName(m, item);
        return (
          <li key={item.id}>
            <span>{t('lockerDeleted', { name })}</span>
            <button type="button" className="button button--small" onClick={() => onUndo(item)} aria-label={t('lockerUndoDeleting', { name })}>
              {t('lockerUndo')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
