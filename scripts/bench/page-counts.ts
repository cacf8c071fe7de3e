import type { CDPSession } from '@playwright/test';

/** What a page holds after garbage collection: the JS heap, DOM nodes and JS event listeners. */
export interface PageCounts {
  heapBytes: number;
  domNodes: number;
  listeners: number;
}

/** Collects garbage, then reads the page's heap and DOM counters over CDP (leaks.ts, soak.ts). */
export async function readPageCounts(cdp: CDPSession): Promise<PageCounts> {
  // Several passes: the first can leave objects that only die once their finalizers have run.
  for (let pass = 0; pass < 3; pass += 1) await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  return { heapBytes: heap.usedSize, domNodes: dom.nodes, listeners: dom.jsEventListeners };
}
