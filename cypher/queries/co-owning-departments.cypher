// title: Departments that co-own projects and tasks
// description: Pairs of departments named together on the same projects or tasks (责任单位 lists), with how many
// they share; the working partnerships of a provincial government.
// param: region String — limit to one region (empty for all)
// param: minShared Int = 2 — only pairs sharing at least this many projects
// columns: region, departmentA, departmentB, sharedProjects
MATCH (a:Department)<-[:RESPONSIBLE {basis: 'stated'}]-(p)-[:RESPONSIBLE {basis: 'stated'}]->(b:Department)
WHERE (p:Project OR p:Task) AND a.id < b.id AND ($region IS NULL OR p.region = $region)
WITH a, b, count(DISTINCT p) AS shared, collect(DISTINCT p.name)[..5] AS examples
WHERE shared >= $minShared
RETURN a.region AS region, a.name AS departmentA, b.name AS departmentB, shared AS sharedProjects, examples
ORDER BY sharedProjects DESC, departmentA
LIMIT 200
