import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gcj02ToWgs84, toWgs84, wgs84ToGcj02 } from './coords.ts';
import { haversineMeters } from './geo.ts';

describe('GCJ-02 ⇄ WGS-84', () => {
  // 长治市 (Changzhi) city centre, WGS-84. The GCJ-02 offset there is a few hundred metres, mostly west→east.
  const changzhi = { lng: 113.1163, lat: 36.1954 };

  it('shifts a Changzhi point by the known GCJ-02 offset (≈ 0.006° east, ≈ 0.0005° north)', () => {
    const [glng, glat] = wgs84ToGcj02(changzhi.lng, changzhi.lat);
    expect(glng - changzhi.lng).toBeGreaterThan(0.005);
    expect(glng - changzhi.lng).toBeLessThan(0.008);
    expect(Math.abs(glat - changzhi.lat)).toBeLessThan(0.002);
    const shift = haversineMeters(changzhi.lng, changzhi.lat, glng, glat);
    expect(shift).toBeGreaterThan(400);
    expect(shift).toBeLessThan(800);
  });

  it('agrees with the published closed-form GCJ-02 forward transform (independent re-implementation)', () => {
    // Krasovsky 1940 ellipsoid constants of the GCJ-02 obfuscation, as in every open implementation (eviltransform).
    const a = 6378245.0;
    const ee = 0.006693421622965943;
    const tLat = (x: number, y: number) =>
      -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x)) +
      ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3 +
      ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3 +
      ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3;
    const tLng = (x: number, y: number) =>
      300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x)) +
      ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3 +
      ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3 +
      ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3;
    const { lng, lat } = changzhi;
    const radLat = (lat / 180) * Math.PI;
    const magic = 1 - ee * Math.sin(radLat) ** 2;
    const sqrtMagic = Math.sqrt(magic);
    const dLat = (tLat(lng - 105, lat - 35) * 180) / (((a * (1 - ee)) / (magic * sqrtMagic)) * Math.PI);
    const dLng = (tLng(lng - 105, lat - 35) * 180) / ((a / sqrtMagic) * Math.cos(radLat) * Math.PI);
    const [glng, glat] = wgs84ToGcj02(lng, lat);
    expect(haversineMeters(glng, glat, lng + dLng, lat + dLat)).toBeLessThan(0.01);
  });

  it('round-trips WGS-84 → GCJ-02 → WGS-84 within 1 m anywhere in mainland China', () => {
    fc.assert(
      fc.property(fc.double({ min: 75, max: 134, noNaN: true }), fc.double({ min: 18, max: 53, noNaN: true }), (lng, lat) => {
        const [glng, glat] = wgs84ToGcj02(lng, lat);
        const [blng, blat] = gcj02ToWgs84(glng, glat);
        expect(haversineMeters(lng, lat, blng, blat)).toBeLessThan(1);
      }),
    );
  });

  it('leaves points outside China unchanged (GCJ-02 equals WGS-84 there)', () => {
    for (const [lng, lat] of [
      [2.3522, 48.8566], // Paris
      [-73.9857, 40.7484], // New York
      [151.2093, -33.8688], // Sydney
    ] as const) {
      expect([...gcj02ToWgs84(lng, lat)]).toEqual([lng, lat]);
      expect([...wgs84ToGcj02(lng, lat)]).toEqual([lng, lat]);
    }
  });
});

describe('toWgs84', () => {
  it('converts gcj02 and passes wgs84 (the default) through', () => {
    expect(toWgs84({ lng: 113.116, lat: 36.196 })).toEqual({ lng: 113.116, lat: 36.196 });
    expect(toWgs84({ lng: 113.116, lat: 36.196, crs: 'wgs84' })).toEqual({ lng: 113.116, lat: 36.196 });
    const w = toWgs84({ lng: 113.116, lat: 36.196, crs: 'gcj02' });
    const [lng, lat] = gcj02ToWgs84(113.116, 36.196);
    expect(w).toEqual({ lng, lat });
    expect(haversineMeters(113.116, 36.196, w.lng, w.lat)).toBeGreaterThan(400);
  });
});
