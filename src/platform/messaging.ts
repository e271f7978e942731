import { browser } from 'wxt/browser';
import {
  envelopeSchema,
  protocol,
  replySchema,
  type MessageType,
  type Protocol,
  type Reply,
  type RequestOf,
  type ResponseOf,
} from '../model/messages';
import { refuseSender, type SenderContext, type SenderInfo } from './sender-check';

/** A message was refused or failed on the other side; `message` is readable by a person. */
export class MessageError extends Error {
  override name = 'MessageError';
}

export type Handler<T extends MessageType> = (data: RequestOf<T>, sender: SenderInfo) => Promise<ResponseOf<T>> | ResponseOf<T>;

/** Messages a receiver must handle: everything not sent by itself. */
type TypesFrom<Roles> = { [T in MessageType]: Protocol[T]['from'] extends Roles ? T : never }[MessageType];
export type BackgroundHandlers = { [T in TypesFrom<'content' | 'page' | 'injected'>]: Handler<T> };
export type ContentHandlers = { [T in TypesFrom<'background'>]: Handler<T> };

export type Logger = Pick<Console, 'warn'>;

/**
 * Builds a runtime.onMessage listener that parses every message with zod, checks its sender,
 * and answers `{ok, data}` or `{ok: false, error}`. Messages it has no handler for are left to
 * other listeners (returns undefined). A refusal is logged with its reason and never throws.
 * `describeError` words a failed handler's error for the user (their language); when it has no
 * words for it, the error's own message is the answer.
 */
export function createMessageListener(
  handlers: Partial<{ [T in MessageType]: Handler<T> }>,
  senderContext: () => SenderContext,
  logger: Logger = console,
  describeError: (error: unknown) => Promise<string | undefined> = () => Promise.resolve(undefined),
) {
  return (raw: unknown, sender: SenderInfo): Promise<Reply<unknown>> | undefined => {
    const envelope = envelopeSchema.safeParse(raw);
    if (!envelope.success) {
      logger.warn('[ClaimKit] refused a malformed message:', describeIssue(envelope.error));
      return Promise.resolve({ ok: false, error: 'malformed message' });
    }
    const type = envelope.data.type;
    const handler: Handler<MessageType> | undefined = handlers[type];
    if (!handler) return undefined;
    const refusal = refuseSender(protocol[type].from, sender, senderContext());
    if (refusal) {
      logger.warn(`[ClaimKit] refused ${type}: ${refusal}`);
      return Promise.resolve({ ok: false, error: `refused: ${refusal}` });
    }
    const request = protocol[type].request.safeParse(envelope.data.data);
    if (!request.success) {
      logger.warn(`[ClaimKit] refused ${type}: invalid data: ${describeIssue(request.error)}`);
      return Promise.resolve({ ok: false, error: `invalid ${type}: ${describeIssue(request.error)}` });
    }
    return (async (): Promise<Reply<unknown>> => {
      try {
        return { ok: true, data: await handler(request.data, sender) };
      } catch (error) {
        logger.warn(`[ClaimKit] ${type} failed:`, error);
        const said = await describeError(error).catch(() => undefined);
        return { ok: false, error: said ?? (error instanceof Error ? error.message : String(error)) };
      }
    })();
  };
}

/** Reads a reply and checks its data against the protocol's response schema. */
export function readReply<T extends MessageType>(type: T, raw: unknown): ResponseOf<T> {
  const reply = replySchema.safeParse(raw);
  if (!reply.success) throw new MessageError(`no valid answer to ${type}`);
  if (!reply.data.ok) throw new MessageError(reply.data.error);
  const data = protocol[type].response.safeParse(reply.data.data);
  if (!data.success) throw new MessageError(`invalid answer to ${type}: ${describeIssue(data.error)}`);
  return data.data as ResponseOf<T>;
}

/** Sends to the background (from a content script or an extension page). */
export async function sendMessage<T extends MessageType>(type: T, data: RequestOf<T>): Promise<ResponseOf<T>> {
  return readSentReply(type, browser.runtime.sendMessage({ type, data }));
}

/** Reads the reply to a message already sent (the popup's first questions, platform/first-questions.ts). */
export async function readSentReply<T extends MessageType>(type: T, sent: Promise<unknown>): Promise<ResponseOf<T>> {
  return readReply(type, await sent.catch(explainClosedChannel));
}

/** What the user is told when the background stopped before it answered. */
export const BACKGROUND_STOPPED =
  'ClaimKit stopped before it answered: the browser shut down its background work. It may not have finished; look at what was saved, then try again.';

// Chrome's words when the service worker is stopped (idle timeout, crash, update) while a message
// waits for its answer: the user needs to know what happened, not the channel's internals.
const CLOSED_CHANNEL = /message channel closed before a response was received|message port closed before a response was received/i;

function explainClosedChannel(error: unknown): never {
  if (error instanceof Error && CLOSED_CHANNEL.test(error.message)) throw new MessageError(BACKGROUND_STOPPED, { cause: error });
  throw error;
}

/** Sends to the content script of a tab (from the background). */
export async function sendToTab<T extends MessageType>(tabId: number, type: T, data: RequestOf<T>): Promise<ResponseOf<T>> {
  return readReply(type, await browser.tabs.sendMessage(tabId, { type, data }));
}

/** The sender context of this extension, read lazily (runtime ids exist only at run time). */
export function ownSenderContext(isMarketplaceUrl: (url: string) => boolean): () => SenderContext {
  return () => ({
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    isMarketplaceUrl,
  });
}

function describeIssue(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0];
  if (!issue) return 'unknown problem';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}
