/**
 * Fetches an image the user asked to save: the only network request ClaimKit ever makes, and only
 * on that request. No cookies are sent. Null when the browser refuses it (cross-origin without
 * permission, offline): the caller then keeps a capture of the image as shown instead.
 */
export async function fetchImage(url: string): Promise<Blob | null> {
  if (url.startsWith('data:')) return (await fetch(url)).blob();
  if (!/^https?:\/\//i.test(url)) return null;
  try {
    const response = await fetch(url, { credentials: 'omit', cache: 'force-cache' });
    if (!response.ok) return null;
    const blob = await response.blob();
    return blob.type.startsWith('image/') ? blob : null;
  } catch {
    return null;
  }
}
