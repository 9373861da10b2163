import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { Tag, formatDate } from '../../components/ui';
import { TERMS_STATUS } from './format';

/**
 * Text from the API shown as text, never as HTML: blank lines make paragraphs, lines starting
 * "-" or "*" make a bulleted list and "1." a numbered one, "# Heading" lines are shown in bold,
 * and **bold** stays bold. Anything else (links, HTML) is shown exactly as written.
 */
export function TextBlocks({ text }: { text: string }) {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.replace(/^\n+|\s+$/g, ''))
    .filter(Boolean);
  return (
    <>
      {blocks.map((block, i) => {
        const lines = block.split('\n');
        if (lines.every((line) => /^\s*[-*+]\s+/.test(line)))
          return (
            <ul class="govuk-list govuk-list--bullet" key={i}>
              {lines.map((line, j) => (
                <li key={j}>{inline(line.replace(/^\s*[-*+]\s+/, ''))}</li>
              ))}
            </ul>
          );
        if (lines.every((line) => /^\s*\d+[.)]\s+/.test(line)))
          return (
            <ol class="govuk-list govuk-list--number" key={i}>
              {lines.map((line, j) => (
                <li key={j}>{inline(line.replace(/^\s*\d+[.)]\s+/, ''))}</li>
              ))}
            </ol>
          );
        if (lines.length === 1 && /^#{1,6}\s+/.test(block))
          return (
            <p class="govuk-body govuk-!-font-weight-bold" key={i}>
              {inline(block.replace(/^#{1,6}\s+/, ''))}
            </p>
          );
        return (
          <p class="govuk-body app-groups-lines" key={i}>
            {inline(block)}
          </p>
        );
      })}
    </>
  );
}

/** **bold** as <strong>; everything else as text. */
function inline(text: string) {
  return text.split(/(\*\*[^*\n]+\*\*)/).map((piece, i) => (i % 2 === 1 ? <strong key={i}>{piece.slice(2, -2)}</strong> : piece));
}

/** A wide table that scrolls inside its own box at narrow widths; reachable by keyboard. */
export function ScrollTable({ labelledBy, children }: { labelledBy: string; children: ComponentChildren }) {
  return (
    <div class="app-scroll app-groups-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}

export function TermsStatusTag({ status }: { status: string }) {
  const found = TERMS_STATUS[status] ?? { label: status };
  return <Tag colour={found.colour}>{found.label}</Tag>;
}

export function WarningText({ children }: { children: ComponentChildren }) {
  return (
    <div class="govuk-warning-text">
      <span class="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong class="govuk-warning-text__text">
        <span class="govuk-visually-hidden">Warning</span>
        {children}
      </strong>
    </div>
  );
}

export interface TermsVersion {
  id: string;
  version: number;
  status: string;
  approvedAt: string | null;
  approvedBy?: { name: string } | null;
  createdAt: string;
}

/** Every version the reader may see, newest first: drafts and proposals only for managers. */
export function VersionHistory({ versions, id }: { versions: TermsVersion[]; id: string }) {
  if (versions.length === 0) return <p class="govuk-body govuk-hint">There are no versions yet.</p>;
  return (
    <ScrollTable labelledBy={`${id}-caption`}>
      <table class="govuk-table">
        <caption class="govuk-table__caption govuk-visually-hidden" id={`${id}-caption`}>
          Versions of the terms of reference, newest first
        </caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">
              Version
            </th>
            <th scope="col" class="govuk-table__header">
              Status
            </th>
            <th scope="col" class="govuk-table__header">
              Started
            </th>
            <th scope="col" class="govuk-table__header">
              Approved
            </th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {versions.map((v) => (
            <tr class="govuk-table__row" key={v.id}>
              <th scope="row" class="govuk-table__header">
                Version {v.version}
              </th>
              <td class="govuk-table__cell">
                <TermsStatusTag status={v.status} />
              </td>
              <td class="govuk-table__cell">{formatDate(v.createdAt)}</td>
              <td class="govuk-table__cell">{v.approvedAt ? `${formatDate(v.approvedAt)}${v.approvedBy ? `, by ${v.approvedBy.name}` : ''}` : <span class="govuk-visually-hidden">Not approved</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

export interface TermsText {
  purpose: string;
  membership: string;
  quorum: number | null;
  cadence: string;
  reviewDate: string | null;
  body: string;
}

const TERMS_ROWS: { key: keyof TermsText; label: string }[] = [
  { key: 'purpose', label: 'Purpose' },
  { key: 'membership', label: 'Membership' },
  { key: 'quorum', label: 'Quorum' },
  { key: 'cadence', label: 'How often it meets' },
  { key: 'reviewDate', label: 'Review date' },
];

/** One version's fields as a summary list; `changedFrom` marks what differs from another version. */
export function TermsSummary({ terms, changedFrom }: { terms: TermsText; changedFrom?: TermsText | null }) {
  const value = (key: keyof TermsText) => {
    const v = terms[key];
    if (v === null || v === '') return <span class="govuk-hint">Not set</span>;
    if (key === 'quorum') return `${v} ${v === 1 ? 'member' : 'members'}`;
    if (key === 'reviewDate') return formatDate(String(v));
    return <TextBlocks text={String(v)} />;
  };
  const rows = changedFrom !== undefined ? [...TERMS_ROWS, { key: 'body' as const, label: 'Full text' }] : TERMS_ROWS;
  return (
    <dl class="govuk-summary-list">
      {rows.map(({ key, label }) => (
        <div class="govuk-summary-list__row" key={key}>
          <dt class="govuk-summary-list__key">
            {label}
            {changedFrom && (changedFrom[key] ?? '') !== (terms[key] ?? '') && (
              <>
                {' '}
                <Tag colour="turquoise">Changed</Tag>
              </>
            )}
          </dt>
          <dd class="govuk-summary-list__value">{key === 'body' && !terms.body ? <span class="govuk-hint">None</span> : value(key)}</dd>
        </div>
      ))}
    </dl>
  );
}

export interface FieldError {
  /** The id of the control to move to. */
  href: string;
  message: string;
}

/** The GOV.UK error summary for several field errors at once, focused when shown. */
export function FieldErrorSummary({ errors, attempt }: { errors: FieldError[]; attempt: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length) ref.current?.focus();
  }, [attempt]);
  if (!errors.length) return null;
  return (
    <div class="govuk-error-summary" ref={ref} tabIndex={-1} role="alert">
      <h2 class="govuk-error-summary__title">There is a problem</h2>
      <div class="govuk-error-summary__body">
        <ul class="govuk-list govuk-error-summary__list">
          {errors.map((e) => (
            <li key={e.href}>
              <a href={`#${e.href}`}>{e.message}</a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

export { DateInput, type DateParts } from '../../components/ui';
