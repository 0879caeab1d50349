/** One department named in a responsibility clause, with its role and span (normalized text). */
export interface ResponsibleParty {
  readonly name: string;
  readonly role: 'lead' | 'support';
  readonly start: number;
  readonly end: number;
}

/** A clause such as （责任单位：省商务厅、省发展改革委） or （牵头单位：A；配合单位：B、C）. */
export interface ResponsibilityClause {
  readonly start: number;
  readonly end: number;
  readonly parties: readonly ResponsibleParty[];
}

const ROLE_LABEL = '(?:主要)?(?:牵头|责任|主责|配合|参与|协同|协办|主办|落实|实施)(?:单位|部门|主体)';
/** A labelled clause in full-width brackets; one level of nested brackets is allowed inside names. */
const LABELLED_CLAUSE = new RegExp(`（(${ROLE_LABEL}(?:及${ROLE_LABEL})?[：:](?:[^（）]|（[^（）]*）)*)）`, 'g');
/** The unlabelled form （A牵头，B、C配合）. */
const LEAD_SUPPORT_CLAUSE = /（((?:[^（）]|（[^（）]*）){2,120}?)牵头[，、；]?((?:[^（）]|（[^（）]*）)*?)(?:等)?(?:配合|参与|协同)?）/g;
const LABEL_GROUP = new RegExp(`(${ROLE_LABEL}(?:及${ROLE_LABEL})?)[：:]`, 'g');
const NAME_SEPARATOR = /[、，,；;]/;

/**
 * Find responsibility clauses in a text. Convention: in a plain 责任单位 list the first unit leads and the rest
 * support; labelled groups (牵头单位/配合单位) and inline （牵头） marks state roles explicitly and win.
 */
export function findResponsibilityClauses(text: string): ResponsibilityClause[] {
  const clauses: ResponsibilityClause[] = [];
  for (const match of text.matchAll(LABELLED_CLAUSE)) {
    const start = match.index ?? 0;
    const bodyStart = start + 1;
    const parties = partiesOfLabelledBody(match[1], bodyStart);
    if (parties.length > 0) clauses.push({ start, end: start + match[0].length, parties });
  }
  for (const match of text.matchAll(LEAD_SUPPORT_CLAUSE)) {
    const start = match.index ?? 0;
    if (clauses.some((clause) => start >= clause.start && start < clause.end)) continue;
    if (/[：:]/.test(match[1])) continue;
    const leads = splitNames(match[1], start + 1, 'lead');
    const afterLead = 1 + match[1].length + '牵头'.length;
    const supportStart = start + afterLead + (/^[，、；]/.test(match[0].slice(afterLead)) ? 1 : 0);
    const supports = splitNames(match[2], supportStart, 'support');
    if (leads.length === 0 || leads.some((party) => !looksLikeDepartment(party.name))) continue;
    clauses.push({ start, end: start + match[0].length, parties: [...leads, ...supports] });
  }
  return clauses.sort((a, b) => a.start - b.start);
}

function partiesOfLabelledBody(body: string, bodyStart: number): ResponsibleParty[] {
  const labels = [...body.matchAll(LABEL_GROUP)];
  const parties: ResponsibleParty[] = [];
  labels.forEach((label, index) => {
    const listStart = (label.index ?? 0) + label[0].length;
    const listEnd = index + 1 < labels.length ? (labels[index + 1].index ?? body.length) : body.length;
    const explicitRole = roleOfLabel(label[1]);
    const names = splitNames(body.slice(listStart, listEnd), bodyStart + listStart, 'support').map((party) => {
      const marked = INLINE_LEAD.test(party.name);
      const name = party.name.replace(INLINE_LEAD, '');
      return { party: { ...party, name, end: party.start + name.length }, marked };
    });
    const anyMarked = names.some((entry) => entry.marked);
    names.forEach((entry, position) => {
      const role: 'lead' | 'support' = entry.marked
        ? 'lead'
        : (explicitRole ?? (anyMarked ? 'support' : position === 0 ? 'lead' : 'support'));
      parties.push({ ...entry.party, role });
    });
  });
  return parties;
}

const INLINE_LEAD = /（?牵头）?$/;

/** 牵头单位 → lead for all; 配合单位 → support for all; 责任单位 → by position (null). */
function roleOfLabel(label: string): 'lead' | 'support' | null {
  if (/牵头|主责|主办/.test(label) && !/及/.test(label)) return 'lead';
  if (/配合|参与|协同|协办/.test(label)) return 'support';
  return null;
}

function splitNames(list: string, listStart: number, role: 'lead' | 'support'): ResponsibleParty[] {
  const parties: ResponsibleParty[] = [];
  let offset = 0;
  for (const piece of list.split(NAME_SEPARATOR)) {
    const leading = piece.length - piece.trimStart().length;
    let name = piece.trim();
    name = name.replace(/(等(部门|单位)?|分别负责|按职责分工负责|负责)$/, '');
    if (name.length >= 2) {
      const start = listStart + offset + leading;
      parties.push({ name, role, start, end: start + name.length });
    }
    offset += piece.length + 1;
  }
  return parties;
}

function looksLikeDepartment(name: string): boolean {
  return /(厅|局|委|办|部|院|会|中心|政府|公司|集团|行|队|所|站|室|社)$/.test(name) && name.length <= 30;
}
