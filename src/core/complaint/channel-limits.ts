import type { ComplaintChannel } from '../../model/complaint';
import type { MarketplaceId } from '../../model/marketplace';

/**
 * How many characters a channel's text field accepts. Counted as JavaScript string length
 * (UTF-16 code units), which is what an HTML textarea's maxlength counts too.
 * `basis` says how sure we are: 'documented' has a published limit behind it; 'guess' is a
 * deliberately low number chosen because no limit could be found (searched November 2026). Changing a
 * limit is a one-line change here.
 */
export interface ChannelLimit {
  chars: number;
  basis: 'documented' | 'guess';
  source: string;
}

/** Nothing found for AliExpress's forms: the smallest common form size, so the text surely fits. */
const ALIEXPRESS_GUESS: ChannelLimit = {
  chars: 500,
  basis: 'guess',
  source:
    'No published limit found for the AliExpress dispute description or message-centre chat (help pages and consumer guides ' +
    'searched). 500 is a conservative guess: the smallest common cap for such fields (e.g. WeChat shop dispute proof text, 500).',
};

/** eBay's only published dispute text limit: the payment-dispute note (1000); used for its other dispute forms too. */
const EBAY_DISPUTE: ChannelLimit = {
  chars: 1000,
  basis: 'guess',
  source:
    'eBay Fulfillment API ContestPaymentDisputeRequest.note: "Max Length: 1000 characters" ' +
    '(developer.ebay.com/api-docs/sell/fulfillment/types/api:ContestPaymentDisputeRequest); return/inquiry comment limits are not published, so the same 1000 is assumed.',
};

/** PayPal's dispute messages and escalation notes: 2000 characters each. */
const PAYPAL: ChannelLimit = {
  chars: 2000,
  basis: 'documented',
  source:
    'PayPal Customer Disputes API v1 schema: message.content maxLength 2000; escalate.note maxLength 2000 ' +
    '(developer.paypal.com/api/customer-disputes/v1, definitions "message" and "escalate"). Bank chargeback forms are not published; the same 2000 is assumed.',
};

const GENERIC_GUESS: ChannelLimit = {
  chars: 1000,
  basis: 'guess',
  source: 'No published limit found for this marketplace; 1000 is a conservative guess.',
};

/** A printed formal claim has no field limit; two pages is our own cap so that it stays readable. */
const FORMAL_CLAIM: ChannelLimit = {
  chars: 6000,
  basis: 'guess',
  source: 'Paper or e-mail letter, no field limit; 6000 (about two printed pages) is our own readability cap.',
};

interface ChannelLimits {
  default: ChannelLimit;
  byMarketplace?: Partial<Record<MarketplaceId, ChannelLimit>>;
}

export const CHANNEL_LIMITS: Record<ComplaintChannel, ChannelLimits> = {
  'seller-message': {
    default: GENERIC_GUESS,
    byMarketplace: {
      aliexpress: ALIEXPRESS_GUESS,
      ebay: {
        chars: 2000,
        basis: 'documented',
        source:
          'eBay Trading API MemberMessageType.Body (AddMemberMessageAAQToPartner): maximum length 2000, as quoted from the API ' +
          'reference in cnblogs.com/pengzhen/p/4536484.html; the number was not visible on the excerpt of eBay’s own type page.',
      },
    },
  },
  'platform-dispute': { default: GENERIC_GUESS, byMarketplace: { aliexpress: ALIEXPRESS_GUESS, ebay: EBAY_DISPUTE } },
  'platform-escalation': { default: GENERIC_GUESS, byMarketplace: { aliexpress: ALIEXPRESS_GUESS, ebay: EBAY_DISPUTE } },
  'payment-dispute': { default: PAYPAL },
  'formal-claim': { default: FORMAL_CLAIM },
};

/** The limit for a channel on a marketplace; falls back to the channel's default for any marketplace not listed. */
export function channelLimit(channel: ComplaintChannel, marketplace: MarketplaceId): ChannelLimit {
  const limits = CHANNEL_LIMITS[channel];
  return limits.byMarketplace?.[marketplace] ?? limits.default;
}
