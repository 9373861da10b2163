import { useState } from 'preact/hooks';
import { Button, TextInput } from '../../components/ui';
import { graphql } from '../../gql';
import { ApiError, request } from '../../lib/api';
import { ErrorList, errorFor, type FormError } from '../admin/shared';

const FIND_PEOPLE = graphql(`
  query PeopleSearch($search: String!) {
    people(first: 10, search: $search) {
      nodes {
        id
        name
        organisation {
          id
          name
        }
      }
    }
  }
`);

export interface FoundPerson {
  id: string;
  name: string;
  organisation: { id: string; name: string } | null;
}

/** The first person whose name, email or organisation matches, e.g. to offer adding them instead of inviting. */
export async function findPerson(search: string): Promise<FoundPerson | null> {
  return (await request(FIND_PEOPLE, { search })).people.nodes[0] ?? null;
}

/**
 * Finds people in the partnership by name or organisation. Results are buttons in a list, so the
 * whole search works by keyboard: type, Enter, Tab to a person, Enter.
 */
export function PersonSearch({ id, already, alreadyWords, onChoose }: { id: string; already: Set<string>; alreadyWords: string; onChoose: (person: FoundPerson) => void }) {
  const [search, setSearch] = useState('');
  const [searched, setSearched] = useState('');
  const [results, setResults] = useState<FoundPerson[] | null>(null);
  const [errors, setErrors] = useState<FormError[]>([]);
  const find = async (event: Event) => {
    event.preventDefault();
    if (search.trim().length < 2) return setErrors([{ field: id, message: 'Enter at least 2 letters of a name or organisation' }]);
    setErrors([]);
    try {
      setResults((await request(FIND_PEOPLE, { search: search.trim() })).people.nodes);
      setSearched(search.trim());
    } catch (caught) {
      setErrors([{ message: caught instanceof ApiError ? caught.message : 'The search did not work. Try again.' }]);
    }
  };
  return (
    <>
      <ErrorList errors={errors} />
      <form onSubmit={find} noValidate role="search" aria-label="Find people">
        <div class="app-manage-search">
          <TextInput id={id} label="Name or organisation" autoComplete="off" value={search} error={errorFor(errors, id)} onInput={(e) => setSearch(e.currentTarget.value)} />
          <Button secondary>Search</Button>
        </div>
      </form>
      <div aria-live="polite">
        {results &&
          (results.length === 0 ? (
            <p class="govuk-body">Nobody in the partnership matches “{searched}”. You can invite them by email below.</p>
          ) : (
            <ul class="govuk-list app-manage-results" aria-label="People found">
              {results.map((p) => (
                <li key={p.id} class="app-manage-wrap">
                  {already.has(p.id) ? (
                    <span>
                      {p.name}
                      {p.organisation && `, ${p.organisation.name}`} ({alreadyWords})
                    </span>
                  ) : (
                    <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-1 app-manage-choose" onClick={() => onChoose(p)}>
                      Choose {p.name}
                      {p.organisation && <span class="govuk-!-font-weight-regular">, {p.organisation.name}</span>}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          ))}
      </div>
    </>
  );
}
