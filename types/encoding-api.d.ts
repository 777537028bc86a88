/**
 * The one host API the pure folders may use beyond the language: the Encoding
 * API's `TextDecoder`, present alike in browsers, workers and Node. Declared
 * for `tsconfig.pure.json` only, which has neither DOM nor Node types.
 */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  /** The text of `input`, decoded in the decoder's encoding. */
  decode(input?: ArrayBufferView | ArrayBuffer): string;
}
