/**
 * Strict validation of the messages that enter the background and the content
 * script, against the schemas of `messages.ts`. Anything that does not match
 * the protocol exactly (an unknown type, a missing or extra field, a wrong
 * type, an oversize string or list) is rejected with a message naming the
 * offending field. Validators never throw, and what they return is a fresh
 * copy holding only the known fields.
 */
import * as v from 'valibot';
import {
  BACKGROUND_PROTOCOL,
  CONTENT_PROTOCOL,
  pageRecordList,
  savedItemList,
  type BackgroundMessage,
  type PageRecord,
  type ContentMessage,
  type SavedItem,
} from './messages';
import { describe, isPlainObject } from './schema-parts';

/** The outcome of validating a value: the typed copy, or why it was rejected. */
export type Validation<T> = { ok: true; value: T } | { ok: false; error: string };

/** Validates a message sent to the background. */
export function validateBackgroundMessage(message: unknown): Validation<BackgroundMessage> {
  return validateMessage<BackgroundMessage>(message, BACKGROUND_PROTOCOL, 'the background');
}

/** Validates a message sent to the content script. */
export function validateContentMessage(message: unknown): Validation<ContentMessage> {
  return validateMessage<ContentMessage>(message, CONTENT_PROTOCOL, 'the content script');
}

/** Validates a list of at most `maxItems` stored items, e.g. read back from a backup; `path` names it in errors. */
export function validateSavedItems(items: unknown, path: string, maxItems = Number.MAX_SAFE_INTEGER): Validation<SavedItem[]> {
  return run(() => parse(savedItemList(maxItems), items, path));
}

/** Validates a list of at most `maxPages` page records read back from a backup; `path` names it in errors. */
export function validatePageRecords(pages: unknown, path: string, maxPages: number): Validation<PageRecord[]> {
  return run(() => parse(pageRecordList(maxPages), pages, path));
}

/** The request schemas of one side of the protocol, by message type. */
type Requests = Record<string, { request: v.GenericSchema }>;

function validateMessage<M>(message: unknown, protocol: Requests, receiver: string): Validation<M> {
  return run(() => {
    if (!isPlainObject(message)) return rejected(`message: expected an object, got ${describe(message)}`);
    const type = message.type;
    if (typeof type !== 'string') return rejected(`message.type: expected a string, got ${describe(type)}`);
    if (!Object.hasOwn(protocol, type)) {
      return rejected(`message.type: ${describe(type)} is not a message ${receiver} handles`);
    }
    return parse(protocol[type]!.request, message, 'message') as Validation<M>;
  });
}

function rejected(error: string): { ok: false; error: string } {
  return { ok: false, error };
}

/** Runs `schema` on `value`, stopping at the first problem, which is named by its path from `root`. */
function parse<TSchema extends v.GenericSchema>(
  schema: TSchema,
  value: unknown,
  root: string,
): Validation<v.InferOutput<TSchema>> {
  const result = v.safeParse(schema, value, { abortEarly: true });
  if (result.success) return { ok: true, value: result.output };
  return rejected(issueText(result.issues[0], root));
}

/** `message.items[2].tags[0]: expected a string, got 1`. */
function issueText(issue: v.BaseIssue<unknown>, root: string): string {
  const steps = issue.path ?? [];
  const last = steps.at(-1);
  // An unexpected field is a fault of the object holding it; the field's name is in the text.
  const owner = issue.type === 'strict_object' && issue.expected === 'never' ? steps.slice(0, -1) : steps;
  const path = root + owner.map((step) => (typeof step.key === 'number' ? `[${step.key}]` : `.${String(step.key)}`)).join('');
  // A required field holding undefined is as good as missing (and is dropped by structured cloning anyway).
  const missing = issue.input === undefined && last?.origin === 'value';
  return `${path}: ${missing ? 'missing' : issue.message}`;
}

function run<T>(validate: () => Validation<T>): Validation<T> {
  try {
    return validate();
  } catch (error) {
    return rejected(`invalid message: ${String(error)}`);
  }
}
