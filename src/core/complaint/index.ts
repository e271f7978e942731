/** The complaint core's public API (issue #6): pure, with `now` and `timeZone` as parameters. */
export { buildComplaint, type BuiltComplaint } from './build-complaint';
export type { ComplaintInput } from './complaint-input';
export { checkCompleteness, type Warning, type WarningCode, type WarningFix } from './check-completeness';
export type { Bilingual } from './completeness-messages';
export { checkTone, type ToneIssue, type ToneOptions } from './check-tone';
export { CHANNEL_LIMITS, channelLimit, type ChannelLimit } from './channel-limits';
export { CHANNEL_RULES, type ChannelRule } from './channel-rules';
