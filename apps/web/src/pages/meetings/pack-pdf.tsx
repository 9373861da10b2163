/** What the API says of a document as one PDF (Meeting.packPdf, Minutes.pdf). */
interface PdfState {
  status: string;
  url: string;
  pageCount?: number | null;
  size?: number | null;
}

/** 3.1 MB, 640 kB: as the pack email says it. */
export const readableSize = (bytes: number) => (bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1000))} kB`);

/**
 * The download of a document built by the worker, with what the reader may read in it. While it
 * is built the link still works: the server answers "being prepared" until it is ready.
 */
export function PdfDownload({ pdf, what }: { pdf: PdfState | null | undefined; what: string }) {
  if (!pdf) return null;
  if (pdf.status !== 'READY') return <p class="govuk-body app-secondary">{`The ${what} PDF is being prepared. Reload the page in a minute to download it.`}</p>;
  return (
    <p class="govuk-body">
      <a class="govuk-link" href={pdf.url}>
        {`Download the ${what} (PDF, ${pdf.pageCount ?? 0} pages, ${readableSize(pdf.size ?? 0)})`}
      </a>
    </p>
  );
}
