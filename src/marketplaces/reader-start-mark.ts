// Imported first by every reader bundle (entrypoints/reader-<id>.ts), so its body runs before the
// reader's own modules: the e2e build marks the moment the browser starts the reader at
// document_idle, the start of the bench's "idle → order read" (bench/content-script.ts).
if (import.meta.env.MODE === 'e2e') performance.mark('claimkit:reader-start');
