/**
 * Page objects for the CareCircle web app: what a person sees and does, found by role and label (in Chinese, the
 * default language). Browser-side code is passed as strings so this file type-checks without the DOM library.
 */
import type { Locator, Page } from 'playwright-core';
import { MAP } from './map.ts';

export class LoginPageObject {
  constructor(readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/login`);
  }

  async login(username: string, password: string): Promise<void> {
    await this.page.getByLabel('用户名').fill(username);
    await this.page.getByLabel('密码').fill(password);
    await this.page.getByRole('button', { name: '登录', exact: true }).click();
    // (attached, not visible: on a phone the user's name sits in the folded menu)
    await this.page.getByTestId('user-name').waitFor({ state: 'attached' });
  }
}

export class HeaderObject {
  constructor(readonly page: Page) {}

  userName(): Locator {
    return this.page.getByTestId('user-name');
  }

  /** The language switch; its accessible name is "语言: English" in Chinese and "Language: 中文" in English. */
  languageSwitch(): Locator {
    return this.page.getByRole('button', { name: /语言|Language/ });
  }

  async openMenuIfCollapsed(): Promise<void> {
    const toggle = this.page.getByRole('button', { name: /菜单|Menu/ });
    if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  }
}

export class MapPageObject {
  constructor(readonly page: Page) {}

  map(): Locator {
    return this.page.getByRole('region', { name: /托育机构分布地图|Map of childcare/ });
  }

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/`);
    await this.waitUntilDrawn();
  }

  /** Waits until the facilities source has data and the map went idle. */
  async waitUntilDrawn(): Promise<void> {
    await this.page.locator('[data-map-ready="true"]').waitFor({ timeout: 60_000 });
  }

  /** Features MapLibre actually rendered in the facility layers (clusters and single points). */
  async renderedFacilityFeatures(): Promise<{ clusters: number; points: number }> {
    return (await this.page.evaluate(`(() => {
      const m = ${MAP};
      const c = m.queryRenderedFeatures({ layers: ['facility-clusters'] }).length;
      const p = m.queryRenderedFeatures({ layers: ['facility-points'] }).length;
      return { clusters: c, points: p };
    })()`)) as { clusters: number; points: number };
  }

  /** Counts non-background pixels of the tier colours in the WebGL canvas (proof that markers are painted). */
  async colouredPixelCount(): Promise<number> {
    // read inside the render event, before the frame is presented and the drawing buffer may be cleared
    return (await this.page.evaluate(`new Promise((resolve) => {
      const m = ${MAP};
      m.once('render', () => {
        const gl = m.getCanvas().getContext('webgl2') || m.getCanvas().getContext('webgl');
        const w = gl.drawingBufferWidth, h = gl.drawingBufferHeight;
        const px = new Uint8Array(w * h * 4);
        gl.readPixels(0, 0, w, h, gl.RGBA, gl.UNSIGNED_BYTE, px);
        let n = 0;
        for (let i = 0; i < px.length; i += 4) {
          const r = px[i], g = px[i + 1], b = px[i + 2];
          // saturated pixels: the background and division areas are near-grey
          if (Math.max(r, g, b) - Math.min(r, g, b) > 60) n++;
        }
        resolve(n);
      });
      m.triggerRepaint();
    })`)) as number;
  }

  /** Zooms to a single facility point and clicks it; returns the facility id. */
  async clickAFacility(): Promise<string> {
    const target = (await this.page.evaluate(`(async () => {
      const m = ${MAP};
      const src = m.getSource('facilities');
      const data = await src.getData();
      const f = data.features.find((x) => x.properties.tier === 'county_centre') || data.features[0];
      m.jumpTo({ center: f.geometry.coordinates, zoom: 15 });
      await new Promise((r) => m.once('idle', r));
      const p = m.project(f.geometry.coordinates);
      return { id: f.properties.id, x: p.x, y: p.y };
    })()`)) as { id: string; x: number; y: number };
    await this.map().click({ position: { x: target.x, y: target.y } });
    return target.id;
  }

  card(): Locator {
    return this.page.getByTestId('facility-card');
  }
}

export class ListPageObject {
  constructor(readonly page: Page) {}

  async open(baseUrl: string, query = ''): Promise<void> {
    await this.page.goto(`${baseUrl}/facilities${query}`);
    await this.table().waitFor();
  }

  table(): Locator {
    return this.page.getByRole('table', { name: /托育机构列表|Childcare facilities/ });
  }

  rows(): Locator {
    return this.table().locator('tbody tr');
  }

  async filterTier(label: string): Promise<void> {
    await this.page.getByLabel('机构类型').selectOption({ label });
  }
}

export class FacilityPageObject {
  constructor(readonly page: Page) {}

  async open(baseUrl: string, id: string): Promise<void> {
    await this.page.goto(`${baseUrl}/facilities/${id}`);
    await this.page.getByRole('heading', { level: 1 }).waitFor();
  }

  async startEditing(): Promise<void> {
    await this.page.getByRole('button', { name: '编辑机构信息' }).click();
    await this.page.getByRole('heading', { name: '编辑机构信息' }).waitFor();
  }

  /** The edit row of one class, by its name. */
  classRow(name: string): Locator {
    return this.page.getByRole('group', { name, exact: true });
  }

  capacityInput(className: string): Locator {
    return this.classRow(className).getByLabel('托位');
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: '保存', exact: true }).click();
  }
}

/**
 * The walking-access parts of the map page: the roads layer, walking circles (步行圈) of a facility or a clicked
 * place, and the 15-minute coverage tab. Layer ids are those of web/src/map/layers.ts.
 */
export class AccessMapObject {
  static readonly ROAD_LAYERS = ['water-line', 'road-private', 'road-minor-casing', 'road-minor', 'road-path', 'rail-line', 'road-major-casing', 'road-major'];
  static readonly ISOCHRONE_LAYERS = ['isochrone-fill'];

  constructor(readonly page: Page) {}

  roadsCheckbox(): Locator {
    return this.page.getByRole('checkbox', { name: '道路网络' });
  }

  /** Moves the map and waits until it has drawn everything (sources loaded, no transition). */
  async jumpTo(center: readonly [number, number], zoom: number): Promise<void> {
    await this.page.evaluate(`(async () => {
      const m = ${MAP};
      m.jumpTo({ center: ${JSON.stringify(center)}, zoom: ${zoom} });
      await new Promise((r) => m.once('idle', r));
    })()`);
  }

  /** Waits for the map to go idle (after a fit animation, a source update…). */
  async idle(): Promise<void> {
    await this.page.evaluate(`new Promise((r) => { const m = ${MAP}; if (m.loaded() && !m.isMoving()) { m.once('idle', r); m.triggerRepaint(); } else m.once('idle', r); })`);
  }

  /** How many features MapLibre rendered in the given layers (that exist) in the current view. */
  async rendered(layers: readonly string[]): Promise<number> {
    return (await this.page.evaluate(`(() => {
      const m = ${MAP};
      const layers = ${JSON.stringify(layers)}.filter((l) => m.getLayer(l));
      return layers.length ? m.queryRenderedFeatures({ layers }).length : 0;
    })()`)) as number;
  }

  async renderedRoads(): Promise<number> {
    return this.rendered(AccessMapObject.ROAD_LAYERS);
  }

  async renderedIsochrones(): Promise<number> {
    return this.rendered(AccessMapObject.ISOCHRONE_LAYERS);
  }

  attribution(): Locator {
    return this.page.locator('.maplibregl-ctrl-attrib');
  }

  walkingCircleButton(): Locator {
    return this.page.getByTestId('facility-card').getByRole('button', { name: '步行圈' });
  }

  pointModeButton(): Locator {
    return this.page.getByRole('button', { name: '查看这里的步行圈' });
  }

  /** The walking-circle box; its accessible name starts with 步行圈 followed by the facility or 所选位置. */
  walkPanel(): Locator {
    return this.page.getByRole('region', { name: /^步行圈/ });
  }

  walkRings(): Locator {
    return this.walkPanel().getByRole('list', { name: '步行时间图例' }).getByRole('listitem');
  }

  reachableFacilities(): Locator {
    return this.walkPanel().getByRole('list', { name: '15分钟内可步行到达的托育机构' }).getByRole('listitem');
  }

  clearButton(): Locator {
    return this.walkPanel().getByRole('button', { name: '清除步行圈' });
  }

  coverageTab(): Locator {
    return this.page.getByRole('tab', { name: '15分钟覆盖率' });
  }

  /** The headline share, e.g. "46.8%". */
  coverageShare(): Locator {
    return this.page.getByTestId('coverage-share').locator('strong');
  }

  coverageBars(): Locator {
    return this.page.getByRole('list', { name: '各县（市、区）覆盖率' }).getByRole('listitem');
  }

  minutesOption(minutes: number): Locator {
    return this.page.getByRole('group', { name: '步行时间' }).getByRole('radio', { name: `${minutes} 分钟` });
  }

  /** Clicks the map at a geographic position (after moving there). */
  async clickAt(lngLat: readonly [number, number]): Promise<void> {
    const p = (await this.page.evaluate(`(() => { const p = ${MAP}.project(${JSON.stringify(lngLat)}); return { x: p.x, y: p.y }; })()`)) as { x: number; y: number };
    await this.page.getByRole('region', { name: /托育机构分布地图|Map of childcare/ }).click({ position: p });
  }
}
