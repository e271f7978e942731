import { describe, expect, it } from 'vitest';
import { complaintChannelSchema } from '../../model/complaint';
import { marketplaceIdSchema } from '../../model/marketplace';
import { CHANNEL_LIMITS, channelLimit } from './channel-limits';

describe('channel limits', () => {
  it('has a positive limit with a stated source for every channel on every marketplace', () => {
    for (const channel of complaintChannelSchema.options) {
      for (const marketplace of marketplaceIdSchema.options) {
        const limit = channelLimit(channel, marketplace);
        expect(limit.chars).toBeGreaterThan(0);
        expect(limit.source.length).toBeGreaterThan(20);
      }
    }
  });

  it('uses the documented figures where one was found, and marks the rest as guesses', () => {
    expect(channelLimit('payment-dispute', 'aliexpress')).toMatchObject({ chars: 2000, basis: 'documented' });
    expect(channelLimit('seller-message', 'ebay')).toMatchObject({ chars: 2000, basis: 'documented' });
    expect(channelLimit('platform-dispute', 'aliexpress')).toMatchObject({ chars: 500, basis: 'guess' });
    expect(channelLimit('seller-message', 'aliexpress')).toMatchObject({ chars: 500, basis: 'guess' });
    expect(channelLimit('platform-dispute', 'ebay')).toMatchObject({ chars: 1000 });
    expect(CHANNEL_LIMITS['formal-claim'].default.chars).toBeGreaterThanOrEqual(4000);
  });
});
