import { isUuid } from '@convene/database';
import { badInput } from '@convene/errors';
import { checkText } from '@convene/graphql-kit';
import { BANK_THEMES, PolicyArea, ResourceType, ResourceVisibility } from '../bank.enums';
import type { ResourceInput } from './resource.models';

/** What a resource is saved as, once every field has passed its check. */
export interface CheckedResource {
  title: string;
  summary: string;
  type: ResourceType;
  year: number;
  publishedOn: string | null;
  themes: string[];
  policyAreas: PolicyArea[];
  geography: string;
  language: string;
  licence: string;
  externalUrl: string | null;
  organisationIds: string[];
  outsideAuthors: string[];
  supersededById: string | null;
  reviewOn: string | null;
  visibility: ResourceVisibility;
  groupId: string | null;
}

export const SUMMARY_MAX = 600;
export const AUTHORS_MAX = 20;
export const ORGANISATIONS_MAX = 20;

const fail = (field: string, message: string) => badInput(message, { field });

function oneLine(value: string | null | undefined, field: string, max: number, label: string, optional = true): string {
  const text = checkText(value ?? (optional ? '' : value), field, { max, optional, blank: optional, label }) ?? '';
  if (/[\r\n\u0000-\u001f]/.test(text)) throw fail(field, `The ${label} must be one line.`);
  return text;
}

/** YYYY-MM-DD that is a real day, or null. */
function day(value: string | null | undefined, field: string, label: string): string | null {
  if (value === null || value === undefined || value === '') return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const parsed = match && new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]));
  if (!match || !parsed || parsed.getUTCMonth() !== +match[2] - 1 || parsed.getUTCDate() !== +match[3]) throw fail(field, `The ${label} must be a real date, like 2024-03-31.`);
  return value;
}

function webAddress(value: string | null | undefined): string | null {
  const text = (value ?? '').trim();
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw fail('externalUrl', 'The link must be a web address starting with http:// or https://.');
  }
  if (!/^https?:$/.test(url.protocol) || text.length > 2000) throw fail('externalUrl', 'The link must be a web address starting with http:// or https://, up to 2,000 characters.');
  return text;
}

function ids(values: string[] | null | undefined, field: string, max: number, label: string): string[] {
  const list = [...new Set(values ?? [])];
  if (list.some((id) => !isUuid(id))) throw fail(field, `Choose ${label} from the list.`);
  if (list.length > max) throw fail(field, `Name at most ${max} ${label}.`);
  return list;
}

/** Checks every field of a resource in plain words, naming the field at fault. `thisYear` bounds the year. */
export function checkResource(input: ResourceInput, thisYear: number): CheckedResource {
  const title = oneLine(input.title, 'title', 200, 'title', false);
  const summary = checkText(input.summary, 'summary', { max: SUMMARY_MAX, label: 'summary' })!;
  if (!Object.values(ResourceType).includes(input.type)) throw fail('type', 'Choose a type of resource.');
  if (!Number.isInteger(input.year) || input.year < 1900 || input.year > thisYear + 1) throw fail('year', `The year must be between 1900 and ${thisYear + 1}.`);
  const publishedOn = day(input.publishedOn, 'publishedOn', 'publication date');
  if (publishedOn && Number(publishedOn.slice(0, 4)) !== input.year) throw fail('publishedOn', 'The publication date must fall in the year given.');
  const themes = [...new Set((input.themes ?? []).map((t) => t.trim().toLowerCase()))];
  const unknownTheme = themes.find((t) => !BANK_THEMES.includes(t));
  if (unknownTheme !== undefined) throw fail('themes', `“${unknownTheme.slice(0, 40)}” is not one of the themes: ${BANK_THEMES.join(', ')}.`);
  const policyAreas = [...new Set(input.policyAreas ?? [])];
  if (policyAreas.some((a) => !Object.values(PolicyArea).includes(a))) throw fail('policyAreas', 'Choose policy areas from the list.');
  const language = (input.language ?? 'en').trim().toLowerCase() || 'en';
  if (!/^[a-z]{2,3}$/.test(language)) throw fail('language', 'The language must be a two- or three-letter code, like en or cy.');
  const outsideAuthors = [...new Set((input.outsideAuthors ?? []).map((a, i) => oneLine(a, `outsideAuthors.${i}`, 120, 'author’s name', false)))];
  if (outsideAuthors.length > AUTHORS_MAX) throw fail('outsideAuthors', `Name at most ${AUTHORS_MAX} outside authors.`);
  if (!Object.values(ResourceVisibility).includes(input.visibility)) throw fail('visibility', 'Choose who may see the resource.');
  const groupId = input.groupId ?? null;
  if (input.visibility === ResourceVisibility.GROUP && !isUuid(groupId)) throw fail('groupId', 'Choose the group that may see the resource.');
  if (input.visibility !== ResourceVisibility.GROUP && groupId !== null) throw fail('groupId', 'Only resources seen by one group name a group.');
  const supersededById = input.supersededById ?? null;
  if (supersededById !== null && !isUuid(supersededById)) throw fail('supersededById', 'Choose the resource that replaces this one from the bank.');
  return {
    title,
    summary,
    type: input.type,
    year: input.year,
    publishedOn,
    themes,
    policyAreas,
    geography: oneLine(input.geography, 'geography', 100, 'geography'),
    language,
    licence: oneLine(input.licence, 'licence', 100, 'licence'),
    externalUrl: webAddress(input.externalUrl),
    organisationIds: ids(input.organisationIds, 'organisationIds', ORGANISATIONS_MAX, 'organisations'),
    outsideAuthors,
    supersededById,
    reviewOn: day(input.reviewOn, 'reviewOn', 'review date'),
    visibility: input.visibility,
    groupId,
  };
}
