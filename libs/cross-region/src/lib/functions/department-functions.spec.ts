import { departmentNameFor, functionOfDepartment } from './department-functions';

describe('functionOfDepartment', () => {
  it.each([
    ['省商务厅', '商务'],
    ['市商务局', '商务'],
    ['重庆市商务委员会', '商务'],
    ['省发展和改革委员会', '发展改革'],
    ['省文化和旅游厅', '文化和旅游'],
    ['省市场监督管理局', '市场监管'],
    ['省地方金融监督管理局', '金融监管'],
    ['市金融工作办公室', '金融监管'],
    ['省卫生健康委员会', '卫生健康'],
    ['省民政厅', '民政'],
    ['省交通运输厅', '交通运输'],
    ['国家税务总局青海省税务局', '税务'],
  ])('%s performs %s', (name, key) => {
    expect(functionOfDepartment(name)).toBe(key);
  });

  it('gives collectives and enterprises no function', () => {
    expect(functionOfDepartment('各市州人民政府')).toBeNull();
    expect(functionOfDepartment('各行业主管部门')).toBeNull();
    expect(functionOfDepartment('国网青海省电力公司')).toBeNull();
  });
});

describe('departmentNameFor', () => {
  it('names a function the way a province and a city do', () => {
    expect(departmentNameFor('商务', '云南省')).toBe('省商务厅');
    expect(departmentNameFor('商务', '昆明市')).toBe('市商务局');
    expect(departmentNameFor('不存在', '云南省')).toBeNull();
  });
});
