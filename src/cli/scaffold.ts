/**
 * Templates for `npm run new`: a file with every field present and a short comment on what to
 * write. Fields the author must fill in hold a "TODO" placeholder (rule no-placeholders), so a
 * new concept passes the checker as a draft and fails with a clear list once set to pilot.
 * The kinds and paths come from the collection registry; the templates are written by hand, and
 * tests/unit/cli/scaffold-fields.test.ts fails when a schema field is missing from its template
 * (`lang` is left out on purpose: the folder decides the language).
 */
import { slugify, type CollectionName } from '../schemas/common.ts';
import { collectionRegistry, registryEntries } from '../schemas/collections.ts';
import { placeholderMarker as TODO } from '../rules/no-placeholders.ts';
import { metricColumns } from '../schemas/metrics.ts';

/** What `npm run new` writes: one kind per collection of the registry, by its singular name. */
export type ScaffoldKind = (typeof collectionRegistry)[CollectionName]['singular'];
export const scaffoldKinds = registryEntries().map((c) => c.singular as ScaffoldKind);
const collectionOf = new Map(registryEntries().map((c) => [c.singular, c]));

/** YAML double-quoted string (JSON strings are valid YAML). */
const q = (text: string) => JSON.stringify(text);

export interface Scaffold {
  /** Path inside the content folder, e.g. "concepts/scrap-to-savings.mdx". */
  path: string;
  text: string;
}

export function scaffold(kind: ScaffoldKind, title: string, today: Date): Scaffold {
  const slug = slugify(title);
  if (!slug) throw new Error(`"${title}" gives no usable file name; use letters or digits in the title.`);
  const day = today.toISOString().slice(0, 10);
  const collection = collectionOf.get(kind);
  if (!collection) throw new Error(`"${kind}" is not a kind of entry; use one of: ${scaffoldKinds.join(', ')}.`);
  // A field note is named after its day and concept: many notes share a concept.
  const name = kind === 'field-note' ? `${day}-${slug}` : slug;
  return { path: `${collection.folder}/${name}${collection.extensions[0]}`, text: templates[kind](title, day) };
}

const templates: Record<ScaffoldKind, (title: string, day: string) => string> = {
  concept: (title, day) => `---
# A product concept. Field reference: /authoring/. Check it with: npm run check:content
# Replace every ${TODO}. It stays a draft (unpublished) until you set status: pilot;
# then add a \`changes\` entry with kind: status ("Draft to pilot with …") at the top of changes.
# Lists: \`arguments: []\` is an empty list. To add items, delete the \`[]\` (keep \`arguments:\`)
# and remove the "#" in front of the example lines below it.

# --- Pitch (customer-safe: customers may read these) ---
title: ${q(title)}
tagline: "${TODO}: one line that sells the concept, with a figure if you can"
summary: "${TODO}: two or three sentences on what we sell and why it matters"
problem: "${TODO}: the problem in the customer's own words"
outcome: "${TODO}: the after-picture, what is better once they bought"

# --- Governance ---
status: draft # draft | pilot | live | retired
owner: "${TODO}: marketing owner"
salesChampion: "" # the salesperson who champions it; required from pilot on
lastReviewed: ${day} # last review with sales (YYYY-MM-DD)
reviewEveryDays: 180
changes:
  - date: ${day}
    kind: added # added | revised | status
    summary: Concept created.
# replacedBy: other-concept-id # only for retired concepts

# --- Links (ids of files in content/industries, personas, products, competitors) ---
industries: []
personas: []
products: [] # every kind listed here (device, software, …) must be in one bundle
competitors: []

# --- Selling arguments: at least 3 before pilot ---
arguments: []
#  - id: less-scrap # optional stable id; derived from the claim when left out
#    # claim and benefit are customer-safe; no buzzwords
#    claim: Scrap falls within one quarter
#    # proof: a figure with a unit; or proofPoint: the id of a proof point below; or source: where the evidence comes from
#    proof: Scrap down 38 % in 6 months at a tier-1 supplier
#    proofPoint: proof-point-id
#    source: Pilot report 2025
#    benefit: Less money thrown away every shift
#    personas: [quality-manager]

# --- Objections: at least 3 before pilot ---
objections: []
#  - id: too-expensive
#    # objection: as the customer says it
#    objection: It costs too much
#    aliases: [no budget]
#    category: price # price | timing | need | competition | trust | authority | other
#    concern: What really worries them
#    response: How to answer (acknowledge, reframe, prove)
#    proof: A figure that supports the response
#    followUp: The question to ask back
#    personas: [finance-controller]
#    competitor: competitor-id

# --- Bundles: the whole concept as one priced offer ---
bundles: []
#  - id: the-bundle
#    name: Name of the offer
#    items:
#      - product: product-id
#        quantity: 1
#    price: # components like a product's prices, excluding VAT
#      - amount: 30000
#        currency: EUR
#        per: once # once | month | year | day | unit
#    termMonths: 36 # required when any part recurs
#    pitch: Why this is one offer
#    validUntil: ${day}
#    negotiation: # internal
#      maxDiscountWithoutApproval: 5 # percent
#      approver: Sales director
#      floorPrice: 28000
#      trades:
#        - give: Extra training day
#          get: A public case study

# --- Value model for the payback calculator (optional) ---
# valueModel:
#   drivers:
#     - label: Less scrap
#       inputs: # the driver's yearly benefit is the product of its inputs
#         - id: scrapped-parts
#           label: Scrapped parts per year
#           unit: parts
#           default: 5000
#           question: How many parts do you scrap per year?

# --- Discovery questions: at least 3 before pilot ---
discoveryQuestions: []
#  - id: batch-out-of-tolerance # optional stable id; needed once the concept has a translation
#    question: How do you find out a batch is out of tolerance today?
#    purpose: What the answer tells us
#    personas: [quality-manager]

# --- Proof points: customer results ---
proofPoints: []
#  - id: brakel-scrap
#    # customer: internal unless public is true
#    customer: Customer name
#    industry: industry-id
#    result: Scrap down 38 % in 6 months
#    quote: A quote from the customer
#    public: false # true only when the customer agreed to be named

# --- Pilot with sales: a live concept needs results and a decision ---
# pilot:
#   scope: [Benelux field team]
#   start: ${day}
#   end: ${day}
#   results: What the pilot showed, with figures
#   decision: What was decided

# --- KPIs agreed by marketing and sales ---
kpis: []
#  - metric: win-rate # leads | qualified-leads | win-rate | ad-roi | deal-size | cycle-days
#    target: 30
#    period: quarter # quarter | year
#    baseline: 20

assets: [] # - { title: Deck, href: /assets/deck.pdf, lang: en, customerSafe: false, asOf: ${day} }
---

{/* The story and the talk track: Markdown, <Callout kind="tip|warning|internal"> and <TalkTrack>; no imports, no other {…}. Guide: /authoring/. */}

${TODO}: tell the story of the concept: the customer's situation, what changes, and how to talk about it.
`,

  product: (title) => `# A product. Field reference: /authoring/. Replace every ${TODO}.
name: ${q(title)}
kind: device # device | software | service | consumable
sku: "${TODO}: article number as on quotes"
aliases: [] # nicknames and old names people search for
prices: # one entry per component, excluding VAT
  - amount: 0 # ${TODO}: list price
    currency: EUR
    per: once # once | month | year | day | unit
    label: Price
summary: "${TODO}: one or two sentences on what it is and does (customer-safe)"
keyFacts: [] # short facts with figures, e.g. "Measures to 0.5 µm"
assets: [] # - { title: Data sheet, href: /assets/x.pdf, lang: en, customerSafe: true }
`,

  persona: (title) => `# A persona: someone involved in the purchase. Replace every ${TODO}.
name: ${q(title)}
role: "${TODO}: typical job titles and where they sit"
buyingRole: influencer # economic-buyer | evaluator | user | procurement | influencer
measuredOn: [] # the KPIs they are judged by, in their words
caresAbout: []
typicalObjections: [] # price | timing | need | competition | trust | authority | other
tips: [] # practical tips for talking to them
`,

  industry: (title) => `# An industry we sell to. Replace every ${TODO}.
name: ${q(title)}
description: "${TODO}: who these customers are and how they make money"
pains: [] # problems we solve for them
regulations: [] # e.g. IATF 16949, GMP, BRCGS
vocabulary: [] # words the customer uses
`,

  // Every list holds a placeholder: a battlecard with nothing in it must not pass unnoticed.
  competitor: (title, day) => `# A battlecard. Every claim needs a source. Replace every ${TODO}; add a "- " line for each more.
name: ${q(title)}
aliases: [] # other names and product names people use for them
asOf: ${day} # the day you last checked this against the market
weWinWhen:
  - "${TODO}: a situation where we usually win against them"
theyWinWhen: # be honest
  - "${TODO}: a situation where they usually win"
landmines: # questions to ask the customer that expose their weak spots
  - "${TODO}: a question that shows where they fall short"
claims:
  - claim: "${TODO}: what we say about them"
    source: "${TODO}: their data sheet, a URL, a lost-deal review"
    kind: fact # fact | inference
`,
  lesson: (title) => `---
# A lesson of a learning path. Field reference: /authoring/. Check it with: npm run check:content
# Replace every ${TODO}. Quote the playbook in the body with <Quote concept="…" item="…" />.
title: ${q(title)}
path: "${TODO}: the learning path, e.g. Concept selling"
order: 1 # place in the path, counting from 1
minutes: 10
objectives:
  - "${TODO}: what the learner can do after this lesson"
concepts: [] # ids of published concepts this lesson teaches from
quiz: []
#  - id: first-question
#    question: What does the customer buy?
#    options: [A gauge, Fewer scrapped parts]
#    answer: 2 # the number of the right option, counting from 1
#    explanation: Why that answer is right.
---

${TODO}: the lesson, in plain prose.
`,
  // A CSV table has no comments: the header line only; paste the CRM export's rows below it.
  metrics: () => `${metricColumns.join(',')}\n`,
  'field-note': (concept, day) => fieldNoteTemplate({ id: slugify(concept), industries: [], personas: [], objections: [] }, day),
};

/** What the field-note template lists of its concept, so the author picks instead of types. */
export interface NoteConcept {
  id: string;
  industries: readonly string[];
  personas: readonly string[];
  objections: readonly { id: string; objection: string }[];
}

/**
 * A field note for one concept, the way the form on the site composes it: today's date, the
 * concept's industries, personas and objections to pick from as comments.
 */
export function fieldNoteTemplate(concept: NoteConcept, day: string): string {
  const oneOf = (ids: readonly string[]) => (ids.length > 0 ? ` # one of: ${ids.join(', ')}` : ' # id of a file in content/');
  const objections = concept.objections.flatMap((o) => [`#  - objection: ${o.id} # ${q(o.objection)}`, '#    handled: false # true when the answer worked']);
  return `---
# A field note from one visit: a minute's work. Field reference: /authoring/.
# Check it with: npm run check:content
date: ${day} # day of the visit (YYYY-MM-DD)
# author: Your name # optional; notes are never ranked by person
concept: ${concept.id}
industry: ${concept.industries[0] ?? q(`${TODO}: industry id`)}${oneOf(concept.industries)}
persona: ${concept.personas[0] ?? q(`${TODO}: persona id`)}${oneOf(concept.personas)}
outcome: open # won | lost | open
# Objections the customer raised: delete the "[]" below, then remove the "#" of each one you heard.
objectionsHeard: []
${objections.join('\n')}
newObjections: [] # what they said that the playbook has no answer for, in their words: ["…"]
worked: "${TODO}: what worked on this visit (an argument, a figure, a question)"
didNotWork: "${TODO}: what did not work"
---
`;
}
