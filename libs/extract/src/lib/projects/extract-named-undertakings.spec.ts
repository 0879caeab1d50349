import { extractDocument } from '../../index';

const projects = (text: string): string[] =>
  extractDocument(text, { documentId: 'spec' })
    .nodes.filter((node) => node.label === 'Project')
    .map((node) => node.name);

describe('extractNamedUndertakings', () => {
  it('takes no undertaking from the document title: the title names the document itself', () => {
    const text = '某市加快推进数字新基建发展三年行动计划（2020—2022年）\n二、重点任务\n实施千兆城市建设工程，建设城市大脑运营中心。\n';
    expect(projects(text)).toEqual(['千兆城市建设工程', '城市大脑运营中心']);
  });
});
