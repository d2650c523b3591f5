/** The learning page's shell: no data, only the header and an empty `main` the script fills from the learning-review API. */
export const LEARNING_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Learning reviews · Vigil</title>
<link rel="stylesheet" href="/learning/assets/learning.css">
<script src="/learning/assets/learning.js" defer></script>
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="top">
  <p class="brand"><a href="/learning">Vigil · learning reviews</a></p>
  <nav aria-label="Other pages"><p><a href="/">Start page</a> · <a href="/statistics">Statistics</a></p></nav>
  <div id="signed-in" class="signed-in" aria-live="polite"></div>
</header>
<div id="problem" class="problem" role="alert" hidden></div>
<p id="notice" class="notice" role="status" aria-live="polite"></p>
<main id="main" tabindex="-1"><noscript>This page needs JavaScript.</noscript></main>
</body>
</html>
`;
