/**
 * The first stop of the Tab order: straight to the timeline's mark (its one tab stop), past the search box and
 * the hundreds of filter checkboxes. A plain "#id" link would not do: the URL hash holds the view.
 */
export function SkipLink() {
  return (
    <a
      className="skip-link"
      href="#timeline-heading"
      onClick={(e) => {
        e.preventDefault();
        document.querySelector<HTMLElement>('.plot [tabindex="0"], .plot[tabindex="0"]')?.focus();
      }}
    >
      Skip to the timeline
    </a>
  );
}
