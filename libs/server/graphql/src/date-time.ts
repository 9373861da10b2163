import { Kind, isScalarType, type GraphQLSchema, type ValueNode } from 'graphql';
import { badInput } from '@convene/errors';

// A calendar date, optionally with a time and an offset: what ISO 8601 and toISOString write.
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:([T ])\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/**
 * A Date from an ISO 8601 string, or BAD_USER_INPUT: an Invalid Date must never reach SQL.
 * A time without an offset is UTC, whatever the server's own time zone (JavaScript would read it
 * as the server's local time); a date alone is midnight UTC.
 */
export function parseDateTime(value: unknown): Date {
  const text = typeof value === 'string' ? value.trim() : '';
  const parts = ISO_DATE_TIME.exec(text);
  const date = parts ? new Date(parts[4] && !parts[5] ? `${text.replace(' ', 'T')}Z` : text) : null;
  // Date rolls 31 February over into March; a calendar day that does not exist is refused.
  const dayExists = parts !== null && new Date(Date.UTC(+parts[1], +parts[2] - 1, +parts[3])).getUTCDate() === +parts[3];
  if (!date || Number.isNaN(date.getTime()) || !dayExists) throw badInput('Dates and times are ISO 8601 strings, such as 2026-03-05T18:30:00Z.');
  return date;
}

/**
 * Nest's DateTime scalar turns any value into `new Date(value)`, Invalid Date included. Makes
 * it refuse what is not a date, for every DateTime argument, variable and input field alike;
 * only parsing changes, so the SDL stays the same.
 */
export function strictDateTimes(schema: GraphQLSchema): GraphQLSchema {
  const scalar = schema.getType('DateTime');
  if (!isScalarType(scalar)) return schema;
  scalar.parseValue = parseDateTime;
  scalar.parseLiteral = (node: ValueNode) => parseDateTime(node.kind === Kind.STRING ? node.value : undefined);
  return schema;
}
