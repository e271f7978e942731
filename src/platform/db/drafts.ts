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

export async function getDraft(db: ClaimKitDatabase, orderKey: string): Promise<ComplaintDraft | null> {
  const parsed = complaintDraftSchema.safeParse(await db.get('drafts', orderKey));
  return parsed.success ? parsed.data : null;
}
