import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

let source: string | null = null;

/**
 * Chart.js's own UMD build from node_modules, read once, served by Vigil (no CDN). The package's exports map does not
 * name dist/chart.umd.min.js, so it is found beside the file its main entry resolves to. The source-map comment goes:
 * the map is not served.
 */
export function chartLibrary(): string {
  source ??= readFileSync(join(dirname(require.resolve('chart.js')), 'chart.umd.min.js'), 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
  return source;
}
