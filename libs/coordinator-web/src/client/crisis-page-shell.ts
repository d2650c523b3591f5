/** The crisis page shell; the script fills `main` with the board or an activation. */
export const CRISIS_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Crisis board · Vigil</title>
<link rel="stylesheet" href="/crisis/assets/crisis.css">
<script src="/crisis/assets/crisis.js" defer></script>
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="top">
  <p class="brand"><a href="/crisis">Vigil · crisis board</a></p>
  <p><a href="/coordinator">Action-card board</a></p>
  <p id="acting-as"></p>
  <p id="live-status">Live updates: off</p>
</header>
<div id="problem" class="problem" role="alert" hidden></div>
<p id="notice" class="notice" role="status" aria-live="polite"></p>
<main id="main" tabindex="-1"><noscript>This page needs JavaScript.</noscript></main>
</body>
</html>
`;
