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

  it('takes none where the text repeats the end of its title (a title broken over lines under its notice, 静安 2018)', () => {
    const text =
      '中共某区委办公室 某区人民政府办公室印发《某区加快建设“国际某区”三年行动计划(2018—2020年)》的通知\n某区\n加快建设“国际某区”三年行动计划\n(2018—2020年)\n一、主要任务\n实施“四大品牌”提升工程。\n';
    expect(projects(text)).toEqual(['“四大品牌”提升工程']);
  });

  it('takes none from a plan the text cites by its title in 《》 and names again without it (福州 2018)', () => {
    const text =
      '数字福州建设推进会召开\n推进会发布了《“数字福州”建设三年行动计划(2018—2020年)》(简称《行动计划》)。我市出台了“数字福州”建设三年行动计划，实施千兆城市建设工程。\n';
    expect(projects(text)).toEqual(['千兆城市建设工程']);
  });
});
