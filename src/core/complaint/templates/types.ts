import type { ComplaintChannel, ComplaintOutcome, ComplaintReason } from '../../../model/complaint';
import type { MarketplaceId } from '../../../model/marketplace';
import type { AnswerRule } from '../answer-deadline';
import type { EvidenceCategory } from '../evidence-category';

/**
 * What the templates get: every fact already formatted for the language, and absent when unknown.
 * Templates never see a raw value, so they cannot print "undefined" or an unformatted number.
 */
export interface ProductFact {
  title: string;
  variant?: string;
  quantity: number;
  unitPrice?: string;
}

export interface OrderFacts {
  orderId?: string;
  orderDate?: string;
  paidDate?: string;
  products: ProductFact[];
  total?: string;
  seller?: string;
  tracking: { number: string; carrier?: string }[];
  shipped?: string;
  delivered?: string;
  completed?: string;
  estimatedDelivery?: string;
  /** True when the latest estimated delivery day is before today in the user's zone. */
  estimatedDeliveryPassed: boolean;
  paymentMethod?: string;
  marketplace: MarketplaceId;
}

export interface EvidenceFact {
  category: EvidenceCategory;
  /** A full-page capture drawn by html2canvas: a re-drawing that may differ from the page. */
  rendered: boolean;
  name: string;
  /** The link itself, for 'link' evidence whose name is its text. */
  url?: string;
  /** An excerpt of quoted text. */
  excerpt?: string;
  capturedAt: string;
  note?: string;
}

export interface ContactFacts {
  name?: string;
  email?: string;
  phone?: string;
  country?: string;
}

export interface ComplaintContext {
  channel: ComplaintChannel;
  reason: ComplaintReason;
  outcome: ComplaintOutcome;
  order: OrderFacts;
  partialAmount?: string;
  incidentDate?: string;
  /** The user's own words, trimmed, ending with punctuation; absent when empty. */
  facts?: string;
  evidence: EvidenceFact[];
  contact: ContactFacts;
  /** The claim's own date (today, in the user's zone). */
  today: string;
  answerRule: AnswerRule;
  /** The compact version: the facts line already says what was paid, so the outcome need not repeat it. */
  compact: boolean;
  /** The buyer's country reads as Russia: an English claim may then cite the Russian statute. */
  russianLaw: boolean;
}

/** One language's wording. Every function returns a finished sentence or line; empty means "leave out". */
export interface ComplaintTemplates {
  /** Intl locale for money and dates in this language. */
  locale: string;
  opening: Record<ComplaintChannel, (c: ComplaintContext) => string>;
  /** A tighter first line for the compact version, where the full one spends a sentence on courtesy. */
  shortOpening: Partial<Record<ComplaintChannel, (c: ComplaintContext) => string>>;
  facts: {
    full: (o: OrderFacts) => string[];
    short: (o: OrderFacts) => string;
  };
  /** The reason-specific sentence(s): what is wrong, in the platform's terms. */
  reason: (c: ComplaintContext) => string;
  /** When the problem was found, if the user gave the day. */
  incident: (c: ComplaintContext) => string | undefined;
  evidence: {
    heading: string;
    attachmentsHeading: string;
    line: (e: EvidenceFact) => string;
    summary: (count: number, byCategory: [EvidenceCategory, number][]) => string;
  };
  outcome: (c: ComplaintContext, register: 'chat' | 'formal') => string;
  answerBy: (c: ComplaintContext) => string;
  reserveRights: string;
  closing: Record<ComplaintChannel, string>;
  shortClosing: Record<ComplaintChannel, string>;
  contact: {
    heading: string;
    lines: (c: ContactFacts) => string[];
  };
  formal: {
    header: (c: ComplaintContext) => string[];
    title: (c: ComplaintContext) => string[];
    signature: (c: ComplaintContext) => string[];
  };
}
