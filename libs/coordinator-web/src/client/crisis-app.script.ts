/** The crisis page's routes: an activation by path, else the board. */
export const CRISIS_APP_JS = String.raw`
begin((path) => {
  const match = /^\/crisis\/activations\/([^/]+)\/?$/.exec(path);
  return match ? showActivation(decodeURIComponent(match[1])) : showCrisisBoard();
});
`;
