/** The coordinator page's routes: a run by path, else the board. */
export const APP_JS = String.raw`
begin((path) => {
  const match = /^\/coordinator\/runs\/([^/]+)\/?$/.exec(path);
  return match ? showRun(decodeURIComponent(match[1])) : showBoard();
});
`;
