import { useEffect, useState } from 'react';
import type { LockerApi } from './locker-api';

/**
 * An object URL for an item's stored bytes, made when the component mounts and revoked when it
 * unmounts (or the item changes), so a gallery of hundreds of items does not keep them all alive.
 * Null while loading, when `enabled` is false, or when the bytes are missing.
 */
export function useObjectUrl(api: LockerApi, id: string, enabled = true): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let made: string | null = null;
    let live = true;
    void api.getBlob(id).then((blob) => {
      if (!live || !blob) return;
      made = URL.createObjectURL(blob);
      setUrl(made);
    });
    return () => {
      live = false;
      if (made) URL.revokeObjectURL(made);
    };
  }, [api, id, enabled]);
  return enabled ? url : null;
}
