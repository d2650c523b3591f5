interface Shell {
  readonly title: string;
  /** Where the page lives and its assets are served: `/coordinator` or `/crisis`. */
  readonly base: string;
  readonly asset: string;
  readonly brand: string;
  /** Links to the other page(s), shown in the header. */
  readonly links?: readonly [href: string, text: string][];
}

/** The shell both pages share; their scripts fill `main`. */
function pageShell({ title, base, asset, brand, links = [] }: Shell): string {
  const linkLines = links.length
    ? `  <nav aria-label="Other pages"><p>${links.map(([href, text]) => `<a href="${href}">${text}</a>`).join(' · ')}</p></nav>\n`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Vigil</title>
<link rel="stylesheet" href="${base}/assets/${asset}.css">
<script src="${base}/assets/${asset}.js" defer></script>
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="top">
  <p class="brand"><a href="${base}">Vigil · ${brand}</a></p>
${linkLines}  <div id="signed-in" class="signed-in" aria-live="polite"></div>
  <p id="live-status">Live updates: off</p>
</header>
<div id="problem" class="problem" role="alert" hidden></div>
<p id="notice" class="notice" role="status" aria-live="polite"></p>
<main id="main" tabindex="-1"><noscript>This page needs JavaScript.</noscript></main>
</body>
</html>
`;
}

/** The action-card board or a run. */
export const COORDINATOR_PAGE = pageShell({
  title: 'Crisis coordinator',
  base: '/coordinator',
  asset: 'coordinator',
  brand: 'crisis coordinator',
  links: [['/crisis', 'Crisis board']],
});

/** The crisis board or an activation. */
export const CRISIS_PAGE = pageShell({
  title: 'Crisis board',
  base: '/crisis',
  asset: 'crisis',
  brand: 'crisis board',
  links: [['/coordinator', 'Action-card board']],
});
