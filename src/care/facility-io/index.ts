/**
 * Facility import/export codec: CSV (RFC 4180), XLSX and GeoJSON ⇄ FacilityData. Pure — no database, no HTTP;
 * the API route and the CLI hand it the file's bytes and write what it returns. This file is its face.
 *
 * ## The flat row format (one facility per row; identical columns for CSV and XLSX)
 *
 * | column | 中文表头 | content |
 * |---|---|---|
 * | `id` | 编号 | optional UUID: present → update that facility, empty → create a new one |
 * | `name` | 名称 | required, 2–100 characters |
 * | `tier` | 层级 | `municipal_centre` 市级托育综合服务中心, `county_centre` 县级公办托育中心, `community` 社区托育点, `family_point` 家庭托育点, `kindergarten_class` 幼儿园托班, `employer` 用人单位办托, `private` 社会力量办托 |
 * | `ownership` | 性质 | `public` 公办, `affordable` 普惠, `market` 市场化 |
 * | `filing_status` | 备案状态 | `unfiled` 未备案 (default), `pending` 备案中, `filed` 已备案, `revoked` 已撤销 |
 * | `filing_number` | 备案号 | required when filed |
 * | `division_id` | 区县代码 | county-level division code, e.g. `140403` |
 * | `address` | 地址 | required |
 * | `lng`, `lat` | 经度, 纬度 | decimal degrees |
 * | `crs` | 坐标系 | `wgs84` (default) or `gcj02` (高德/腾讯 coordinates; converted to WGS-84 on import) |
 * | `opening_days` | 开放日 | ISO weekdays 1 = Monday … 7 = Sunday: `1-5`, `1,2,3,4,5,6`, `1-3,5` |
 * | `open`, `close` | 开门, 关门 | `HH:MM`, 24-hour; the three opening columns are all empty (no fixed hours) or all set |
 * | `services` | 服务 | `mode:price/unit` separated by `;` — `full_day:1500/month; half_day:900/month; temporary:35/hour`; modes `full_day` 全日托, `half_day` 半日托, `hourly` 计时托, `temporary` 临时托; units `month` 月, `day` 日, `half_day` 半天, `hour` 小时 |
 * | `classes` | 班级 | `name:band:capacity[:id]` separated by `;` — `乳儿班1:infant:10; 托小班1:toddler_small:15`; bands `infant` 乳儿班, `toddler_small` 托小班, `toddler_large` 托大班, `mixed` 混合班; a `\` escapes `;` `:` `\` inside a name (`\n` is a newline) |
 * | `floor_area_m2`, `outdoor_area_m2` | 建筑面积, 户外面积 | square metres |
 * | `contact_person`, `contact_phone` | 联系人, 联系电话 | |
 * | `supervisor_id` | 上级中心 | UUID of the supervising centre |
 * | `medical_institution_id` | 签约医疗机构 | UUID of the signed medical institution (医育融合) |
 *
 * Headers may be the English column name or the Chinese one, case-, space- and `_`-insensitive, or both as
 * written by the XLSX export (`名称 (name)`). Enum cells take the English code or the Chinese name. Full-width
 * `；` `：` and `，` are accepted as separators. Numbers are plain decimals: thousands separators (`1,500`) are
 * rejected with a message saying so, never silently misread. Unknown columns are an error (row 0). An empty
 * optional cell parses to `null` — a row is the whole facility, so an empty cell on an update clears the value.
 * CSV text that starts with `'` before `=`, `+`, `-` or `@` loses that one `'` on import: it is the guard the CSV
 * export adds against spreadsheet formula injection.
 *
 * ## Rows and issues
 * Every parser returns `{ rows, issues }`. `rows` holds the rows that are valid; `issues` names EVERY problem with
 * its `row` and flat column name as `field` (`classes`, `lat`, …; `geometry` for GeoJSON). `row` is the 1-based
 * data row: CSV — the record number after the header (a blank record still counts, so row N is spreadsheet row
 * N + 1); XLSX — the spreadsheet row number minus 1 (the header is spreadsheet row 1); GeoJSON — the 1-based index
 * in `features`. `row: 0` is the header (unknown, duplicate or missing columns). An import is all-or-nothing: a
 * caller writes `rows` only when `issues` is empty.
 *
 * Every issue also carries a stable `code` (issues.ts lists them). Every string cell goes through one text check
 * first (src/shared/text.ts): NUL, control characters other than TAB/LF/CR, U+FFFE/U+FFFF and lone surrogates are
 * issues on that row and column (`nul_character`, `control_character`, `noncharacter`, `lone_surrogate`).
 *
 * Files that cannot be read at all throw {@link AppError}: `invalid` (unclosed CSV quote, not JSON, not a
 * workbook), `too_large`, `unsupported` (unknown format, legacy `.xls`).
 *
 * ## Limits, applied while reading
 * Each reader stops as soon as a limit is passed instead of reading the file whole first: facility row
 * {@link MAX_IMPORT_ROWS} + 1 (10,001); {@link MAX_READ_ROWS} CSV records or XLSX rows in all, blank ones included;
 * {@link MAX_IMPORT_BYTES} (10 MB) per file; for XLSX {@link MAX_XLSX_UNPACKED_BYTES} inflated bytes and
 * {@link MAX_XLSX_SHARED_STRINGS} shared strings (xlsx.ts: exceljs's streaming reader); for GeoJSON
 * {@link MAX_FEATURE_BYTES} per feature, parsed one at a time (geojson.ts).
 *
 * ## Files
 * columns.ts (names, Chinese headers, spellings) · cells.ts (cell → value) · record.ts (one row → a facility) ·
 * table.ts (header + rows) · csv.ts · xlsx.ts + zip.ts · geojson.ts + json-members.ts · file.ts (format, encoding,
 * dispatch) · flat-row.ts (facility → row, for the exports) · issues.ts · types.ts (shapes and limits).
 */
export { FACILITY_COLUMN_ZH, FACILITY_COLUMNS, FILING_STATUS_ZH, PRICE_UNIT_ZH, resolveHeader, type FacilityColumn } from './columns.ts';
export { facilitiesToCsv, parseFacilitiesCsv } from './csv.ts';
export { decodeText, facilityFileFormat, parseFacilitiesFile } from './file.ts';
export { facilityToRow } from './flat-row.ts';
export { facilitiesToGeoJson, MAX_FEATURE_BYTES, parseFacilitiesGeoJson } from './geojson.ts';
export type { ImportIssue, ImportIssueCode } from './issues.ts';
export {
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
  MAX_READ_ROWS,
  type ExportedFacility,
  type FacilityFeature,
  type FacilityFeatureCollection,
  type FacilityFileFormat,
  type FacilityImport,
  type FlatRow,
  type ImportedFacility,
  type ImportOptions,
} from './types.ts';
export { facilitiesToXlsx, MAX_XLSX_SHARED_STRINGS, MAX_XLSX_UNPACKED_BYTES, parseFacilitiesXlsx } from './xlsx.ts';
