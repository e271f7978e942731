import { fetchImage } from './fetch-image';

const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
const MAX_TOTAL_BYTES = 50 * 1024 * 1024;

/**
 * Images for a re-drawn capture, as data URLs, fetched by the extension (no cookies). Each is
 * fetched only if the browser allows the extension (host permission for that image server, or the
 * server's CORS); the rest are left out and html2canvas tries them itself.
 */
export async function fetchImagesAsData(urls: readonly string[]): Promise<Record<string, string>> {
  const images: Record<string, string> = {};
  let total = 0;
  for (const url of urls) {
    const blob = await fetchImage(url);
    if (!blob || blob.size > MAX_IMAGE_BYTES || total + blob.size > MAX_TOTAL_BYTES) continue;
    total += blob.size;
    images[url] = `data:${blob.type};base64,${toBase64(new Uint8Array(await blob.arrayBuffer()))}`;
  }
  return images;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
