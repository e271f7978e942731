/** What the options page's "Your data" section needs; the entrypoint passes the real functions. */
export interface DataApi {
  storageInfo(): Promise<{ usage: number; quota: number; persisted: boolean }>;
  /** One ZIP of every case (the locker's backup format), for the user to save. */
  exportEverything(): Promise<{ blob: Blob; fileName: string; items: number }>;
  /** Deletes every order, evidence item, draft, log and setting. */
  deleteEverything(): Promise<{ orders: number; evidence: number }>;
}
