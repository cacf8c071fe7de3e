import { svg } from 'lit';
import type { QrModules } from './qr-encoder';

/** The white margin the QR standard asks for around the code, in modules. */
const QUIET_ZONE = 4;

/**
 * The code as one SVG path, black on white whatever the kiosk's colour theme: phone cameras read
 * dark-on-light codes most reliably. Each run of dark modules in a row is one rectangle, which
 * keeps the path short; `crispEdges` stops anti-aliasing from blurring module edges.
 */
export function drawQr(modules: QrModules, label: string) {
  const size = modules.length;
  let path = '';
  modules.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      const start = x;
      while (row[x + 1]) x++;
      path += `M${start} ${y}h${x - start + 1}v1h${-(x - start + 1)}z`;
    }
  });
  const extent = size + 2 * QUIET_ZONE;
  return svg`<svg class="qr" viewBox="${-QUIET_ZONE} ${-QUIET_ZONE} ${extent} ${extent}" role="img" aria-label=${label} shape-rendering="crispEdges">
    <rect x=${-QUIET_ZONE} y=${-QUIET_ZONE} width=${extent} height=${extent} fill="#fff"></rect>
    <path d=${path} fill="#000"></path>
  </svg>`;
}
