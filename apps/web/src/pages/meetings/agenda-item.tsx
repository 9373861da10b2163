import type { ComponentChildren } from 'preact';
import type { Item } from './context';
import { plural, webUrl } from './forms';
import { formatTime } from './london';
import { PaperFiles } from './paper-files';
import { Text } from './parts';

/** Resources from the knowledge bank taken as papers (only those the reader may open come back). */
function BankPapers({ item }: { item: Item }) {
  if (!item.bankPapers.length) return null;
  return (
    <>
      <p class="govuk-body govuk-!-margin-bottom-1">From the knowledge bank:</p>
      <ul class="govuk-list govuk-list--bullet app-break">
        {item.bankPapers.map((paper) => (
          <li key={paper.id}>
            <a class="govuk-link" href={paper.resourceUrl}>
              {paper.resourceTitle}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}

function Papers({ item }: { item: Item }) {
  if (item.papers.length === 0) return null;
  return (
    <>
      <p class="govuk-body govuk-!-margin-bottom-1">{item.papers.length === 1 ? 'Paper:' : 'Papers:'}</p>
      <ul class="govuk-list govuk-list--bullet app-break">
        {item.papers.map((paper, i) => {
          const url = webUrl(paper.url);
          return (
            <li key={i}>
              {url ? (
                <a class="govuk-link" href={url} rel="noopener noreferrer">
                  {paper.title}
                </a>
              ) : (
                `${paper.title} (${paper.url})`
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** Who presents it and for how long: "Presented by Amina Yusuf (Refugee Action), 20 minutes". */
export function itemMeta(item: Item): string {
  const who = item.presenter ? `Presented by ${item.presenter.name}${item.presenter.organisation ? ` (${item.presenter.organisation.name})` : ''}` : '';
  const time = item.minutesAllotted ? plural(item.minutesAllotted, 'minute') : '';
  return [who, time].filter(Boolean).join(', ');
}

/**
 * One agenda item as the pack shows it: number and title, presenter, time, description, papers,
 * and the forum thread for members' inputs. Managers' controls go in `children`.
 */
export function AgendaItemView({ item, number, level = 3, startsAt, children }: { item: Item; number?: number; level?: 3 | 4; startsAt?: string; children?: ComponentChildren }) {
  const Heading = level === 3 ? 'h3' : 'h4';
  const meta = [startsAt && `From ${formatTime(startsAt)}`, itemMeta(item)].filter(Boolean).join('. ');
  return (
    <>
      <Heading class="govuk-heading-s govuk-!-margin-bottom-1" id={`item-${item.id}`}>
        {number !== undefined && <span class="app-agenda__number">{number}. </span>}
        {item.title}
      </Heading>
      {meta && <p class="govuk-body-s app-secondary govuk-!-margin-bottom-2">{meta}</p>}
      <Text value={item.description} />
      <Papers item={item} />
      <BankPapers item={item} />
      <PaperFiles files={item.files} label={item.title} />
      {item.inputsThread && (
        <p class="govuk-body">
          <a class="govuk-link" href={`/forums/${item.inputsThread.forumId}/threads/${item.inputsThread.id}`}>
            {item.inputsThread.locked ? 'Read the inputs sent in the forum' : 'Send or read inputs in the forum'}
            <span class="govuk-visually-hidden"> for {item.title}</span>
          </a>
        </p>
      )}
      {children}
    </>
  );
}
