import { complaintDraftSchema, type ComplaintDraft } from '../../model/complaint';
import { toStorageError } from './errors';
import type { ClaimKitDatabase } from './open';

export async function putDraft(db: ClaimKitDatabase, draft: ComplaintDraft): Promise<void> {
  const valid = complaintDraftSchema.parse(draft);
  try {
    await db.put('drafts', valid);
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Every stored draft that parses; a broken record is left out, never trusted (and the rest still come). */
export async function listDrafts(db: ClaimKitDatabase): Promise<ComplaintDraft[]> {
  return (await db.getAll('drafts')).flatMap((raw) => {
    const parsed = complaintDraftSchema.safeParse(raw);
    return parsed.success ? [parsed.data] : [];
  });
}

export async function getDraft(db: ClaimKitDatabase, orderKey: string): Promise<ComplaintDraft | null> {
  const parsed = complaintDraftSchema.safeParse(await db.get('drafts', orderKey));
  return parsed.success ? parsed.data : null;
}
