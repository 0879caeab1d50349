import { extractDocument } from '../../index';
import { namedUndertakingKind, projectKind } from './project-kind';
import { undertakingLabel } from './project-nodes';

describe('projects and tasks', () => {
  it('a name with the head noun of an undertaking is a project, action, programme or facility; anything else a task', () => {
    expect(projectKind('“气化庆阳”气源工程主干管道')).toBe('task');
    expect(projectKind('旅游基础设施国际化提升工程')).toBe('project');
    expect(projectKind('旅游从业人员培训行动')).toBe('action');
    expect(projectKind('旅游综合服务平台')).toBe('facility');
    expect(projectKind('推进设施高端化')).toBe('task');
    expect(undertakingLabel(projectKind('推进设施高端化'))).toBe('Task');
    expect(undertakingLabel(projectKind('旅游综合服务平台'))).toBe('Project');
  });

  it('verb-opened-item: an item opening with the verb that carries a programme out is a task (钱塘 2021); the programme a project', () => {
    expect(projectKind('实施凤凰企业助推计划')).toBe('task');
    expect(projectKind('深入开展消费提振专项行动')).toBe('task');
    expect(projectKind('凤凰企业助推计划')).toBe('programme');
    expect(namedUndertakingKind('实施凤凰企业助推计划')).toBe('project');
  });

  it('centre-as-frame: what the work centres on (以项目建设为中心: 定州 2017) is no facility', () => {
    expect(projectKind('按照市委、市政府的要求，以项目建设为中心')).toBe('task');
    expect(projectKind('区域性技术转移中心')).toBe('facility');
  });

  it('an item of a list the text calls projects is a project whatever its head noun (蒙华铁路湖南段, 永州电厂: 湖南 2017)', () => {
    expect(namedUndertakingKind('蒙华铁路湖南段')).toBe('project');
    expect(namedUndertakingKind('旅游综合服务平台')).toBe('facility');
  });

  it('a responsibility item is a Task and the undertaking it names a Project, both with their owners (青海 2020 style)', () => {
    const text = [
      '关于推动服务业高质量发展的实施意见',
      '（一）推动物流转型。推动传统物流向现代供应链转型升级，实施物流枢纽建设工程。（省交通运输厅牵头，省商务厅配合）',
    ].join('\n');
    const result = extractDocument(text, { documentId: 'qh' });
    const labelled = (label: string) => result.nodes.filter((node) => node.label === label).map((node) => node.name);
    expect(labelled('Task')).toEqual(['推动物流转型']);
    expect(labelled('Project')).toEqual(['物流枢纽建设工程']);
    const task = result.nodes.find((node) => node.label === 'Task')!;
    expect(
      result.relationships
        .filter((rel) => rel.type === 'RESPONSIBLE' && rel.from === task.id)
        .map((rel) => rel.properties['role'])
        .sort(),
    ).toEqual(['lead', 'support']);
  });
});
