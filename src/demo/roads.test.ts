import { describe, expect, it } from 'vitest';
import { Network } from './network.ts';
import { roadsGeoJson } from './roads.ts';

describe('roads GeoJSON', () => {
  it('keeps walkable ways, rivers and railways with their names, drops the rest', () => {
    const net = new Network();
    const a = net.addNode(113.1, 36.2);
    const b = net.addNode(113.101, 36.2);
    const c = net.addNode(113.101, 36.201);
    net.addWay([a, b], [['highway', 'residential'], ['name', '英雄中路']]);
    net.addWay([b, c], [['highway', 'service'], ['access', 'private']]);
    net.addWay([a, c], [['waterway', 'river'], ['name', '石子河']]);
    net.addWay([a, c], [['building', 'yes']]);
    const fc = JSON.parse(roadsGeoJson(net)) as { synthetic: boolean; features: { properties: Record<string, string>; geometry: { coordinates: number[][] } }[] };
    expect(fc.synthetic).toBe(true);
    expect(fc.features.map((f) => f.properties)).toEqual([{ highway: 'residential', name: '英雄中路' }, { highway: 'service', access: 'private' }, { waterway: 'river', name: '石子河' }]);
    expect(fc.features[0]!.geometry.coordinates).toEqual([
      [113.1, 36.2],
      [113.101, 36.2],
    ]);
  });
});
