import { extractDocument } from '../../index';
import { readGold, readSeed } from '../../test-support/seeds';
import { gazetteer, shortForms } from '../regions/gazetteer';

describe('places from the gazetteer', () => {
  it('derives customary short forms of autonomous divisions', () => {
    const byName = (name: string) => gazetteer().byName.get(name)![0];
    expect(shortForms(byName('门源回族自治县'))).toEqual(expect.arrayContaining(['门源', '门源县']));
    expect(shortForms(byName('湘西土家族苗族自治州'))).toEqual(expect.arrayContaining(['湘西', '湘西州']));
    expect(shortForms(byName('格尔木市'))).toEqual(['格尔木']);
  });

  it('reads the Qinghai list of key towns and locates the task that names them', () => {
    const stem = '004_6c3dd93e6ca21e83';
    const result = extractDocument(readSeed(stem), { documentId: stem });
    const gold = readGold<{ places: Array<{ code: string; alternatives?: string[] }> }>(stem).places;
    const codes = result.nodes.filter((node) => node.label === 'Place').map((node) => String(node.properties['code']));
    for (const place of gold) expect([place.code, ...(place.alternatives ?? [])].some((code) => codes.includes(code))).toBe(true);
    // 红古 is in Gansu: not a place of a Qinghai document.
    expect(codes).not.toContain('620111');
    const task = result.nodes.find((node) => node.label === 'Task' && node.name === '优化空间布局，推动协调发展')!;
    const located = result.relationships.filter((rel) => rel.type === 'LOCATED_IN' && rel.from === task.id).map((rel) => rel.to);
    expect(located).toEqual(expect.arrayContaining(['place:632801', 'place:632802', 'place:632521']));
  });

  it('gives Kunming (a city) its province as parent region', () => {
    const stem = '003_a97a7df350ddcfd5';
    const result = extractDocument(readSeed(stem), { documentId: stem });
    expect(result.nodes.find((node) => node.id === 'region:昆明市')?.properties).toEqual({ level: 'city', code: '530100', parent: '云南省' });
    expect(result.relationships).toContainEqual(expect.objectContaining({ type: 'PART_OF', from: 'region:昆明市', to: 'region:云南省' }));
    expect(result.nodes.find((node) => node.id === 'place:530181')?.name).toBe('安宁市');
  });

  it("reads the region's own short name as the region, not as a division named like it (吉林 in a 吉林省 text, 衡阳 in a 衡阳市 one)", () => {
    const places = (text: string) =>
      extractDocument(text, { documentId: 'places' })
        .nodes.filter((node) => node.label === 'Place')
        .map((node) => node.name);
    expect(
      places('吉林省人民政府关于推动服务业转型升级高质量发展的意见\n深入贯彻习近平总书记视察吉林重要讲话重要指示精神，支持吉林市、长春市建设区域中心。\n'),
    ).toEqual(['吉林市', '长春市']);
    expect(places('衡阳市人民政府关于加快江北新城建设的实施意见\n推动衡阳、耒阳协同发展。\n')).toEqual(['耒阳市']);
  });
});
