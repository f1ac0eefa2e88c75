/**
 * The citation catalogue as data. Every Finding cites ids from here; `validate.ts` fails the build on an
 * unknown id (a typo) or an id no rule, clause matcher or log audit cites (dead weight). Titles are short
 * summaries in this project's own words, not quotations; `url` points at the source text.
 */

export interface CatalogueEntry {
  id: string;
  /** A short summary of what the clause or principle asks, in our own words. */
  title: string;
  /** The document it comes from. */
  source: string;
  url: string;
}

const FRT = 'ALA Resolution in Opposition to Facial Recognition Software in Libraries (2021)';
const FRT_URL = 'https://www.ala.org/advocacy/intfreedom/facialrecognitionresolution';
const BDS = 'ALA Resolution on the Misuse of Behavioral Data Surveillance in Libraries (2021)';
const BDS_URL = 'https://www.ala.org/advocacy/intfreedom/datasurveillance';
const NISO = 'NISO Consensus Principles on Users\u2019 Digital Privacy in Library, Publisher, and Software-Provider Systems (2015)';
const NISO_URL = 'https://www.niso.org/publications/privacy-principles';
const VENDOR = 'ALA Library Privacy Guidelines for Vendors';
const VENDOR_URL = 'https://www.ala.org/advocacy/privacy/guidelines/vendors';

const entries = [
  { id: 'ala-frt-1', title: 'ALA opposes facial recognition software in every kind of library: it breaches privacy and chills library use', source: FRT, url: FRT_URL },
  { id: 'ala-frt-2', title: 'Educate staff, users, trustees and legislators about facial recognition, its bias and error', source: FRT, url: FRT_URL },
  { id: 'ala-frt-3', title: 'Libraries and partners using facial recognition should stop immediately', source: FRT, url: FRT_URL },
  { id: 'ala-frt-4', title: 'Legislators are encouraged to place a moratorium on facial recognition in libraries', source: FRT, url: FRT_URL },
  { id: 'ala-bds-1', title: 'ALA stands against behavioral data surveillance of library use and users', source: BDS, url: BDS_URL },
  { id: 'ala-bds-2', title: 'Never trade user data for discounts, payments or incentives', source: BDS, url: BDS_URL },
  { id: 'ala-bds-3', title: 'Apply the strictest privacy settings by default, with no action needed from the user', source: BDS, url: BDS_URL },
  { id: 'ala-bds-4', title: 'Do not implement behavioral data surveillance or use its data to deny service', source: BDS, url: BDS_URL },
  { id: 'ala-bds-5', title: 'Use contract language that forbids vendor surveillance and denial of access based on it', source: BDS, url: BDS_URL },
  { id: 'ala-bds-6', title: 'Oversee vendor compliance with contractual privacy obligations', source: BDS, url: BDS_URL },
  { id: 'ala-bds-7', title: 'Library workers should learn about and advocate for users\u2019 privacy rights', source: BDS, url: BDS_URL },
  { id: 'ala-bds-8', title: 'Act as information fiduciaries: audit privacy routinely so user information is never misused or disclosed', source: BDS, url: BDS_URL },
  { id: 'lbor-vii', title: 'Library Bill of Rights, Article VII: everyone has a right to privacy and confidentiality in library use', source: 'ALA Library Bill of Rights, Article VII (2019)', url: 'https://www.ala.org/advocacy/intfreedom/librarybill' },
  { id: 'ala-privacy-interp', title: 'Users should be free from unreasonable surveillance; analytics should be anonymous or aggregated and not tied to individuals', source: 'ALA, Privacy: An Interpretation of the Library Bill of Rights', url: 'https://www.ala.org/advocacy/intfreedom/librarybill/interpretations/privacy' },
  { id: 'niso-1', title: 'Privacy is a responsibility shared by libraries, publishers and software providers', source: NISO, url: NISO_URL },
  { id: 'niso-2', title: 'Be transparent and help users understand how their data is handled', source: NISO, url: NISO_URL },
  { id: 'niso-3', title: 'Secure user data in transit and at rest', source: NISO, url: NISO_URL },
  { id: 'niso-4', title: 'Collect and use only the data needed for a stated purpose, and keep it no longer than needed', source: NISO, url: NISO_URL },
  { id: 'niso-5', title: 'Anonymize or de-identify data used beyond the service itself', source: NISO, url: NISO_URL },
  { id: 'niso-6', title: 'Give users options and ask informed consent for any further use of their data', source: NISO, url: NISO_URL },
  { id: 'niso-7', title: 'Share user data with others only under stated policies, agreements and user consent', source: NISO, url: NISO_URL },
  { id: 'niso-8', title: 'Publish privacy policies and notify users of changes', source: NISO, url: NISO_URL },
  { id: 'niso-9', title: 'Support anonymous use of library services wherever possible', source: NISO, url: NISO_URL },
  { id: 'niso-10', title: 'Let users see, correct and delete their own data', source: NISO, url: NISO_URL },
  { id: 'niso-11', title: 'Review and improve privacy practices continuously', source: NISO, url: NISO_URL },
  { id: 'niso-12', title: 'Be accountable: audit and enforce privacy commitments', source: NISO, url: NISO_URL },
  { id: 'ala-vendor-agreements', title: 'Vendor agreements should state who owns user data and forbid uses beyond the service', source: VENDOR, url: VENDOR_URL },
  { id: 'ala-vendor-collection', title: 'Vendors should collect only the user data needed to provide the service', source: VENDOR, url: VENDOR_URL },
  { id: 'ala-vendor-sharing', title: 'Vendors should not share, sell or market user data to third parties without consent', source: VENDOR, url: VENDOR_URL },
  { id: 'ala-vendor-retention', title: 'Vendors should keep user data only as long as needed and delete it at contract end', source: VENDOR, url: VENDOR_URL },
  { id: 'ala-vendor-security', title: 'Vendors should encrypt data and notify the library promptly of breaches', source: VENDOR, url: VENDOR_URL },
  { id: 'ala-vendor-user-access', title: 'Vendors should let users see, correct and delete their data', source: VENDOR, url: VENDOR_URL },
  { id: 'ala-vendor-deidentification', title: 'Aggregated or de-identified data should be truly unlinkable and not re-identified', source: VENDOR, url: VENDOR_URL },
  { id: 'ala-vendor-law-enforcement', title: 'Disclose user data to government only with a court order, and tell the library', source: VENDOR, url: VENDOR_URL },
  { id: 'ala-vendor-tracking', title: 'Vendor platforms should not track users for advertising or across sites', source: VENDOR, url: VENDOR_URL },
] as const satisfies readonly CatalogueEntry[];

/** Every catalogue id; a citation to anything else fails validation. */
export type CitationId = (typeof entries)[number]['id'];

export const catalogue: ReadonlyMap<string, CatalogueEntry> = new Map(entries.map((e) => [e.id, e]));
