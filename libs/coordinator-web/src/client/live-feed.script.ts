/**
 * Server-sent events read with fetch() (the session cookie goes with it), which lets the page tell an ended
 * sign-in (401: stop, offer to sign in) from a dropped connection (reconnect with back-off). `ready` means
 * "refetch, you may have missed some".
 */
export const LIVE_FEED_JS = String.raw`
// The action-card feeds say run-changed, the crisis board's feed board-changed; keep-alives are ignored.
const CHANGE_EVENTS = ['run-changed', 'board-changed'];

function watchLive(path, onChange) {
  const status = $('live-status');
  let stopped = false;
  let controller = null;
  let delay = 1000;
  const dispatch = (block) => {
    let type = 'message';
    const data = [];
    for (const line of block.split('\n')) {
      if (line.startsWith('event:')) type = line.slice(6).trim();
      else if (line.startsWith('data:')) data.push(line.slice(5).trim());
    }
    if (type === 'ready') {
      delay = 1000;
      status.textContent = w('live.on');
      onChange(null);
    } else if (CHANGE_EVENTS.includes(type) && data.length) {
      onChange(JSON.parse(data.join('\n')));
    }
  };
  (async () => {
    while (!stopped) {
      controller = new AbortController();
      try {
        const response = await fetch(path, { headers: { Accept: 'text/event-stream' }, credentials: 'same-origin', signal: controller.signal });
        if (response.status === 401) {
          stopped = true;
          status.textContent = w('live.offSignedOut');
          sessionEnded();
          return;
        }
        if (!response.ok || !response.body) throw new Error('HTTP ' + response.status);
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value.replace(/\r\n/g, '\n');
          let cut;
          while ((cut = buffer.indexOf('\n\n')) >= 0) {
            dispatch(buffer.slice(0, cut));
            buffer = buffer.slice(cut + 2);
          }
        }
      } catch (error) {
        if (stopped) return;
      }
      if (stopped) return;
      status.textContent = w('live.reconnecting');
      await sleep(delay);
      delay = Math.min(delay * 2, 15000);
    }
  })();
  status.textContent = w('live.connecting');
  return () => {
    stopped = true;
    if (controller) controller.abort();
    status.textContent = w('live.off');
  };
}
`;
