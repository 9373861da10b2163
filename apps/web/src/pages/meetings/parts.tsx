import type { ComponentChildren } from 'preact';

/**
 * A wide table that scrolls sideways on a phone or at 200% zoom, instead of the page. The
 * region is focusable so keyboard users can scroll it too.
 */
export function Scroll({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="app-scroll" role="region" aria-label={`${label} (table)`} tabIndex={0}>
      {children}
    </div>
  );
}

/** A plain-text block that keeps the writer's line breaks, never parsed as HTML. */
export function Text({ value, class: className = '' }: { value: string | null | undefined; class?: string }) {
  if (!value?.trim()) return null;
  return <p class={`govuk-body app-pre-wrap ${className}`}>{value}</p>;
}
