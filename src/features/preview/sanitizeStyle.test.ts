import { describe, expect, it } from 'vitest';
import { sanitizeColor, sanitizeStyle } from './sanitizeStyle';

describe('sanitizeStyle', () => {
  it('keeps the line clamp declarations, normalised', () => {
    expect(
      sanitizeStyle(
        '-webkit-box-orient: vertical;-webkit-line-clamp: 6;display: -webkit-box;overflow: hidden;text-overflow: ellipsis;',
      ),
    ).toBe(
      '-webkit-box-orient: vertical; -webkit-line-clamp: 6; display: -webkit-box; overflow: hidden; text-overflow: ellipsis',
    );
    expect(sanitizeStyle('COLOR: #ABC')).toBe('color: #ABC');
  });

  it('drops anything that could load or run something', () => {
    expect(sanitizeStyle('background:url(javascript:alert(1))')).toBe('');
    expect(sanitizeStyle('width:expression(alert(1))')).toBe('');
    expect(sanitizeStyle('behavior:url(#default#time2)')).toBe('');
    expect(sanitizeStyle('-moz-binding:url(x.xml#y)')).toBe('');
    expect(sanitizeStyle('@import "x.css"; color: red')).toBe('color: red');
    expect(sanitizeStyle('color: re\\64')).toBe('');
    expect(sanitizeStyle('color: red /* x */')).toBe('');
    expect(sanitizeStyle('-webkit-line-clamp: 0')).toBe('');
    expect(sanitizeStyle('display: none')).toBe('');
  });

  it('accepts plain colours only', () => {
    expect(sanitizeColor('#006DF9')).toBe('#006DF9');
    expect(sanitizeColor(' red ')).toBe('red');
    expect(sanitizeColor('expression')).toBeUndefined();
    expect(sanitizeColor('url(x)')).toBeUndefined();
    expect(sanitizeColor('#12')).toBeUndefined();
  });
});
