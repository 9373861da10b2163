import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { graphql } from '../../gql';
import type { MentionCandidatesQuery } from '../../gql/graphql';
import { request } from '../../lib/api';

const CANDIDATES = graphql(`
  query MentionCandidates($forumId: ID!, $query: String!) {
    mentionCandidates(forumId: $forumId, query: $query, first: 8) {
      id
      name
      organisation
    }
  }
`);

type Candidate = MentionCandidatesQuery['mentionCandidates'][number];

/** The `@words` being typed just before the caret, if any: where the `@` is and what follows it. */
export function mentionAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const match = /(^|[\s(])@(\p{L}[\p{L}\p{M}'’-]*(?: \p{L}[\p{L}\p{M}'’-]*){0,3} ?)$/u.exec(before);
  if (!match) return null;
  return { start: before.length - match[2].length - 1, query: match[2] };
}

interface Picker {
  /** Spread onto the textarea: the listbox's wiring and its keys. */
  textarea: Pick<JSX.TextareaHTMLAttributes<HTMLTextAreaElement>, 'aria-autocomplete' | 'aria-controls' | 'aria-activedescendant' | 'onKeyDown' | 'onKeyUp' | 'onClick' | 'onBlur'>;
  /** The list of people, rendered under the textarea while there is something to choose. */
  listbox: JSX.Element | null;
}

/**
 * The composer's @ picker: typing "@" and a letter lists the forum's readers whose name starts
 * so; up and down move, Enter or Tab inserts the mention as `@[Name](id)`, Escape closes. The
 * textarea keeps focus throughout (aria-activedescendant), so screen readers hear each choice.
 */
export function useMentionPicker({ id, forumId, value, onInput }: { id: string; forumId: string; value: string; onInput(value: string): void }): Picker {
  const [at, setAt] = useState<{ start: number; query: string } | null>(null);
  const [options, setOptions] = useState<Candidate[]>([]);
  const [active, setActive] = useState(0);
  const asked = useRef(0);
  const listId = `${id}-mentions`;

  const look = (event: { currentTarget: HTMLTextAreaElement }) => {
    const el = event.currentTarget;
    const found = el.selectionStart === el.selectionEnd ? mentionAt(el.value, el.selectionStart) : null;
    setAt((current) => (current?.start === found?.start && current?.query === found?.query ? current : found));
  };

  useEffect(() => {
    if (!forumId || !at || !at.query.trim()) return setOptions([]);
    const ticket = ++asked.current;
    const timer = window.setTimeout(async () => {
      try {
        const data = await request(CANDIDATES, { forumId, query: at.query.trim() });
        if (ticket === asked.current) {
          setOptions(data.mentionCandidates);
          setActive(0);
        }
      } catch {
        if (ticket === asked.current) setOptions([]);
      }
    }, 150);
    return () => window.clearTimeout(timer);
  }, [at?.start, at?.query, forumId]);

  const open = at !== null && options.length > 0;
  const close = () => {
    asked.current++;
    setAt(null);
    setOptions([]);
  };

  const choose = (person: Candidate) => {
    if (!at) return;
    const el = document.getElementById(id) as HTMLTextAreaElement | null;
    const end = at.start + 1 + at.query.length;
    const mention = `@[${person.name.replace(/[[\]\n]/g, '')}](${person.id}) `;
    const text = el?.value ?? value;
    const next = text.slice(0, at.start) + mention + text.slice(end);
    const caret = at.start + mention.length;
    // Change the box and its caret now, before the next key lands: a caret set later would move
    // whatever is typed in between to the wrong place.
    if (el) {
      el.value = next;
      el.setSelectionRange(caret, caret);
      el.focus();
    }
    onInput(next);
    close();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (!open) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + options.length) % options.length);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  };

  const onKeyUp = (event: KeyboardEvent & { currentTarget: HTMLTextAreaElement }) => {
    if (['ArrowDown', 'ArrowUp', 'Enter', 'Tab', 'Escape'].includes(event.key) && open) return;
    look(event);
  };

  return {
    textarea: {
      'aria-autocomplete': 'list',
      'aria-controls': open ? listId : undefined,
      'aria-activedescendant': open ? `${listId}-${active}` : undefined,
      onKeyDown,
      onKeyUp,
      onClick: look,
      // A click on an option lands first (mousedown keeps focus), so closing on blur is safe.
      onBlur: () => window.setTimeout(close, 150),
    },
    listbox: (
      <>
        {open && (
          <ul class="app-mentions" id={listId} role="listbox" aria-label="People to mention">
            {options.map((person, i) => (
              <li
                key={person.id}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                class={`app-mentions__option${i === active ? ' app-mentions__option--active' : ''}`}
                onMouseDown={(event) => {
                  event.preventDefault();
                  choose(person);
                }}
              >
                <span class="govuk-!-font-weight-bold">{person.name}</span>
                {person.organisation && <span class="app-mentions__hint">, {person.organisation}</span>}
              </li>
            ))}
          </ul>
        )}
        <p class="govuk-visually-hidden" role="status">
          {open ? `${options.length} ${options.length === 1 ? 'person' : 'people'} to mention. Use up and down, then Enter to choose.` : ''}
        </p>
      </>
    ),
  };
}
