import type { SavedQueryParam } from '../../api/graph-api.types';
import { parseParams, savedQueryArguments } from './query-params';

describe('parseParams', () => {
  it('accepts an empty box and a JSON object', () => {
    expect(parseParams('  ')).toEqual({ ok: true, params: {} });
    expect(parseParams('{"region":"青海省","limit":5}')).toEqual({ ok: true, params: { region: '青海省', limit: 5 } });
  });

  it('refuses arrays and broken JSON with a reason', () => {
    expect(parseParams('[1]').ok).toBe(false);
    const broken = parseParams('{region:');
    expect(broken.ok === false && broken.message.length > 0).toBe(true);
  });
});

describe('savedQueryArguments', () => {
  const params: SavedQueryParam[] = [
    { name: 'region', type: 'String', defaultValue: '青海省', description: '' },
    { name: 'limit', type: 'Int', defaultValue: '20', description: '' },
    { name: 'inferred', type: 'Boolean', defaultValue: null, description: '' },
  ];

  it('converts typed fields and leaves empty ones to the default', () => {
    expect(savedQueryArguments(params, { region: '云南省', limit: '5', inferred: '' })).toEqual({ ok: true, params: { region: '云南省', limit: 5 } });
  });

  it('names the field that does not parse', () => {
    expect(savedQueryArguments(params, { limit: '5.5' })).toEqual({ ok: false, message: "limit must be a whole number, got '5.5'" });
  });
});
