/** The page shell; the script fills `main` with the board or a run. */
export const COORDINATOR_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Crisis coordinator · Vigil</title>
<link rel="stylesheet" href="/coordinator/assets/coordinator.css">
<script src="/coordinator/assets/coordinator.js" defer></script>
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="top">
  <p class="brand"><a href="/coordinator">Vigil · crisis coordinator</a></p>
  <p id="acting-as"></p>
  <p id="live-status">Live updates: off</p>
</header>
<div id="problem" class="problem" role="alert" hidden></div>
<p id="notice" class="notice" role="status" aria-live="polite"></p>
<main id="main" tabindex="-1"><noscript>This page needs JavaScript.</noscript></main>
</body>
</html>
`;
