import { parseDuration } from '../src/rails/duration';

describe('parseDuration', () => {
  it.each([
    [1500, 1500],
    ['1500', 1500],
    ['500ms', 500],
    ['10s', 10_000],
    ['1.5s', 1500],
    ['1m', 60_000],
    ['15m', 900_000],
    ['2h', 7_200_000],
    ['1d', 86_400_000],
    ['1w', 604_800_000],
    ['1h30m', 5_400_000],
    ['1h 30m', 5_400_000],
    ['30 sec', 30_000],
    ['2 hours', 7_200_000],
    ['1min', 60_000],
    ['min', 60_000],
    ['hour', 3_600_000],
    ['-2h', -7_200_000],
    [' 10S ', 10_000],
  ])('%p is %p ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each([['a while'], [''], ['-'], ['10x'], ['h30m'], ['1h m'], ['s10'], [Infinity], [null], [{}]])(
    'refuses %p',
    (text) => {
      expect(parseDuration(text)).toBeUndefined();
    },
  );
});
