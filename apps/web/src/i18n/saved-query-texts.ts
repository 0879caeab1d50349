import type { Language } from './messages';

/** What a saved query's form shows for one parameter: its name and what it does. */
export interface ParamText {
  readonly label: string;
  readonly hint?: string;
}

/** A saved query (cypher/queries/<id>.cypher) as the UI shows it; the query file's own English is the fallback. */
export interface SavedQueryText {
  readonly title?: string;
  readonly description?: string;
  readonly params: Readonly<Record<string, ParamText>>;
}

/**
 * Titles, descriptions and parameter names of the saved queries. The query files carry the English title and
 * descriptions; Chinese needs all of it, English only the parameter names (the files name parameters as Cypher does).
 */
export const SAVED_QUERY_TEXTS: Readonly<Record<Language, Readonly<Record<string, SavedQueryText>>>> = {
  zh: {
    'co-owning-departments': {
      title: '共同负责项目和任务的部门',
      description: '在同一项目或任务的责任单位名单中一起出现的部门对，以及它们共同负责的项目和任务数：省政府内部的协作关系。',
      params: {
        region: { label: '地区', hint: '只看一个地区（留空则全部）' },
        minShared: { label: '最少共同项目数', hint: '只列出至少共同负责这么多项目的部门对' },
      },
    },
    'department-ownership-by-sector': {
      title: '某一领域类型中负责目标的部门（跨地区）',
      description: '对一个共有的领域类型（如 现代物流），列出各地区负责其下目标、项目和任务的部门，以及其角色和依据（原文所述或推断）。',
      params: { sectorType: { label: '领域类型', hint: '共有领域类型的名称' }, includeInferred: { label: '包括推断的责任', hint: '也列出推断得出的责任' } },
    },
    'indicator-across-regions': {
      title: '同一指标的跨地区比较',
      description: '一个指标（按标准指标键，如 服务业增加值占GDP比重）在各地区的基期值和目标值，附单位、年份和原文。',
      params: { metric: { label: '指标键', hint: '标准指标键' } },
    },
    'projects-without-owner': {
      title: '没有责任单位的项目和任务',
      description: '规划没有写明责任单位的项目和任务（按地区）：分析人员需要跟进、或由责任推断补上的空缺。',
      params: { region: { label: '地区', hint: '只看一个地区（留空则全部）' }, limit: { label: '最多行数', hint: '最多返回这么多行' } },
    },
    'region-full-chain': {
      title: '一个地区的完整链条',
      description: '一个地区的 地区 → 领域 → 目标 → 项目或任务 → 部门 路径，可在图谱中显示；没有责任单位的目标和项目也会列出。',
      params: { region: { label: '地区', hint: '地区名称' }, limit: { label: '最多路径数', hint: '最多返回这么多条路径' } },
    },
    'same-function-ownership': {
      title: '各省同一职能部门负责的工作',
      description:
        '对一种部门职能（商务、发展改革、文化和旅游、市场监管、交通运输、金融监管、民政、卫生健康……），列出各地区具有该职能的部门及其负责的项目和目标：原文所述的，或在勾选“包括推断的责任”时由明确分工推断的。',
      params: { function: { label: '部门职能', hint: '部门职能的名称' }, includeInferred: { label: '包括推断的责任', hint: '也列出推断得出的责任' } },
    },
    'sectors-across-regions': {
      title: '各地区共有的领域',
      description:
        '至少在若干地区的规划和报告中作为领域提出的共有领域类型（数字经济、教育、文化旅游、战略性新兴产业……），附各地区对它的称呼和为它写明的一个目标。',
      params: { minRegions: { label: '最少地区数', hint: '只列出至少在这么多地区提出的领域类型' } },
    },
    'shared-strategies': {
      title: '各省共有的策略',
      description: '至少在若干地区被目标和项目运用的政策策略（两业融合、数字化转型、一老一小……以及语料挖掘出的短语），附各地区运用它的任务数和一条原文。',
      params: { minRegions: { label: '最少地区数', hint: '只列出至少在这么多地区运用的策略' } },
    },
  },
  en: {
    'co-owning-departments': { params: { region: { label: 'Region' }, minShared: { label: 'Minimum shared projects' } } },
    'department-ownership-by-sector': { params: { sectorType: { label: 'Sector type' }, includeInferred: { label: 'Include inferred responsibility' } } },
    'indicator-across-regions': { params: { metric: { label: 'Metric key' } } },
    'projects-without-owner': { params: { region: { label: 'Region' }, limit: { label: 'At most this many rows' } } },
    'region-full-chain': { params: { region: { label: 'Region' }, limit: { label: 'At most this many paths' } } },
    'same-function-ownership': { params: { function: { label: 'Department function' }, includeInferred: { label: 'Include inferred responsibility' } } },
    'sectors-across-regions': { params: { minRegions: { label: 'Minimum regions' } } },
    'shared-strategies': { params: { minRegions: { label: 'Minimum regions' } } },
  },
};
