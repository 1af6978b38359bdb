// Types of the generated standalone validator (schema/generate-validator.mjs). Written by hand: the generator
// emits JavaScript only.
import type { ErrorObject } from 'ajv';

export interface SchemaValidateFunction {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export declare const validate: SchemaValidateFunction;
export default validate;
