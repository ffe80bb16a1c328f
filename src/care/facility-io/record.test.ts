import { describe, expect, it } from 'vitest';
import { NATIONAL_POLICY_2019 } from '../policy.ts';
import { facilitiesToCsv, parseFacilitiesCsv } from './csv.ts';
import { facility } from './test-fixtures.ts';

describe('one record → a facility or every issue', () => {
  it('rejects thousands separators clearly, in number columns and in prices', () => {
    const f = facilitiesToCsv([facility(1)]).replace(',420,', ',"1,420",').replace('full_day:1500/month; temporary:35/hour', '"full_day:1,500/month; temporary:35/hour"');
    const r = parseFacilitiesCsv(f);
    expect(r.issues).toEqual([
      { row: 1, field: 'services', code: 'thousands_separator', message: 'service "full_day:1,500/month": price "1,500": write numbers without thousands separators (1500, not 1,500)' },
      { row: 1, field: 'floor_area_m2', code: 'thousands_separator', message: '"1,420": write numbers without thousands separators (1420, not 1,420)' },
    ]);
  });

  it('names each problem of a row with several', () => {
    const text = [
      'name,tier,ownership,filing_status,division_id,address,lng,lat,opening_days,open,classes,contact_phone,id',
      'X,小区,public,filed,140403,某路1号,abc,36.2,1-9,25:00,"a:infant:3; a:infant:11",phone?,not-a-uuid',
    ].join('\r\n');
    const r = parseFacilitiesCsv(text);
    expect(r.issues.map((i) => i.field).sort()).toEqual(['classes', 'classes', 'close', 'contact_phone', 'filing_number', 'id', 'lng', 'name', 'open', 'opening_days', 'tier'].sort());
    expect(r.issues.every((i) => i.row === 1)).toBe(true);
    const by = (field: string) => r.issues.find((i) => i.field === field)!;
    expect(by('close')).toMatchObject({ code: 'incomplete_hours', message: expect.stringMatching(/opening_days, open and close go together/) });
    expect(by('filing_number')).toMatchObject({ code: 'filing_number_required', message: expect.stringMatching(/filing number/) });
    expect(by('lng')).toMatchObject({ code: 'not_a_number', message: '"abc" is not a number' });
    expect(by('open')).toMatchObject({ code: 'time_hhmm', message: 'the time must be HH:MM (24-hour) (got "25:00")' });
    expect(by('opening_days').code).toBe('out_of_range');
    expect(by('id').code).toBe('not_uuid');
    expect(by('tier').code).toBe('unknown_value');
    expect(r.issues.filter((i) => i.field === 'classes').map((i) => i.message)).toEqual([
      '乳儿班 (infant) capacity 11 exceeds the national cap of 10 (cn-national-2019)',
      'class name "a" is used twice',
    ]);
  });

  it('names every bad item of a list cell', () => {
    const csv = facilitiesToCsv([facility(1)]).replace('乳儿班1:infant:10; 托小班1:toddler_small:15', '乳儿班1:baby:10; 托小班1:toddler_small:many; 托大班1:托大班:20');
    const r = parseFacilitiesCsv(csv);
    expect(r.issues).toEqual([
      {
        row: 1,
        field: 'classes',
        code: 'unknown_value',
        message: expect.stringMatching(/^unknown class band in "乳儿班1:baby:10": "baby"; use one of: infant \(乳儿班\).*; class "托小班1": capacity "many" is not a number$/),
      },
    ]);
  });

  it('checks class caps against the policy it is given', () => {
    const strict = { ...NATIONAL_POLICY_2019, id: 'local-2026', classes: { ...NATIONAL_POLICY_2019.classes, infant: { ...NATIONAL_POLICY_2019.classes.infant, maxChildren: 8 } } };
    const r = parseFacilitiesCsv(facilitiesToCsv([facility(1)]), { policy: strict });
    expect(r.issues).toEqual([{ row: 1, field: 'classes', code: 'over_cap', params: { cap: 8, band: 'infant', policy: 'local-2026' }, message: '乳儿班 (infant) capacity 10 exceeds the national cap of 8 (local-2026)' }]);
  });

  it('names a cell that fails the text check once: no second issue from its parser, the schema or the rules', () => {
    const csv = facilitiesToCsv([facility(1)]);
    const bad = csv.replace('晋长托备-1', '晋长托备\u0000-1').replace('乳儿班1:infant:10', '乳儿\u001f班1:infant:10').replace(',社区托育点1,', ',社区\ud800点1,');
    const r = parseFacilitiesCsv(bad);
    expect(r.issues.map((i) => [i.field, i.code])).toEqual([
      ['name', 'lone_surrogate'],
      ['filing_number', 'nul_character'],
      ['classes', 'control_character'],
    ]);
    expect(r.rows).toEqual([]);
  });
});
