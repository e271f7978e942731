/** The evidence core's public API: pure, with `now`, `timeZone` and `locale` as parameters. */
export { buildCaption, captionLayout, checkCaption, formatCaptionTime, parseCaptionTime, type Caption, type CaptionLayout } from './caption';
export { exportBackup, exportCase, type CaseExportInput } from './case-export';
export { archiveKind, importBackup, importCase, type ImportedBackup, type ImportedCase } from './case-import';
export type { CaseProblem } from './case-problem';
export { appendEvent, entryHash, KINDS_WITH_HASH, verifyLog, type CustodyProblem } from './custody-log';
export { checkLogAgainstFiles, replayLog, type LoggedItem } from './custody-state';
export { evidenceFileNames, MAX_FILE_NAME_LENGTH, sanitizeFileNamePart } from './file-name';
export { sha256Hex, sha256HexOfText } from './hash';
export { checkSnapshot, readSnapshotHeader, type SnapshotHeader } from './snapshot-header';
export { shortenUrl } from './shorten-url';
