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
    properties: { url: str, note: str },
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
    segments: { type: 'array', items: id },
    customers: { type: 'array', items: id },
    reference,
  },
};

const CURATED = {
  taxonomy: {
    type: 'object',
    additionalProperties: false,
    required: ['industry', 'segments'],
    properties: {
      industry: {
        type: 'object',
        additionalProperties: false,
        required: ['zh', 'en'],
        properties: { zh: str, en: str, aliases: strList },
      },
      segments: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'zh', 'en', 'tier', 'feeds', 'reference'],
          properties: {
            id,
            zh: str,
            en: str,
            full: { type: 'object', properties: { zh: str, en: str } },
            tier: { enum: ['upstream', 'midstream', 'downstream', 'service'] },
            aliases: strList,
            feeds: { type: 'array', items: id },
            confidence: { enum: ['high', 'medium', 'low'] },
            reference,
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
          properties: { en: str, aliases: strList },
        },
      },
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

/** Each input's schema, by the name the validators go by (host.ts `Validators`). */
export const INPUT_SCHEMAS = {
  manifest: MANIFEST,
  taxonomy: CURATED.taxonomy,
  regions: CURATED.regions,
  enterprises: CURATED.enterprises,
  glossary: CURATED.glossary,
};
