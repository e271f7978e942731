import type { ToneLexicon } from './types';

// English tone lists. Each entry names the neutral wording to use instead (DOMAIN.md tone rules:
// concrete, factual, polite; no insults, no shouting, no threats; facts, not emotions).
// A factual next step ("I will escalate to AliExpress", "I will take this to court") is not a
// threat and is deliberately absent: only intimidation and harm are listed.

const FACTS_NOT_LABELS = 'Say what happened instead: “the item does not match the listing”, “the parcel has not arrived”.';
const DESCRIBE_DEFECT = 'Describe the defect instead: what is broken, missing or different from the listing.';
const LAWFUL_STEP = 'Name the lawful next step instead: “If this is not resolved, I will escalate the dispute to the platform.”';
const DROP_FEELING = 'Leave the feeling out: the facts and photos already show the problem.';

export const TONE_EN: ToneLexicon = {
  rules: [
    { kind: 'insult', pattern: 'scam(?:s|mers?|ming|med)?', suggestion: FACTS_NOT_LABELS },
    { kind: 'insult', pattern: 'fraud(?:s|sters?|ulent)?', suggestion: FACTS_NOT_LABELS },
    { kind: 'insult', pattern: 'liars?|lying|lied to me', suggestion: 'Point to the difference instead: “the listing says X, the item is Y”.' },
    { kind: 'insult', pattern: 'cheat(?:s|ed|ers?|ing)?|crooks?|con artists?|rip-?offs?|ripped (?:me )?off', suggestion: FACTS_NOT_LABELS },
    { kind: 'insult', pattern: 'thie(?:f|ves)|steal(?:s|ing)?|stole', suggestion: 'Say what is owed instead: “I paid US$… and have not received the item.”' },
    { kind: 'insult', pattern: 'idiot(?:s|ic)?|stupid|morons?|dumb|incompetent|clowns?|pathetic|shameless', suggestion: 'Leave out words about the person; describe the problem and what you want.' },
    { kind: 'insult', pattern: 'shame on you|disgrace(?:ful)?', suggestion: 'Leave out words about the person; describe the problem and what you want.' },
    { kind: 'insult', pattern: 'garbage|trash|junk|crap(?:py)?|useless', suggestion: DESCRIBE_DEFECT },
    { kind: 'insult', pattern: 'f+u+c+k\\p{L}*|shit\\p{L}*|bullshit|bastards?|assholes?|damn(?:ed)?|wtf', suggestion: 'Leave the swearing out; the complaint is read by support staff.' },
    { kind: 'threat', pattern: "(?:i will|i'll|i am going to|i'm going to|we will) (?:destroy|ruin|wreck|bury|finish|kill) (?:you|your \\p{L}+)", suggestion: LAWFUL_STEP },
    { kind: 'threat', pattern: "(?:i will|i'll) (?:sue you|make you pay|hunt you down|find you|come after you|expose you)", suggestion: 'State it as a next step: “If this is not resolved, I will take the matter to court.”' },
    { kind: 'threat', pattern: "you(?:'ll| will) (?:regret|pay for|be sorry for) (?:this|it)|you(?:'ll| will) be sorry|watch your back|you(?:'ve| have) been warned|or else", suggestion: LAWFUL_STEP },
    {
      kind: 'threat',
      pattern: "(?:i will|i'll|i am going to|i'm going to) (?:leave|give|post|write) (?:you )?(?:a |an )?(?:negative|bad|terrible|1-star|one-star) (?:feedback|review|rating)",
      suggestion: 'Leave reviews out: platforms treat them as pressure. State the outcome you want instead.',
    },
    {
      kind: 'filler',
      pattern: "(?:i am|i'm|im) (?:so |very |really |extremely |absolutely |totally )?(?:angry|furious|livid|mad|pissed(?: off)?|outraged|disgusted|fed up|sick (?:and tired )?of (?:this|it|you))",
      suggestion: DROP_FEELING,
    },
    { kind: 'filler', pattern: 'this is (?:so |absolutely |totally |completely )?(?:ridiculous|outrageous|absurd|insane|unacceptable|a joke|a nightmare)', suggestion: DROP_FEELING },
    { kind: 'filler', pattern: 'worst (?:seller|store|shop|service|experience|purchase)(?: ever)?|what a (?:joke|shame|nightmare)', suggestion: DROP_FEELING },
    { kind: 'filler', pattern: "i can(?:no|')?t believe|i(?: have|'ve) had enough|unbelievable|ridiculous|outrageous|disgusting|horrible|horrendous|terrible|awful", suggestion: DROP_FEELING },
  ],
  caps: (match) => `Write it in normal case: “${match.charAt(0) + match.slice(1).toLowerCase()}”.`,
  punctuation: 'Use one full stop or one question mark.',
};
