import type { SenderRole } from '../model/messages';

/** The parts of runtime.MessageSender we look at. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

export interface SenderContext {
  extensionId: string;
  /** "chrome-extension://<id>/" or "moz-extension://<uuid>/". */
  extensionOrigin: string;
  /** True for the pages our content scripts are allowed to run on. */
  isMarketplaceUrl: (url: string) => boolean;
}

/**
 * Why a sender may not send a message of this role, or null when it may.
 * Pure, so every refusal rule is unit-tested (Dark Reader's allowedSenderURL idea).
 */
export function refuseSender(role: SenderRole, sender: SenderInfo, ctx: SenderContext): string | null {
  if (sender.id !== ctx.extensionId) return `sender is another extension or a web page (${sender.id ?? 'no id'})`;
  const fromOwnPage = sender.url?.startsWith(ctx.extensionOrigin) ?? false;
  switch (role) {
    case 'content': {
      const tabUrl = sender.tab?.url ?? sender.url;
      if (!sender.tab) return 'content messages must come from a tab';
      if (!tabUrl || !ctx.isMarketplaceUrl(tabUrl)) return `content message from a page that is not a marketplace page (${tabUrl ?? 'no url'})`;
      return null;
    }
    case 'page':
      return fromOwnPage ? null : `page messages must come from ClaimKit's own pages, not ${sender.url ?? 'an unknown url'}`;
    case 'injected':
      // Our own script in a tab the user asked us to work on; web pages cannot message us at all.
      return sender.tab ? null : 'injected messages must come from a tab';
    case 'background':
      // The service worker has no tab; a content script or page posing as it would have one.
      if (sender.tab) return 'background messages never come from a tab';
      return sender.url === undefined || fromOwnPage ? null : `background message from ${sender.url}`;
  }
}
