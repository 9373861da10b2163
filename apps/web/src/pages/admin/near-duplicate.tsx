import { useOrganisationOptions } from './people';

// Words that do not tell two organisations apart ("The Refugee Council Ltd" is "Refugee Council").
const NOISE = new Set(['the', 'of', 'and', 'for', 'ltd', 'limited', 'cic', 'cio', 'plc', 'trust', 'charity', 'uk', 'org']);

/** Lower case, "&" as "and", punctuation and noise words gone. */
export function comparable(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((w) => w && !NOISE.has(w))
    .join(' ');
}

/** Edit distance, for typos such as "Refugee Councill". */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

export function nearDuplicates(name: string, existing: { id: string; name: string }[]): { id: string; name: string }[] {
  const wanted = comparable(name);
  if (wanted.length < 3) return [];
  return existing.filter((o) => {
    const other = comparable(o.name);
    return other === wanted || distance(other, wanted) <= (wanted.length > 12 ? 2 : 1);
  });
}

/** Warns, without stopping anyone, when a new organisation's name is close to one already there. */
export function NearDuplicateWarning({ name }: { name: string }) {
  const { nodes } = useOrganisationOptions();
  const close = nearDuplicates(name, nodes).slice(0, 3);
  if (close.length === 0) return null;
  return (
    <div class="govuk-warning-text" id="organisation-near-duplicate">
      <span class="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong class="govuk-warning-text__text">
        <span class="govuk-visually-hidden">Warning</span>
        There is already an organisation with a very similar name:{' '}
        {close.map((o, i) => (
          <span key={o.id}>
            {i > 0 && ', '}
            <a class="govuk-link" href={`/admin/organisations/${o.id}`}>
              {o.name}
            </a>
          </span>
        ))}
        . Check it is not the same one before adding it.
      </strong>
    </div>
  );
}
