/**
 * How browser tests reach the page's MapLibre map without a test hook in the production bundle: React keeps each
 * DOM node's fiber on the node (`__reactFiber$…`, in production builds too — React DevTools reads the same), and a
 * component's hooks hang off its fiber as a list. From the map container we walk up to the component that owns it
 * and take the ref whose value is a MapLibre map (it has queryRenderedFeatures). Test code only.
 *
 * `MAP` is a JavaScript expression for `page.evaluate` strings: `(() => { const m = ${MAP}; … })()`. It is null until
 * the page has created its map.
 */
export const MAP = `((() => {
  const el = document.querySelector('[data-testid="city-map"], [data-testid="planner-map"]');
  if (!el) return null;
  const key = Object.keys(el).find((k) => k.startsWith('__reactFiber$'));
  for (let fiber = key ? el[key] : null; fiber; fiber = fiber.return) {
    for (let hook = fiber.memoizedState; hook && typeof hook === 'object' && 'next' in hook; hook = hook.next) {
      const ref = hook.memoizedState;
      if (ref && typeof ref === 'object' && 'current' in ref && ref.current && typeof ref.current.queryRenderedFeatures === 'function') return ref.current;
    }
  }
  return null;
})())`;
