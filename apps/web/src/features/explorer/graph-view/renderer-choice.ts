/** Which Cytoscape renderer draws the explorer: its canvas renderer, or the same with its WebGL option on. */
export type RendererChoice = 'canvas' | 'webgl';

/**
 * WebGL renderer names of software implementations: Chrome's SwiftShader, Mesa's llvmpipe / softpipe, Windows'
 * WARP ("Microsoft Basic Render Driver"). Cytoscape's WebGL mode drew and panned several times slower than its canvas
 * renderer on SwiftShader (bench/render.bench.ts with BENCH_RENDERER=webgl), so without a GPU the canvas stays.
 */
const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software|basic render driver/i;

export function isSoftwareRenderer(rendererName: string): boolean {
  return SOFTWARE_RENDERER.test(rendererName);
}

/**
 * `?renderer=webgl` or `?renderer=canvas` in the page URL decides (the render bench measures both); otherwise WebGL
 * when the browser has a hardware WebGL2 context. `gpuRenderer` names that context's renderer, or returns null when
 * there is none.
 */
export function chooseRenderer(search: string, gpuRenderer: () => string | null): RendererChoice {
  const asked = new URLSearchParams(search).get('renderer');
  if (asked === 'webgl' || asked === 'canvas') return asked;
  const name = gpuRenderer();
  return name !== null && !isSoftwareRenderer(name) ? 'webgl' : 'canvas';
}

/**
 * The renderer name of a WebGL2 context the browser would give without a major performance caveat (the browser
 * itself refuses software fallbacks then), or null. Firefox reports the real name as RENDERER.
 */
export function hardwareWebglRenderer(): string | null {
  if (typeof document === 'undefined') return null;
  const gl = document.createElement('canvas').getContext('webgl2', { failIfMajorPerformanceCaveat: true });
  if (!gl) return null;
  const debugInfo = gl.getExtension('WEBGL_debug_renderer_info');
  const name = String(gl.getParameter(debugInfo ? debugInfo.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return name;
}
