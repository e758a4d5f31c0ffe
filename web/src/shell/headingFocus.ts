/**
 * After an in-app navigation, focus goes to the new page's heading, as after a page load. The
 * heading may appear later than the navigation (a lazily loaded page, a page that loads its data
 * first), so the wish is kept until the page's heading mounts and takes it.
 */
let pending = false;

/** The shell calls this after a navigation: focus the heading now, or as soon as it exists. */
export function focusHeadingSoon(): void {
  // While a lazy page loads, React keeps the previous page hidden in the DOM: its heading cannot
  // take focus, so the wish waits for the new one.
  const heading = document.querySelector<HTMLElement>('#inhoud h1');
  heading?.focus();
  pending = !heading || document.activeElement !== heading;
}

/** A page heading calls this when it mounts. */
export function takeHeadingFocus(heading: HTMLElement | null): void {
  if (!pending || !heading) return;
  pending = false;
  heading.focus();
}
