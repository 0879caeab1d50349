import { propertyKind } from './property-kinds';

describe('propertyKind', () => {
  it('offers the named values of an enumeration, yes/no for flags, numbers for years and free text otherwise', () => {
    expect(propertyKind('role')).toEqual({ kind: 'enum', values: ['lead', 'support', 'co-responsible'] });
    expect(propertyKind('basis')).toEqual({ kind: 'enum', values: expect.arrayContaining(['stated', 'inferred']) });
    expect(propertyKind('presumedLead')).toEqual({ kind: 'boolean' });
    expect(propertyKind('targetYear')).toEqual({ kind: 'number' });
    expect(propertyKind('name')).toEqual({ kind: 'text' });
  });
});
