/**
 * Sets a live region's text once the input that changes it pauses, so a screen reader hears the
 * result once instead of after every keystroke. The visible figures update at once; only what is
 * announced waits. Returns the function to call on every change.
 */
export function announceLater(region: HTMLElement, pauseMs = 800): (text: string) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (text: string) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      region.textContent = text;
    }, pauseMs);
  };
}
