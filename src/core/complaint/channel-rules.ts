import type { ComplaintChannel } from '../../model/complaint';
import type { DeadlineKind } from '../../model/deadline';

/** The parts a complaint is made of, in the order a channel prints them. */
export type Section =
  | 'header'
  | 'title'
  | 'opening'
  | 'facts'
  | 'problem'
  | 'evidence'
  | 'outcome'
  | 'answer-by'
  | 'reserve-rights'
  | 'closing'
  | 'contact'
  | 'attachments'
  | 'signature';

export interface ChannelRule {
  /** 'chat' talks to the seller directly and asks; 'formal' states and requests. */
  register: 'chat' | 'formal';
  sections: readonly Section[];
  /** Who reads it needs to reach the buyer outside the platform: name + e-mail or phone. */
  needsContact: boolean;
  /** A formal claim names where the buyer is (DOMAIN.md: "country", asked by consumer-protection bodies). */
  needsCountry: boolean;
  /** The deadline clocks that matter on this rung of the ladder (DOMAIN.md escalation ladder). */
  deadlineKinds: readonly DeadlineKind[];
}

const PLATFORM_CLOCKS: readonly DeadlineKind[] = ['open-dispute', 'protection-end', 'confirm-receipt', 'return-window', 'seller-response'];

export const CHANNEL_RULES: Record<ComplaintChannel, ChannelRule> = {
  // A chat message: no contact block (the seller has it), no deadline demand (DOMAIN.md tone rules).
  'seller-message': {
    register: 'chat',
    sections: ['opening', 'facts', 'problem', 'evidence', 'outcome', 'closing'],
    needsContact: false,
    needsCountry: false,
    deadlineKinds: PLATFORM_CLOCKS,
  },
  'platform-dispute': {
    register: 'formal',
    sections: ['opening', 'facts', 'problem', 'evidence', 'outcome', 'closing'],
    needsContact: false,
    needsCountry: false,
    deadlineKinds: PLATFORM_CLOCKS,
  },
  'platform-escalation': {
    register: 'formal',
    sections: ['opening', 'facts', 'problem', 'evidence', 'outcome', 'closing'],
    needsContact: false,
    needsCountry: false,
    deadlineKinds: ['escalate-to-platform', 'seller-response', 'protection-end'],
  },
  // The payment provider does not see the marketplace account, so it gets the buyer's details.
  'payment-dispute': {
    register: 'formal',
    sections: ['opening', 'facts', 'problem', 'evidence', 'outcome', 'closing', 'contact'],
    needsContact: true,
    needsCountry: false,
    deadlineKinds: ['paypal-dispute', 'card-chargeback'],
  },
  // A претензия: addressee and sender on top, the demand with its statutory answer time, attachments and signature last.
  'formal-claim': {
    register: 'formal',
    sections: ['header', 'title', 'opening', 'facts', 'problem', 'outcome', 'answer-by', 'reserve-rights', 'attachments', 'signature'],
    needsContact: true,
    needsCountry: true,
    deadlineKinds: ['consumer-law'],
  },
};
