/**
 * Our model clause for every topic, written in our own words from the NISO Consensus Principles and the ALA
 * vendor privacy guidelines, with a one-line negotiation note and the questions to send the vendor. The
 * review attaches these to every harmful, ambiguous or silent topic; a test checks every topic has one.
 */

export interface ModelClause {
  /** The wording to ask for. */
  clause: string;
  /** One line on how to negotiate it. */
  note: string;
  /** Questions for the vendor, answerable in writing. */
  questions: string[];
}

export const modelClauses: Record<string, ModelClause> = {
  sale: {
    clause: 'Vendor shall not sell, rent, lease, trade or otherwise exchange Patron Data, or any data derived from it, for money or anything of value, including in aggregated or de-identified form.',
    note: 'Non-negotiable: accept no carve-out for "aggregated" or "business partners".',
    questions: ['Do you, or any company you own or partner with, receive payment or other value for data about our patrons, in any form?', 'If your company is sold, what happens to our patron data, and will you delete it instead of transferring it?'],
  },
  sharing: {
    clause: 'Vendor shall disclose Patron Data only to sub-processors that need it to provide the Services, under written terms at least as protective as this Agreement, and to no other party without the Library\u2019s prior written consent.',
    note: 'Ask for the list of every recipient and the purpose of each; "trusted partners" is not a list.',
    questions: ['Which third parties and affiliates receive patron data, and for what purpose each?', 'Is any patron data shared for purposes other than providing the service to us?'],
  },
  advertising: {
    clause: 'Vendor shall not use Patron Data for advertising or marketing, shall not build profiles of patrons\u2019 interests or behaviour, and shall not track patrons across other sites or services, nor permit any third party to do so.',
    note: 'Ask that this cover the vendor\u2019s own marketing and every embedded third party, not only "sale to advertisers".',
    questions: ['Does your platform show advertising or load advertising, retargeting or social-media pixels?', 'Do you build profiles of individual patrons\u2019 interests or reading?'],
  },
  biometrics: {
    clause: 'Vendor shall not collect, derive or process biometric identifiers or information of patrons, including face geometry, and shall not use facial recognition or facial analysis in any part of the Services.',
    note: 'ALA opposes facial recognition in libraries outright: ask for a ban, not a consent mechanism.',
    questions: ['Does any part of your service (including cameras, identity checks or proctoring) capture faces or other biometrics?', 'Do any of your sub-processors perform facial recognition or analysis?'],
  },
  retention: {
    clause: 'Vendor shall keep Patron Data only as long as needed to provide the Services, and no longer than [90] days after its last use; on termination Vendor shall delete or return all Patron Data, including backups, within [30] days and certify the deletion in writing.',
    note: 'Insist on a number of days and a written certificate; "as long as necessary" is not a period.',
    questions: ['For each kind of patron data you hold, how long do you keep it, and how is it deleted?', 'How soon after the contract ends is our data deleted from production systems and backups?'],
  },
  'law-enforcement': {
    clause: 'Vendor shall disclose Patron Data to a government body only when compelled by a subpoena, warrant or court order, shall first refer the request to the Library, and shall notify the Library before disclosing unless a court forbids it.',
    note: 'Library-records laws in most states require a court order: the vendor\u2019s bar must be no lower.',
    questions: ['How many government requests for patron data have you received in the last three years, and how did you respond?', 'Will you notify us before disclosing our patrons\u2019 data to authorities?'],
  },
  deidentification: {
    clause: '"De-identified data" means data from which all direct and indirect identifiers have been removed so that it cannot reasonably be linked to a patron; Vendor shall not attempt to re-identify it, shall not sell it, and shall share it only in aggregate with a minimum group size of [10].',
    note: 'Ask for the definition in the contract, not a policy link, and a ban on re-identification.',
    questions: ['How do you define "anonymous", "aggregated" or "de-identified" data, and what do you remove?', 'Who receives aggregated data derived from our patrons, and can it be linked back to them?'],
  },
  'data-location': {
    clause: 'Vendor shall store and process Patron Data only in [the United States / the Library\u2019s jurisdiction] and shall not transfer it elsewhere without the Library\u2019s prior written consent.',
    note: 'Know where the data sits: the law of that place decides who may demand it.',
    questions: ['In which countries is patron data stored, processed or accessible by staff or sub-processors?'],
  },
  security: {
    clause: 'Vendor shall encrypt Patron Data in transit and at rest, and shall notify the Library of any actual or suspected unauthorized access to Patron Data within [72] hours of discovery, with the facts known and the steps taken.',
    note: 'Trade a vague "industry standard" for encryption in writing and a breach deadline in hours.',
    questions: ['Is patron data encrypted in transit and at rest?', 'Within how many hours will you tell us of a breach affecting our patrons?'],
  },
  'user-rights': {
    clause: 'Vendor shall let patrons see, correct, export and delete the personal data it holds about them, directly or through the Library, within [30] days of a request and without charge.',
    note: 'Ask how a patron makes the request and how long it takes; a contact address is not a process.',
    questions: ['How can a patron see, download and delete the data you hold about them, and how long does it take?'],
  },
  audit: {
    clause: 'The Library may audit Vendor\u2019s compliance with this Agreement on reasonable notice, and Vendor shall provide each year an independent audit or assessment of its privacy and security controls.',
    note: 'Without audit rights the privacy clauses cannot be checked; ALA asks libraries to oversee compliance.',
    questions: ['Will you provide an independent audit report (e.g. SOC 2) each year and answer our privacy questionnaire?'],
  },
  subprocessors: {
    clause: 'Vendor shall keep a current list of its sub-processors, bind each by written terms at least as protective as this Agreement, give the Library [30] days\u2019 notice before adding one, and remain responsible for their acts.',
    note: 'Ask for the current list now and a notice period long enough to object.',
    questions: ['Which sub-processors handle patron data today, where, and for what purpose?'],
  },
  ownership: {
    clause: 'As between the parties, the Library owns all Patron Data; Vendor acquires no right in it and uses it only to provide the Services to the Library.',
    note: 'Strike any licence that lets the vendor use patron or usage data "for any purpose" or perpetually.',
    questions: ['Do you claim any right to use our patron or usage data for your own purposes?'],
  },
  'denial-pricing': {
    clause: 'Vendor shall not use Patron Data, or scores or profiles derived from it, to deny, limit, suspend or price access to the Services for any patron.',
    note: 'ALA asks that data never be used to deny service: put it in the contract.',
    questions: ['Do you use patron behaviour or scores to decide access, limits or prices?'],
  },
  'policy-changes': {
    clause: 'Changes to this Agreement or to any privacy terms it incorporates take effect only when agreed in writing by both parties; Vendor shall give the Library [60] days\u2019 notice of any proposed change affecting Patron Data.',
    note: 'A policy that can change by posting a new version is not a promise: freeze it in the contract.',
    questions: ['How and how far in advance will you tell us of changes to your privacy terms, and may we refuse them?'],
  },
  'analytics-sdk': {
    clause: 'Vendor shall not embed third-party analytics, advertising or social-media scripts, pixels, SDKs or session-recording tools in the Services; any usage measurement shall be first-party, without cross-site identifiers.',
    note: 'Ask for the list of every third-party script in the product, and check it with a scan.',
    questions: ['Which third-party scripts, SDKs or pixels load in your product, and what data do they receive?'],
  },
  children: {
    clause: 'Vendor shall comply with COPPA and FERPA where they apply, shall not profile or market to minors, and shall obtain parental consent where the law requires it.',
    note: 'Library services reach children: "not directed to children" does not settle it.',
    questions: ['How do you handle data of patrons under 13 and of students?'],
  },
  'governing-law': {
    clause: 'This Agreement is governed by the laws of the Library\u2019s state, and Vendor shall comply with that state\u2019s laws on the confidentiality of library records as if it were the Library.',
    note: 'Make the state library-records confidentiality statute bind the vendor by name.',
    questions: ['Will you agree to be bound by our state\u2019s library-records confidentiality law?'],
  },
};
