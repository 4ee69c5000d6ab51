// Runs before any other script of the built page (vite.config.ts puts it right after the static policy).
// The static policy cannot know which basemap the user entered, and a second policy can only narrow the first:
// this one narrows connect-src to the page's own origin plus the one https origin that src/app/basemap-policy.ts
// remembered from the basemap URL. Any other host is refused by the browser, whatever script asks.
(function () {
  var origin = '';
  try {
    var remembered = window.localStorage.getItem('phusong.basemapOrigin') || '';
    if (/^https:\/\/[a-z0-9.-]+(:[0-9]{1,5})?$/.test(remembered)) origin = remembered;
  } catch {
    origin = ''; // storage refused (private mode, policy): no basemap host at all
  }
  var meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = "connect-src 'self' data: blob:" + (origin ? ' ' + origin : '');
  meta.setAttribute('data-basemap-origin', origin);
  document.head.appendChild(meta);
})();
