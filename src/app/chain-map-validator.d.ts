/** The schema validator generated at build time by build/vite-plugin-map-validator.ts. */
declare module 'virtual:chain-map-validator' {
  /** One schema violation, as Ajv reports it. */
  export interface SchemaError {
    instancePath: string;
    message?: string;
  }
  /** True when `data` matches data/chain-map.schema.json; otherwise `errors` holds the first violation. */
  const validate: ((data: unknown) => boolean) & { errors?: SchemaError[] | null };
  export default validate;
}
