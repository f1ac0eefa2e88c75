/**
 * The registry of clause topics, one file each. The review reads every topic listed here; the type of a
 * topic id derives from this list, and a test checks that every topic file in the folder is registered.
 */
import type { TopicDef } from '../types.js';
import { advertising } from './advertising.js';
import { analyticsSdk } from './analytics-sdk.js';
import { audit } from './audit.js';
import { biometrics } from './biometrics.js';
import { children } from './children.js';
import { dataLocation } from './data-location.js';
import { deidentification } from './deidentification.js';
import { denialPricing } from './denial-pricing.js';
import { governingLaw } from './governing-law.js';
import { lawEnforcement } from './law-enforcement.js';
import { ownership } from './ownership.js';
import { policyChanges } from './policy-changes.js';
import { retention } from './retention.js';
import { sale } from './sale.js';
import { security } from './security.js';
import { sharing } from './sharing.js';
import { subprocessors } from './subprocessors.js';
import { userRights } from './user-rights.js';

export const topics = [
  sale, sharing, advertising, biometrics, retention, lawEnforcement, deidentification, dataLocation, security,
  userRights, audit, subprocessors, ownership, denialPricing, policyChanges, analyticsSdk, children, governingLaw,
] as const satisfies readonly TopicDef[];

export type TopicId = (typeof topics)[number]['id'];

/** Look a topic up by id. */
export function topicById(id: string): TopicDef | undefined {
  return topics.find((t) => t.id === id);
}
