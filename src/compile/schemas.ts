/**
 * The JSON Schemas of the compiler's hand-edited inputs: seeds/manifest.yaml and the curated
 * data/*.yaml. One definition for both places the compiler runs: Ajv compiles them at run time in
 * Node (node/host.ts) and to plain JavaScript at build time for the browser worker
 * (build/vite-plugin-map-validator.ts), where no `eval` is allowed.
 */
const id = { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' };
const str = { type: 'string', minLength: 1 };
const strList = { type: 'array', items: str };
const reference = {
  type: 'array',
  minItems: 1,
  items: {
    type: 'object',
    additionalProperties: false,
    minProperties: 1,
    properties: { url: str, title: str, publisher: str, kind: str, note: str },
  },
};
const confidence = { enum: ['high', 'medium', 'low'] };
/** A library reference: its address, and what the page says of itself where known. */
const libraryReference = {
  type: 'array',
  minItems: 1,
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['url'],
    properties: {
      url: { type: 'string', pattern: '^https?://' },
      title: str,
      publisher: str,
      kind: {
        enum: ['government', 'association', 'research', 'company', 'media', 'encyclopedia'],
      },
      note: str,
    },
  },
};
const firm = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'zh', 'en', 'segments', 'reference'],
  properties: {
    id,
    zh: str,
    en: str,
    aliases: strList,
    region: id,
    /** The library chain (data/chains/<chain>.yaml) whose segments `segments` names. */
    chain: id,
    segments: { type: 'array', items: id },
    customers: { type: 'array', items: id },
    reference,
  },
};

const CURATED = {
  /** One chain of the industry-chain library (data/chains/<id>.yaml; data/chains/README.md). */
  chain: {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'ChainMap industry-chain library: one chain',
    description:
      'One industry chain: its names, and its segments in tiers with aliases, the segments each supplies (feeds, a DAG), public references and leading firms. Checked by the compiler, which also requires unique ids and names within the chain, feeds that resolve and form no cycle, and at least three of the tiers upstream, midstream, downstream.',
    type: 'object',
    additionalProperties: false,
    required: ['chain', 'segments'],
    properties: {
      chain: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'zh', 'en', 'reference'],
        properties: {
          id,
          zh: str,
          en: str,
          aliases: strList,
          confidence,
          reference: libraryReference,
        },
      },
      segments: {
        type: 'array',
        minItems: 12,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'zh', 'en', 'tier', 'reference'],
          properties: {
            id,
            zh: str,
            en: str,
            full: {
              type: 'object',
              additionalProperties: false,
              properties: { zh: str, en: str },
            },
            tier: { enum: ['upstream', 'midstream', 'downstream', 'service'] },
            aliases: strList,
            feeds: { type: 'array', items: id },
            confidence,
            reference: libraryReference,
            firms: {
              type: 'array',
              items: {
                type: 'object',
                additionalProperties: false,
                required: ['zh', 'en', 'reference'],
                properties: { zh: str, en: str, reference: libraryReference },
              },
            },
          },
        },
      },
    },
  },
  regions: {
    type: 'object',
    additionalProperties: false,
    required: ['regions'],
    properties: {
      regions: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'zh', 'en', 'level', 'reference'],
          properties: {
            id,
            zh: str,
            en: str,
            aliases: strList,
            parent: id,
            reference,
            level: { enum: ['province', 'city', 'zone', 'county'] },
          },
        },
      },
    },
  },
  enterprises: {
    type: 'object',
    additionalProperties: false,
    properties: {
      local: { type: 'array', items: firm },
      customers: { type: 'array', items: firm },
    },
  },
  glossary: {
    type: 'object',
    additionalProperties: false,
    required: ['terms'],
    properties: {
      terms: {
        type: 'object',
        additionalProperties: {
          type: 'object',
          additionalProperties: false,
          required: ['en'],
          properties: { en: str, aliases: strList, reference, note: str },
        },
      },
      words: { type: 'object', additionalProperties: str },
    },
  },
};

/** A fact staff add to a document's reading, quoting the sentence it is in (see io/sources.ts). */
const CORRECTION_KINDS = { enum: ['key-link', 'customer', 'metric', 'title'] };
const added = {
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'quote'],
  properties: {
    kind: CORRECTION_KINDS,
    name: str,
    quote: str,
    id,
    value: { type: 'number' },
    unit: str,
    why: str,
  },
};
const dropped = {
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'name'],
  properties: { kind: CORRECTION_KINDS, name: str, why: str },
};
const MANIFEST = {
  type: 'object',
  additionalProperties: false,
  required: ['documents'],
  properties: {
    documents: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['file'],
        properties: {
          file: str,
          original: str,
          id,
          featured: { type: 'boolean' },
          kind: str,
          title: str,
          issuer: str,
          region: str,
          date: { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' },
          add: { type: 'array', items: added },
          drop: { type: 'array', items: dropped },
        },
      },
    },
  },
};

/** data/places.yaml: the cities of China by province, each name with its suffix. */
const cityNames = {
  type: 'array',
  items: { type: 'string', pattern: '^[\\u4e00-\\u9fa5]+(?:市|地区|自治州|盟)$' },
};
const PLACES = {
  type: 'object',
  additionalProperties: false,
  required: ['provinces'],
  properties: {
    provinces: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        properties: { cities: cityNames, 'county-level': cityNames },
      },
    },
  },
};

/** Each input's schema, by the name the validators go by (host.ts `Validators`). */
export const INPUT_SCHEMAS = {
  manifest: MANIFEST,
  chain: CURATED.chain,
  regions: CURATED.regions,
  enterprises: CURATED.enterprises,
  glossary: CURATED.glossary,
  places: PLACES,
};
