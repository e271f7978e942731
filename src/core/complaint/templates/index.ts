import type { Language } from '../../../model/complaint';
import { en } from './en';
import { ru } from './ru';
import type { ComplaintTemplates } from './types';

/** One wording per complaint language; the assembly (assemble-complaint.ts) is shared. */
export const TEMPLATES: Record<Language, ComplaintTemplates> = { en, ru };
