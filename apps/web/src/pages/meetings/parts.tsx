import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';

/**
 * A wide table that scrolls sideways on a phone or at 200% zoom, instead of the page. The
 * region is focusable so keyboard users can scroll it too; when the table is wider than the
 * screen, shadows mark the hidden edge and a line says it scrolls.
 */
export function Scroll({ label, children }: { label: string; children: ComponentChildren }) {
  const ref = useRef<HTMLDivElement>(null);
  const [wide, setWide] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () => setWide(el.scrollWidth > el.clientWidth + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <>
      {wide && (
        <p class="govuk-body-s app-secondary app-scroll-cue" aria-hidden="true">
          Scroll the table sideways to see all of it.
        </p>
      )}
      <div class="app-scroll" role="region" aria-label={`${label} (table)`} tabIndex={0} ref={ref}>
        {children}
      </div>
    </>
  );
}

/** A plain-text block that keeps the writer's line breaks, never parsed as HTML. */
export function Text({ value, class: className = '' }: { value: string | null | undefined; class?: string }) {
  if (!value?.trim()) return null;
  return <p class={`govuk-body app-pre-wrap ${className}`}>{value}</p>;
}

/**
 * Every problem with a form at once, each linked to its field (GOV.UK error summary). Focus
 * moves here when the problems change, so they are read out before anything else.
 */
export function Problems({ problems, fields = {} }: { problems: { field?: string; message: string }[]; fields?: Record<string, string> }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problems.length) ref.current?.focus();
  }, [problems]);
  if (problems.length === 0) return null;
  return (
    <div class="govuk-error-summary" ref={ref} tabIndex={-1} role="alert">
      <h2 class="govuk-error-summary__title">There is a problem</h2>
      <div class="govuk-error-summary__body">
        <ul class="govuk-list govuk-error-summary__list">
          {problems.map((p, i) => {
            const target = p.field && fields[p.field];
            return <li key={i}>{target ? <a href={`#${target}`}>{p.message}</a> : p.message}</li>;
          })}
        </ul>
      </div>
    </div>
  );
}
