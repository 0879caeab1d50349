// title: A region's full chain
// description: Region → sector → goal → project or task → department for one region, as paths the explorer can draw;
// goals and projects without an owner appear with an empty department.
// param: region String = 青海省 — region name
// param: limit Int = 300 — at most this many paths
// columns: path
MATCH (r:Region {name: $region})
OPTIONAL MATCH p1 = (r)-[:HAS_SECTOR]->(:Sector)-[:HAS_GOAL]->(g:Goal)
OPTIONAL MATCH p2 = (g)-[:PURSUED_BY]->(x)-[:RESPONSIBLE]->(:Department) WHERE x:Project OR x:Task
WITH r, p1, p2
WHERE p1 IS NOT NULL
RETURN p1, p2
LIMIT $limit
UNION
MATCH (r:Region {name: $region})<-[:OF_REGION]-(d:Department)<-[:RESPONSIBLE]-(p)
WHERE p:Project OR p:Task
MATCH p1 = (p)-[:RESPONSIBLE]->(d)
RETURN p1, NULL AS p2
LIMIT $limit
