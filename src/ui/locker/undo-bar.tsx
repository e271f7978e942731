import type { Evidence } from '../../model/evidence';
import { itemName } from './labels';
import type { PendingUndo } from './use-locker';

/** "Deleted … [Undo]" for each item deleted in the last seconds. */
export function UndoBar({ undos, onUndo }: { undos: readonly PendingUndo[]; onUndo: (item: Evidence) => void }) {
  if (undos.length === 0) return null;
  return (
    <ul className="undo-bar" aria-label="Recently deleted">
      {undos.map(({ item }) => (
        <li key={item.id}>
          <span>Deleted {itemName(item)}.</span>
          <button type="button" className="button button--small" onClick={() => onUndo(item)} aria-label={`Undo deleting ${itemName(item)}`}>
            Undo
          </button>
        </li>
      ))}
    </ul>
  );
}
