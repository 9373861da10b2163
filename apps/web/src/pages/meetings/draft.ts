import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

const PREFIX = 'convene:draft:';

function read<T>(key: string): T | undefined {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    return raw ? (JSON.parse(raw) as T) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A long form's unsaved work, kept in this browser as it is typed, so a reload or a closed tab
 * loses nothing. The key names what is being edited and the version it started from
 * (`minutes:<id>:v<version>`): once the server has a newer version, an older draft is not
 * offered over it. Leaving the page with unsaved changes asks first.
 */
export function useDraft<T>(key: string, saved: T) {
  const stored = useRef(read<T>(key));
  const [value, setValue] = useState<T>(stored.current ?? saved);
  const dirty = JSON.stringify(value) !== JSON.stringify(saved);

  useEffect(() => {
    try {
      if (dirty) localStorage.setItem(PREFIX + key, JSON.stringify(value));
      else localStorage.removeItem(PREFIX + key);
    } catch {
      // Storage full or blocked: the form still works, only without the safety net.
    }
  }, [key, value, dirty]);

  useUnsavedWarning(dirty);

  // Written as each change is made, not after the next paint: a reload straight after typing
  // must find it.
  const savedText = JSON.stringify(saved);
  const set = useCallback(
    (next: T | ((current: T) => T)) =>
      setValue((current) => {
        const value = typeof next === 'function' ? (next as (current: T) => T)(current) : next;
        try {
          if (JSON.stringify(value) !== savedText) localStorage.setItem(PREFIX + key, JSON.stringify(value));
          else localStorage.removeItem(PREFIX + key);
        } catch {
          // Storage full or blocked: the effect above tries again.
        }
        return value;
      }),
    [key, savedText],
  );

  return {
    value,
    set,
    dirty,
    /** True when the form opened with work restored from an earlier visit. */
    restored: stored.current !== undefined,
    /** After a save: the draft is the saved version now. */
    clear() {
      try {
        localStorage.removeItem(PREFIX + key);
      } catch {
        // Nothing to clear.
      }
    },
    discard() {
      stored.current = undefined;
      setValue(saved);
    },
  };
}

/** While there are unsaved changes: closing or reloading the page, or following a link in the client, asks first. */
export function useUnsavedWarning(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    // Links inside the client do not unload the page, so they ask here (before the router sees them).
    const leave = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('a');
      const href = link?.getAttribute('href');
      if (!href?.startsWith('/') || link?.hasAttribute('download')) return;
      if (!window.confirm('You have changes that are not saved. Leave this page and keep them only as a draft in this browser?')) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    document.addEventListener('click', leave, true);
    return () => {
      window.removeEventListener('beforeunload', warn);
      document.removeEventListener('click', leave, true);
    };
  }, [dirty]);

}

/** Drafts of older versions of the same thing are stale once a newer version is saved. */
export function forgetDrafts(prefix: string, keep: string): void {
  try {
    for (let i = localStorage.length - 1; i >= 0; i--) {
      const k = localStorage.key(i);
      if (k?.startsWith(PREFIX + prefix) && k !== PREFIX + keep) localStorage.removeItem(k);
    }
  } catch {
    // Storage blocked.
  }
}

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
const fieldsOf = (form: HTMLFormElement) => [...form.elements].filter((el): el is Field => 'name' in el && Boolean((el as Field).name) && (el as Field).type !== 'submit' && (el as Field).type !== 'button');

/**
 * The same safety net for a form of plain (uncontrolled) fields: what is typed is kept in this
 * browser under `key`, put back after a reload, and leaving with it unsent asks first. Pass
 * `ref` and `onInput` to the form; call `clear()` once it is sent.
 */
export function useFormDraft(key: string) {
  const form = useRef<HTMLFormElement | null>(null);
  const [dirty, setDirty] = useState(false);
  // The form may appear after a load: what was kept is put back when it does.
  const ref = useCallback(
    (el: HTMLFormElement | null) => {
      form.current = el;
      const stored = el ? read<Record<string, string>>(key) : undefined;
      if (!el || !stored) return;
      for (const field of fieldsOf(el)) {
        if (!(field.name in stored)) continue;
        if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio')) field.checked = stored[field.name] === field.value;
        else field.value = stored[field.name];
      }
      setDirty(true);
    },
    [key],
  );
  useUnsavedWarning(dirty);
  return {
    ref,
    dirty,
    onInput() {
      if (!form.current) return;
      const values: Record<string, string> = {};
      for (const el of fieldsOf(form.current)) if (!(el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio') && !el.checked)) values[el.name] = el.value;
      try {
        localStorage.setItem(PREFIX + key, JSON.stringify(values));
      } catch {
        // Storage blocked: the form still works.
      }
      setDirty(true);
    },
    clear() {
      try {
        localStorage.removeItem(PREFIX + key);
      } catch {
        // Nothing to clear.
      }
      setDirty(false);
    },
  };
}
