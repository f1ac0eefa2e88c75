/**
 * Shared vocabulary for the topic files: the many ways contracts name patron data, the vendor, the library,
 * users, outside parties and the verbs that move data, as regular-expression source fragments. A topic's
 * pattern is written once over these classes ("a disclosure verb ... to an outside party"), so one new
 * synonym here reaches every topic, and a wording the topic author never saw still matches when its words
 * are in a class.
 */

/** Patron data, in the words vendors use for it (head nouns; "reading history", "Customer Data", "uploads"). */
export const DATA = String.raw`(?:data|datasets?|information|info|records|details|PII|histor(?:y|ies)|profiles?|activity|logs?|recordings?|footage|files|uploads|submissions|transcripts|messages|photos|photographs|images|usage|metrics|clickstreams?|telemetry|user content|patron content|conversations|chats|chat logs|queries|search terms|card numbers|contact details|email addresses|personal details|(?:everything|anything|all|what) (?:\w+ ){0,2}(?:knows?|holds?|collects?|keeps?|has|learns?) about (?:you|them|users|patrons)|(?:titles|books|items|pages|materials|things) (?:you|patrons|users|they|a patron|the user) (?:open|read|borrow|view|check out|listen to|watch))`;
/** The library side of an agreement (singular and plural). */
export const LIBRARY = String.raw`(?:library|libraries|licensees?|customers?|subscribers?|institutions?|member librar(?:y|ies)|consortium|consortia|cooperatives?|agency|co-ops?|library (?:system|board|network)s?|school districts?|district|schools?|university|universities|college|colleges)`;
/** The vendor side of an agreement. */
export const VENDOR = String.raw`(?:vendor|licensor|provider|supplier|contractor|company|we|us|our)`;
/** Patrons and end users. */
export const USERS = String.raw`(?:you|users?|patrons?|end users?|individuals?|persons?|data subjects?|cardholders?|members?|students?|eligible students|parents?|guardians?|readers?|account holders?|registrants?|learners?|borrowers?|participants?|visitors?|families|contributors?|donors?|attendees?|each (?:patron|user|member|reader|student))`;
/**
 * Parties outside the vendor and the library: third parties, affiliates, partners, sponsors, advertisers,
 * brokers, other companies. Not sub-processors or service providers, which have their own topic and are
 * usually bound by the agreement.
 */
export const OTHERS = String.raw`(?:third[- ]part(?:y|ies)|anyone|anybody|any (?:other )?(?:person|party|one|entity|organi[sz]ation|company)|affiliat\w*|(?:business |marketing |data |content |advertising |commercial |strategic )?partners?|advertisers?|marketers?|sponsors?|data brokers?|(?:advertising|ad) (?:networks?|tech(?:nology)? companies|exchanges?)|(?:other|outside|external|unaffiliated|non-affiliated|related) (?:\w+ )?(?:compan(?:y|ies)|organi[sz]ations?|businesses|parties|part(?:y)|entities|firms)|(?:group|parent|sister|affiliated|related) compan(?:y|ies)|compan(?:y|ies) (?:that|which|who)|organi[sz]ations (?:that|which|who)|business associates|publishers?|researchers|research firms|investors|manufacturers?|insurers?|(?:equipment|hardware|software|technology|outside|external|other|third[- ]party) (?:vendors?|suppliers?))`;
/** Verbs that move data to someone (any inflection; "make available", "grant access", "pass on"). */
export const DISCLOSE = String.raw`(?:shar(?:e|es|ed|ing)|disclos\w*|provid\w*|transfer\w*|(?:mak\w*|made) (?:\w+ ){0,3}available|pass\w*(?: on| along)?|send\w*|sent|furnish\w*|releas\w*|transmit\w*|giv\w* away|suppl(?:y|ies|ied|ying)|giv\w* (?:\w+ )?access|grant\w* (?:\w+ )?access|allow\w* (?:\w+ )?access|permit\w* (?:\w+ )?access|hand(?:s|ed|ing)?(?: over| on)?|turn\w* over|expos\w*|report\w* to)`;
/** Verbs that turn data into money. */
export const SELL = String.raw`(?:sell|sells|selling|sold|rent|rents|renting|rented|lease|leases|leasing|leased|trade|trades|trading|traded|barter\w*|monetiz\w*|monetis\w*|commerciali[sz]\w*|commercially exploit\w*|exchang\w+)`;
/** Modal wording that grants a permission ("may", "shall be entitled to"). */
export const MAY = String.raw`(?:may|can|will|shall|might|could|are (?:able|entitled|permitted|allowed|free) to|is (?:able|entitled|permitted|allowed|free) to|(?:shall|will) be (?:entitled|permitted|allowed|free) to|reserves? the right to)`;
/** Something of value received in return. */
export const VALUE = String.raw`(?:for (?:a )?(?:fee|fees|money|payment|profit|compensation|value|consideration|remuneration)|for (?:monetary|financial|valuable|commercial)(?: or (?:other )?valuable)? (?:consideration|gain|value|benefit)|for (?:commercial|financial) (?:gain|purposes|advantage)|in (?:exchange|return) for (?:money|payment|compensation|(?:monetary |other |valuable )*consideration|anything of value|value)|(?:who|that|which) pay for)`;
/** Gap of a few words inside one clause. */
export const GAP = (n: number): string => String.raw`[^.;]{0,${n}}?`;

/** Compile a case-insensitive pattern from fragments. */
export function rx(...parts: string[]): RegExp {
  return new RegExp(parts.join(''), 'i');
}
