/**
 * The one script every page loads (a small module, never inline): it registers the service worker that
 * keeps the site working offline (src/offline/sw.ts), and shows the page's offline notice while the
 * device has no connection. Everything on the page works without it.
 */
const notice = document.getElementById('offline-notice');
const showNotice = () => {
  if (notice) notice.hidden = navigator.onLine;
};
addEventListener('online', showNotice);
addEventListener('offline', showNotice);
showNotice();

if ('serviceWorker' in navigator) {
  // Offline support is an addition: if it cannot be set up (an old browser, a development server), the site works as before.
  const register = () => void navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  // A second after the page has loaded, so that setting up never competes with showing the page.
  const soon = () => setTimeout(register, 1000);
  if (document.readyState === 'complete') soon();
  else addEventListener('load', soon);
}
