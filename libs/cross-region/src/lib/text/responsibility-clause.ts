/**
 * （责任单位：…） / (牵头单位:…) clauses name who owns a task. They are removed from the text a task is compared or
 * classified by: otherwise the answer leaks into the features, and every Qinghai task looks alike.
 */
const RESPONSIBILITY_CLAUSE = /[（(]\s*(责任单位|牵头单位|配合单位|责任部门|牵头部门)[:：][^）)]*[）)]?/g;

export function withoutResponsibilityClauses(text: string): string {
  return text.replace(RESPONSIBILITY_CLAUSE, '');
}
