import type { ExtractionResult } from '@policygraph/graph-types';
import { extractDocument } from '../../index';
import { readGold, readSeed } from '../../test-support/seeds';

const sectorsOf = (result: ExtractionResult) => result.nodes.filter((node) => node.label === 'Sector');

function chainFrom(result: ExtractionResult, sectorName: string) {
  const sector = sectorsOf(result).find((node) => node.name === sectorName)!;
  const goals = result.relationships.filter((rel) => rel.type === 'HAS_GOAL' && rel.from === sector.id).map((rel) => rel.to);
  const projects = result.relationships
    .filter((rel) => rel.type === 'PURSUED_BY' && goals.includes(rel.from))
    .map((rel) => result.nodes.find((node) => node.id === rel.to)!.name);
  return { sector, goals, projects };
}

describe('Yunnan sectors despite Kangxi radicals (seed 000)', () => {
  const stem = '000_ad0bcd6cafebff4e';
  const text = readSeed(stem);
  const result = extractDocument(text, { documentId: stem });

  it('finds every numbered sector heading, with the document’s own name and the shared type', () => {
    const gold = readGold<{ sectors: Array<{ name: string; type: string }> }>(stem).sectors;
    for (const expected of gold) {
      expect(sectorsOf(result).map((node) => `${node.name}:${node.properties['sectorType']}`)).toContain(`${expected.name}:${expected.type}`);
    }
  });

  it('links 旅游文化 to the standard 文化旅游 type, its region, and its tasks despite the heading running into the text', () => {
    const { sector, goals, projects } = chainFrom(result, '旅游文化');
    expect(result.relationships).toContainEqual(expect.objectContaining({ type: 'INSTANCE_OF', from: sector.id, to: 'sectortype:culture-tourism' }));
    expect(result.nodes.find((node) => node.id === 'sectortype:culture-tourism')?.name).toBe('文化旅游');
    expect(result.relationships).toContainEqual(expect.objectContaining({ type: 'HAS_SECTOR', from: 'region:云南省', to: sector.id }));
    expect(goals).toHaveLength(1);
    expect(projects).toEqual(expect.arrayContaining(['构建全域旅游发展新格局', '推进设施高端化', '推进服务智慧化', '推进品质标准化']));
    expect(sector.evidence[0].section).toEqual(['三、重点领域', '（一）持续壮大万亿级支柱服务业', '1.旅游文化']);
  });

  it('quotes the original radicals while matching the normalized text', () => {
    const sector = sectorsOf(result).find((node) => node.name === '数字服务')!;
    expect(sector.evidence[0].quote).toBe(text.slice(sector.evidence[0].start, sector.evidence[0].end));
    const place = result.nodes.find((node) => node.id === 'place:532532');
    expect(place?.name).toBe('河口瑶族自治县');
    expect(place?.evidence.some((evidence) => evidence.quote.includes('河⼜'))).toBe(true);
  });
});

describe('Hunan numbered sectors under producer/consumer groups (seed 002)', () => {
  const stem = '002_897085f89d9a9635';
  const result = extractDocument(readSeed(stem), { documentId: stem });

  it('finds sectors 1–12 with their types', () => {
    const gold = readGold<{ sectors: Array<{ name: string; type: string }> }>(stem).sectors;
    const found = sectorsOf(result).map((node) => `${node.name}:${node.properties['sectorType']}`);
    for (const expected of gold) expect(found).toContain(`${expected.name}:${expected.type}`);
  });

  it('nests numbered sectors under their group heading in evidence, and reads mid-paragraph lead sentences as tasks', () => {
    const { sector, projects } = chainFrom(result, '现代物流');
    expect(sector.evidence[0].section.slice(0, 2)).toEqual(['五、构建服务业发展新体系', '（二）打造高效商贸流通体系']);
    expect(projects).toEqual(expect.arrayContaining(['推进多式联运发展', '完善冷链物流系统', '健全城乡物流配送网络', '发展供应链物流']));
  });

  it('measures the 旅游业 goal with its 2025 target', () => {
    const { goals } = chainFrom(result, '旅游业');
    const measured = result.relationships
      .filter((rel) => rel.type === 'MEASURED_BY' && goals.includes(rel.from))
      .map((rel) => result.nodes.find((node) => node.id === rel.to)!);
    expect(measured.map((node) => [node.properties['targetValue'], node.properties['unit']])).toContainEqual([1.5, '万亿元']);
  });

  it('resolves the 长株潭 cluster to its three cities', () => {
    const located = ['430100', '430200', '430300'].map((code) => result.nodes.find((node) => node.id === `place:${code}`));
    expect(located.every((node) => node !== undefined)).toBe(true);
  });
});

describe('sectors beyond services (农业, 制造业, 教育)', () => {
  it('types a plan on 学前教育 as education and a heading on 先进制造业 as manufacturing, 教育培训 staying a service (杭州 2005, 开封 2020)', () => {
    const education = extractDocument('杭州市人民政府关于加快学前教育改革与发展的若干意见\n一、明确目标任务\n', { documentId: 'hz' });
    expect(sectorsOf(education).map((node) => `${node.name}:${node.properties['sectorType']}:${node.properties['group']}`)).toEqual([
      '学前教育:education:public',
    ]);
    const plan = extractDocument('某市服务业发展规划\n一、主要任务\n（一）大力发展先进制造业\n推动智能制造。\n（二）加快发展教育培训\n支持职业培训。\n', {
      documentId: 'plan',
    });
    expect(sectorsOf(plan).map((node) => `${node.name}:${node.properties['sectorType']}`)).toEqual(
      expect.arrayContaining(['先进制造业:manufacturing', '教育培训:education-training']),
    );
  });
});

describe('sectors a text without sector headings sets out in lead sentences (rule sector-led-paragraph)', () => {
  const report = (...paragraphs: string[]) =>
    extractDocument(['2026年云南省政府工作报告', '三、2026年重点工作', '（一）巩固壮大实体经济根基，纵深推进产业强省建设', ...paragraphs].join('\n'), {
      documentId: 'report',
    });
  const named = (result: ExtractionResult) => sectorsOf(result).map((node) => `${node.name}:${node.properties['sectorType']}`);

  it('reads the head noun of a task lead as the paragraph’s sector, its goal the lead itself (云南 2026, 山西 2026)', () => {
    const result = report(
      '提速发展数字经济。实施工业互联网创新发展工程。深化中小企业数字化转型城市试点。',
      '促进服务业优质高效发展。实施服务业扩能提质行动。',
      '战略性新兴产业和未来产业。实施产业创新工程，开展国家新兴产业发展示范基地创建。',
    );
    expect(named(result)).toEqual(['数字经济:digital-economy', '服务业:services', '战略性新兴产业和未来产业:emerging-industries']);
    const { goals } = chainFrom(result, '数字经济');
    expect(result.nodes.find((node) => node.id === goals[0])?.name).toBe('提速发展数字经济');
    expect(result.relationships).toContainEqual(expect.objectContaining({ type: 'HAS_SECTOR', from: 'region:云南省', to: sectorsOf(result)[0].id }));
  });

  it('keeps a noun-phrase lead that only names a kind within a sector out (普惠金融。…), and 加工业 is no 工业 (黑龙江 2026)', () => {
    const result = report(
      '普惠金融。健全普惠金融机构体系。',
      '加力发展农产品精深加工业。开展新一轮农产品精深加工业高质量发展行动。',
      '加快发展普惠金融。鼓励金融机构拓展服务网点。',
    );
    expect(named(result)).toEqual(['金融:finance']);
  });

  it('reads no one sector from the integration of two (推动先进制造业和现代服务业融合发展。…)', () => {
    expect(named(report('推动先进制造业和现代服务业融合发展。培育智能化解决方案。', '推进文旅融合发展。突出高能级主体培育。'))).toEqual([
      '文旅:culture-tourism',
    ]);
  });

  it('leaves 服务业 to a plan whose title names it: there it is the document’s sector, not a section’s', () => {
    const plan = extractDocument(
      '某市服务业发展规划\n一、主要任务\n（一）重点领域\n促进服务业优质高效发展。实施服务业扩能提质行动。\n加快发展服务贸易。巩固运输、旅游等传统服务贸易的规模优势。\n',
      { documentId: 'plan' },
    );
    // In a plan on one sector, task leads are that sector's tasks (昆明 十四五 服务业 plan: 加快发展服务贸易。…).
    expect(named(plan)).toEqual(['服务业:services']);
    expect(sectorsOf(plan)[0].evidence[0].section).toEqual([]);
  });
});

describe('sectors of work reports that write fields as task leads with complements (rules sector-complement, coordinated-sectors, sector-under-heading)', () => {
  const report = (...lines: string[]) => extractDocument(['2026年河南省政府工作报告', '三、2026年重点工作安排', ...lines].join('\n'), { documentId: 'report' });
  const named = (result: ExtractionResult) => sectorsOf(result).map((node) => `${node.name}:${node.properties['sectorType']}`);

  it('reads the sector before its system, level, market, integration, work or building (河南, 湖北, 浙江, 广东 2026)', () => {
    const result = report(
      '（三）加快建设现代化产业体系',
      '建强先进制造业体系。深度对接国家新一轮重点产业链高质量发展行动。',
      '提升现代农业能级。统筹发展科技农业、绿色农业、质量农业、品牌农业。',
      '提速文旅产业融合。擦亮“行走河南·读懂中国”文旅品牌。',
      '重塑物流体系。加快建设国家物流枢纽。',
      '着力稳定房地产市场。因城施策优化房地产政策。',
      '加快探索构建房地产发展新模式。推动建立人房地钱要素联动机制。',
      '扎实做好“三农”工作。严守耕地红线。',
      '加强文化建设。健全文化遗产系统性保护和统一监管机制。',
      '更好关爱“一老一小”。完善覆盖城乡的三级养老服务网络。',
      '扩大优质教育资源供给。加快县域义务教育优质均衡发展。',
      '促进教育公平与质量提升。深入实施基础教育扩优提质行动。',
      '加强医疗卫生服务能力建设。推进紧密型县域医共体建设。',
      '大力发展医疗健康事业。加快国家区域医疗中心建设。',
    );
    expect(named(result)).toEqual([
      '先进制造业:manufacturing',
      '现代农业:agriculture',
      '文旅:culture-tourism',
      '物流:modern-logistics',
      '房地产:real-estate',
      '房地产:real-estate',
      '三农:agriculture',
      '文化:culture',
      '一老一小:elderly-childcare',
      '教育:education',
      '教育:education',
      '医疗卫生服务:health-services',
      '医疗健康:health-services',
    ]);
  });

  it('reads a heading of two clauses by its first where the last names no sector (rule sector-in-first-clause: 湖北, 广东 2026)', () => {
    const result = report(
      '（六）深入推进文化强省建设，加快打造世界知名文化旅游目的地',
      '繁荣文化体育事业。深化文化文艺精品打造工程。',
      '（九）推动海洋经济高质量发展，加快打造海上新广东',
      '做大做强现代海洋产业。巩固提升船舶海工等优势产业。',
      '（十）坚持实体经济为本、制造业当家，加快构建更加强大的现代化产业体系',
    );
    expect(named(result)).toEqual(['文化:culture', '文化:culture', '体育事业:sports', '海洋经济:marine-economy']);
  });

  it('reads the field of a province strong in it, and the types the taxonomy adds (甘肃, 广东, 浙江, 四川 2026)', () => {
    const result = report(
      '加快能源强省建设。聚力打造全国重要的新能源及新能源装备制造基地。',
      '加快建设高水平体育强省。高水平办好第十八届省运会。',
      '推动海洋经济高质量发展。深化国家海洋经济发展示范区建设。',
      '加快培育新兴产业未来产业。实施产业创新工程。',
    );
    expect(named(result)).toEqual(['能源:energy', '体育:sports', '海洋经济:marine-economy', '新兴产业未来产业:emerging-industries']);
  });

  it('reads both of two fields written together, not two to be integrated (湖北, 四川 2026)', () => {
    const result = report(
      '繁荣文化体育事业。深化文化文艺精品打造工程。',
      '加快发展文化产业和旅游业。推进“文旅+百业”融合发展。',
      '推动现代服务业和先进制造业融合发展。培育智能化解决方案。',
    );
    expect(named(result)).toEqual(['文化:culture', '体育事业:sports', '文化产业:culture', '旅游业:tourism']);
  });

  it('under a heading that gives a sector, reads leads naming another or a narrower field, not the same one renamed (甘肃, 广东 2026)', () => {
    const result = report(
      '（六）加快推进文旅强省建设',
      '大力繁荣文化事业。实施文化惠民工程。',
      '推动文旅深度融合发展。坚持以文塑旅、以旅彰文。',
      '（九）推动海洋经济高质量发展',
      '做大做强现代海洋产业。巩固提升船舶海工等优势产业。',
      '（十一）繁荣发展社会主义文化，高水平推进文化强省建设',
      '加快发展文化产业。推动文化产业数字化。',
    );
    expect(named(result)).toEqual(['文旅:culture-tourism', '文化事业:culture', '海洋经济:marine-economy', '文化:culture', '文化产业:culture']);
  });

  it('takes a heading naming a sector by its complement only where no heading below names the same type (湖南 seed, 长治 2024)', () => {
    const plan = extractDocument(
      '某省服务业发展规划\n五、构建服务业发展新体系\n（二）打造高效商贸流通体系。\n6.现代物流。\n推进多式联运。\n7.现代商贸。\n培育商贸主体。\n',
      {
        documentId: 'plan',
      },
    );
    expect(named(plan)).toEqual(['服务业:services', '现代物流:modern-logistics', '现代商贸:wholesale-distribution']);
    const action = extractDocument(
      '长治市推进服务业优质高效发展2024年行动计划\n二、提升生产性服务业能级\n（一）现代物流\n1.构建物流枢纽体系。积极创建国家物流枢纽承载城市。\n',
      {
        documentId: 'action',
      },
    );
    expect(named(action)).toEqual(['服务业:services', '生产性服务业:producer-services', '现代物流:modern-logistics']);
  });

  it('reads a lead of two clauses, a frame and a task, by its task (rule sector-in-lead-clause: 岳阳县 report)', () => {
    const result = report(
      '围绕农业稳县，加快发展现代农业。推进农业供给侧结构性改革。',
      '突出三产富县，加快发展现代服务业。大力发展全域旅游。',
      '今年以来，全市经济运行稳中向好。',
    );
    expect(named(result)).toEqual(['现代农业:agriculture', '现代服务业:modern-services']);
  });

  it('reads a sentence framed on a field as that field’s tasks, not a frame on no field (rule sector-topic-frame: 乾县 2002, 大冶 2021)', () => {
    const result = report(
      '确立了明年的工作思路。在农业发展上，抓调整，重点发展果品、畜牧五大特色产业。在工业发展上，实施工业富县战略。在城镇建设上，扩大城市规模。',
      '在力推文旅产业融合发展方面，大冶市将建设一批文化产业园。在此基础上，加快推进。',
    );
    expect(named(result)).toEqual(['农业:agriculture', '工业:industry', '文旅:culture-tourism']);
  });

  it('reads a short task run into a paragraph when a field ends it, not a task within a field (rule sector-run-in-lead: 江苏, 安徽, 甘肃 2026)', () => {
    const result = report(
      '（三）加快建设现代化产业体系。聚焦制造强省建设，培育壮大先进制造业集群。发展壮大战略性新兴产业。实施新技术新产品新场景大规模应用示范行动。前瞻布局未来产业。深入实施培育发展未来产业三年行动。',
      '（八）更加注重以文化赋能经济社会发展。高标准建设文化强省。繁荣发展文化事业。实施文艺创作提质工程。持续壮大文旅产业。推进文旅深度融合。',
      '（五）推进乡村全面振兴。加强农村基础设施建设。推动县乡村寄递物流体系建设。完善农村物流网络。促进入境旅游发展。优化入境政策。大力发展现代服务业。',
    );
    expect(named(result)).toEqual(['战略性新兴产业:emerging-industries', '未来产业:emerging-industries', '文化事业:culture', '文旅:culture-tourism']);
  });

  it('reads the first clause of a sentence after an ordinal or 要 when a field ends it, and a frame after an ordinal (rule sector-run-in-lead: 平坝 2025, 嫩江 2015)', () => {
    const result = report(
      '着力在以下几个方面做好工作部署。第一，主攻工业，不断夯实工业基础。第二，在农业产业方面，大力发展特色蔬菜。第三，随着城镇化进程如火如荼，推动城镇加速发展。第四，在旅游产业化发展上，着力打造特色景区。',
      '嫩江县要抓实产业项目建设。要深入推进商贸物流产业，加快构建现代物流体系。要加快开发文化旅游产业，深度挖掘历史文化元素。要积极发展矿产开发产业，加快勘探。',
    );
    expect(named(result)).toEqual(['工业:industry', '农业:agriculture', '旅游:tourism', '物流:modern-logistics', '文化旅游:culture-tourism']);
  });

  it('reads no aggregate 服务业 after a qualifier in a task clause (山西, 江西 2026)', () => {
    const result = report(
      '促进实体经济和数字经济深度融合。发展算力服务产业，打造算力走廊。大力发展科技型服务业，建成知识产权保护中心。加快发展现代服务业，推动融合。',
    );
    expect(named(result)).toEqual(['现代服务业:modern-services']);
  });

  it('reads a heading by its quality or a 提档升级, and not 供应链 in 产业链供应链 (rule sector-inside-word: 伊吾 2021)', () => {
    const plan = extractDocument(
      '某县国民经济和社会发展第十四个五年规划纲要\n第五篇 推动工业转型升级\n第四章 推动产业链供应链优化升级\n第六篇 大力发展现代服务业\n第二章 促进生产性服务业提档升级\n第三章 提升生活性服务业发展质量\n',
      { documentId: 'plan' },
    );
    expect(named(plan)).toEqual(['工业:industry', '现代服务业:modern-services', '生产性服务业:producer-services', '生活性服务业:consumer-services']);
  });

  it('reads a field named by two chapters of one part once (rule sector-once-among-siblings: 伊吾 2021)', () => {
    const plan = extractDocument(
      '某县国民经济和社会发展第十四个五年规划纲要\n第四篇 深入推进乡村振兴\n第二章 提高农业质量效益\n第四章 推进农业产业化发展\n第五篇 推动工业转型升级\n第一章 推动工业转型升级\n',
      { documentId: 'plan' },
    );
    expect(named(plan)).toEqual(['农业:agriculture', '工业:industry', '工业:industry']);
  });

  it('types the kinds of 战略性新兴产业 in a heading, two run together (东丽 十二五)', () => {
    const plan = extractDocument(
      '东丽经济开发区十二五规划\n2、积极培育战略性新兴产业\n(1)生物医药产业\n加快建设生物医药产业基地。\n(2)新能源新材料产业\n大力发展新能源新材料和低碳产业。\n',
      {
        documentId: 'dongli',
      },
    );
    expect(named(plan)).toEqual(
      expect.arrayContaining(['战略性新兴产业:emerging-industries', '生物医药产业:biotech', '新材料产业:new-materials', '新能源:new-energy']),
    );
  });
});
