import { describe, expect, it } from 'vitest';
import { parseReportArgs, ReportArgError } from '../../scripts/report/args';

describe('parseReportArgs', () => {
  it('defaults to the whole demo as JSON at 100 m and −105 dBm', () => {
    expect(parseReportArgs([])).toEqual({
      inputs: {}, cellM: 100, format: 'json', out: null, thresholdDbm: -105, help: false, mapping: null, dem: [], clutter: null,
      measurements: null, calibrate: false, holdOut: 0.2, includeIndoor: false,
    });
  });

  it('reads --measurements with --calibrate (a flag without a value) and --holdout within 0.05..0.5', () => {
    expect(parseReportArgs(['--measurements', 'd.csv', '--calibrate', '--holdout', '0.3'])).toMatchObject({ measurements: 'd.csv', calibrate: true, holdOut: 0.3 });
    expect(() => parseReportArgs(['--measurements', 'd.csv', '--holdout', '0.9'])).toThrow('--holdout: 0.9 is outside 0.05..0.5');
    expect(() => parseReportArgs(['--measurements', 'd.csv', '--calibrate=yes'])).toThrow('--calibrate takes no value');
  });

  it('reads --include-indoor, a flag that needs --calibrate', () => {
    expect(parseReportArgs(['--measurements', 'd.csv', '--calibrate', '--include-indoor'])).toMatchObject({ calibrate: true, includeIndoor: true });
    expect(parseReportArgs(['--measurements', 'd.csv', '--calibrate'])).toMatchObject({ includeIndoor: false });
    expect(() => parseReportArgs(['--measurements', 'd.csv', '--include-indoor'])).toThrow('--include-indoor needs --calibrate');
    expect(() => parseReportArgs(['--measurements', 'd.csv', '--calibrate', '--include-indoor=1'])).toThrow('--include-indoor takes no value');
  });

  it('reads every option, including a negative threshold as a separate token and --flag=value', () => {
    const args = parseReportArgs([
      '--units', 'u.geojson', '--villages=v.geojson', '--sites', 's.geojson', '--fibre', 'f.geojson',
      '--cell', '50', '--format', 'csv', '--out', 'r.csv', '--threshold', '-110',
    ]);
    expect(args.inputs).toEqual({ units: 'u.geojson', villages: 'v.geojson', sites: 's.geojson', fibre: 'f.geojson' });
    expect(args.cellM).toBe(50);
    expect(args.format).toBe('csv');
    expect(args.out).toBe('r.csv');
    expect(args.thresholdDbm).toBe(-110);
  });

  it('reads the 2G RxLev and 3G RSCP thresholds apart from the RSRP one', () => {
    const args = parseReportArgs(['--threshold', '-110', '--threshold-2g', '-90', '--threshold-3g=-105']);
    expect(args.thresholdDbm).toBe(-110);
    expect(args.thresholdRxLevDbm).toBe(-90);
    expect(args.thresholdRscpDbm).toBe(-105);
    expect(parseReportArgs([]).thresholdRxLevDbm).toBeUndefined();
    expect(() => parseReportArgs(['--threshold-2g', '-20'])).toThrow(/--threshold-2g: -20 is outside/);
  });

  it('reads a CSV mapping profile path', () => {
    expect(parseReportArgs(['--sites', 's.csv', '--mapping', 'vnpt.json']).mapping).toBe('vnpt.json');
    expect(() => parseReportArgs(['--mapping', ' '])).toThrow(/--mapping needs a file name/);
  });

  it.each([
    [['--bogus', 'x'], /unknown option --bogus/],
    [['--bogus'], /unknown option --bogus/],
    [['stray'], /unexpected argument "stray"/],
    [['--units'], /--units needs a value/],
    [['--cell', 'abc'], /--cell: "abc" is not a number/],
    [['--cell', '0'], /outside/],
    [['--threshold', '-20'], /--threshold: -20 is outside/],
    [['--format', 'xml'], /must be json or csv/],
    [['--units', 'a', '--units', 'b'], /given twice/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseReportArgs(argv)).toThrow(ReportArgError);
    expect(() => parseReportArgs(argv)).toThrow(message);
  });
});
