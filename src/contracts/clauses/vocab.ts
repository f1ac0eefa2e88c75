/**
 * Shared vocabulary for the topic files: the many ways contracts name patron data, the vendor, the library
 * and third parties, as regular-expression source fragments. Keeping them here makes every topic file read
 * as data and lets one fix (a new synonym) reach every topic.
 */

/** Patron data, in the words vendors use for it. */
export const DATA = String.raw`(?:data|information|records|details|PII|histor(?:y|ies)|profiles?|activity)`;
/** The library side of an agreement. */
export const LIBRARY = String.raw`(?:library|libraries|licensee|customer|subscriber|institution|member library|consortium|school district|district|school|university|college)`;
/** The vendor side of an agreement. */
export const VENDOR = String.raw`(?:vendor|licensor|provider|supplier|contractor|company|we|us|our)`;
/** Patrons and end users. */
export const USERS = String.raw`(?:you|users?|patrons?|end users?|individuals?|data subjects?|cardholders?|members?|students?|eligible students|parents|readers?|account holders?|registrants?|learners?)`;
/** Gap of a few words inside one clause. */
export const GAP = (n: number): string => String.raw`[^.;]{0,${n}}?`;

/** Compile a case-insensitive pattern from fragments. */
export function rx(...parts: string[]): RegExp {
  return new RegExp(parts.join(''), 'i');
}
