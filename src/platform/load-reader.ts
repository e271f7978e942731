import { nativeRuntime } from './native-runtime';

/**
 * Loads a marketplace's reader bundle into the content script's world (it registers itself; see
 * marketplaces/reader-registry.ts). A dynamic import of our own web-accessible file: local, no
 * network. Rejects when the file cannot be loaded.
 */
export async function loadReaderBundle(file: string): Promise<void> {
  await import(/* @vite-ignore */ nativeRuntime().getURL(file));
}
