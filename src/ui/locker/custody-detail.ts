import { formatInstant } from '../../core/format/format-date';
import type { CustodyEntry } from '../../model/custody';
import { evidenceKindSchema } from '../../model/evidence';
import { kindLabel, type LockerMessages } from './labels';

export interface DetailText {
  text: string;
  /** True when the words are the log's own, in English, shown as stored (mark them lang="en"). */
  asStored: boolean;
}

/**
 * A custody line's detail in the page's language. The log stores the English words the services
 * wrote (create-locker-service.ts, locker-archive.ts, create-custody-service.ts) and they are part of
 * the hashed record, so they are never rewritten: the known ones are read back and said again here;
 * an unknown one (a newer version's, or an edited log) is shown as stored. File names stay as they are.
 */
export function custodyDetail(
  m: LockerMessages,
  entry: Pick<CustodyEntry, 'kind' | 'detail'>,
  nameOfCase: (key: string) => string,
  timeZone: string,
): DetailText | null {
  const detail = entry.detail;
  if (!detail) return null;
  const text = translate(m, entry.kind, detail, nameOfCase, timeZone);
  return text === null ? { text: detail, asStored: true } : { text, asStored: false };
}

function translate(m: LockerMessages, kind: CustodyEntry['kind'], detail: string, nameOfCase: (key: string) => string, timeZone: string): string | null {
  const date = (iso: string) => (Number.isNaN(Date.parse(iso)) ? iso : formatInstant(iso, m.locale, timeZone));
  let match: RegExpExecArray | null;
  switch (kind) {
    case 'exported':
      return detail; // the ZIP's file name
    case 'note-edited':
      match = /^note now (\d+) characters$/.exec(detail);
      return match ? m.tn('lockerDetailNoteLength', Number(match[1])) : null;
    case 'reassigned':
      match = /^(to|from) (.+)$/.exec(detail);
      if (!match?.[2]) return null;
      return m.t(match[1] === 'to' ? 'lockerDetailMovedTo' : 'lockerDetailMovedFrom', { case: nameOfCase(match[2]) });
    case 'deleted': {
      if (detail === 'no longer in the locker (removed without a log line)') return m.t('lockerDetailRemovedUnlogged');
      // "<kind> <file name>" (create-locker-service.ts describe()).
      const [first = '', ...rest] = detail.split(' ');
      const itemKind = evidenceKindSchema.safeParse(first);
      if (!itemKind.success) return null;
      return rest.length > 0 ? `${kindLabel(m, itemKind.data)}: ${rest.join(' ')}` : kindLabel(m, itemKind.data);
    }
    case 'captured':
      match = /^already in the locker without a log line \(stored (.+)\)$/.exec(detail);
      return match?.[1] ? m.t('lockerDetailStoredUnlogged', { date: date(match[1]) }) : null;
    case 'imported':
      return importedDetail(m, detail, date);
    case 'snapshot-saved':
      return null;
  }
}

function importedDetail(m: LockerMessages, detail: string, date: (iso: string) => string): string | null {
  let match = /^your file "(.*)" from disk(?:, file last modified (.+))?$/.exec(detail);
  if (match) {
    const name = match[1] ?? '';
    return match[2] ? m.t('lockerDetailYourFileModified', { name, date: date(match[2]) }) : m.t('lockerDetailYourFile', { name });
  }
  match = /^restored by Undo(?: of the deletion at line seq (\d+))?$/.exec(detail);
  // The seq as written, not grouped: it names a line of the exported log.
  if (match) return match[1] ? m.t('lockerDetailRestoredAt', { seq: match[1] }) : m.t('lockerDetailRestored');
  match = /^from (.+), verified against its manifest$/.exec(detail);
  return match?.[1] ? m.t('lockerDetailImportedFrom', { file: match[1] }) : null;
}
