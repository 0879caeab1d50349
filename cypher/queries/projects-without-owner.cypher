// title: Projects and tasks without any responsible department
// description: Projects and tasks for which the plan names no 责任单位, per region; the gaps an analyst follows up
// or that ownership inference fills.
// param: region String — limit to one region (empty for all)
// param: limit Int = 200 — at most this many rows
// columns: region, document, project, kind, section
MATCH (p:Entity)
WHERE (p:Project OR p:Task) AND ($region IS NULL OR p.region = $region)
  AND NOT EXISTS { (p)-[:RESPONSIBLE {basis: 'stated'}]->(:Department) }
RETURN p.region AS region, p.documentId AS document, p.name AS project, coalesce(p.kind, 'task') AS kind, p.id AS id
ORDER BY region, document, project
LIMIT $limit
