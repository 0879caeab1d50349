import type { ApiNode } from '../../../api/graph-api.types';
import { useI18n } from '../../../i18n/I18nContext';
import { useExplorer } from '../explorer-context';
import { labelStyle } from '../graph-view/label-styles';
import { useExplorerState } from '../useExplorerState';
import { GroupDetails } from '../grouping/GroupDetails';
import { EvidenceList } from './EvidenceList';
import { NodeActions } from './NodeActions';
import { NodeStatisticsRow } from '../statistics/NodeStatisticsRow';
import { PropertyTable } from './PropertyTable';

/** The selected node or relationship: what it is, its properties and the quotes it was read from. */
export function DetailsPanel({ searchText }: { searchText: string }) {
  const { store } = useExplorer();
  const { t, labelName, relationName } = useI18n();
  const selection = useExplorerState(store, (state) => state.selection);
  const graph = useExplorerState(store, (state) => state.graph);

  if (!selection) {
    return (
      <section className="details-panel" data-testid="details-panel">
        <h2>{t('details')}</h2>
        <p className="muted">{t('detailsEmpty')}</p>
      </section>
    );
  }

  if (selection.kind === 'node') {
    const group = graph.groups?.get(selection.id);
    if (group) return <GroupDetails group={group} anchorName={graph.nodes.get(group.anchorId)?.name ?? group.anchorId} />;
    const node = graph.nodes.get(selection.id);
    if (!node) return null;
    return (
      <section className="details-panel" data-testid="details-panel">
        <h2>{t('details')}</h2>
        <div className="details-kind">
          <span className="swatch" style={{ background: labelStyle(node.label).color }} /> {labelName(node.label)}
        </div>
        <h3 className="details-name" data-testid="details-name">
          {node.name}
        </h3>
        <code className="details-id">{node.id}</code>
        <NodeActions node={node} />
        <NodeStatisticsRow nodeId={node.id} />
        <h4>{t('properties')}</h4>
        <PropertyTable properties={node.properties} />
        <h4>{t('evidence')}</h4>
        <EvidenceList evidence={node.evidence} terms={[...namesOf(node), searchText]} />
      </section>
    );
  }

  const edge = graph.edges.get(selection.id);
  if (!edge) return null;
  const source = graph.nodes.get(edge.source);
  const target = graph.nodes.get(edge.target);
  return (
    <section className="details-panel" data-testid="details-panel">
      <h2>{t('details')}</h2>
      <div className="details-kind">{relationName(edge.type)}</div>
      <h3 className="details-name" data-testid="details-name">
        {source?.name ?? edge.source} → {target?.name ?? edge.target}
      </h3>
      <code className="details-id">{edge.id}</code>
      <h4>{t('properties')}</h4>
      <PropertyTable properties={edge.properties} />
      <h4>{t('evidence')}</h4>
      <EvidenceList
        evidence={edge.evidence}
        terms={[...namesOf(source), ...namesOf(target), searchText]}
        task={source && (source.label === 'Project' || source.label === 'Task' || source.label === 'Goal') ? source : null}
      />
    </section>
  );
}

/** A node's name and its aliases: quotes often use the short form (省发展改革委 for 省发展和改革委员会). */
function namesOf(node: ApiNode | undefined): string[] {
  if (!node) return [];
  const aliases = node.properties['aliases'];
  return [node.name, ...(Array.isArray(aliases) ? aliases.filter((alias): alias is string => typeof alias === 'string') : [])];
}
