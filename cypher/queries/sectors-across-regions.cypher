// title: Sectors regions share
// description: Shared sector types (数字经济, 教育, 文化旅游, 战略性新兴产业, …) that plans and reports of at least
// minRegions regions set out as sectors, with each region's own name for it and one goal it states for it.
// param: minRegions Int = 2 — only sector types set out in at least this many regions
// columns: sectorType, regions, sectors, examples
MATCH (r:Region)-[:HAS_SECTOR]->(s:Sector)-[:INSTANCE_OF]->(st:SectorType)
OPTIONAL MATCH (s)-[:HAS_GOAL]->(g:Goal)
WITH st, r.name AS region, collect(DISTINCT s.name) AS names, head(collect(g.name)) AS goal
ORDER BY region
WITH st, collect(region) AS regions, sum(size(names)) AS sectors,
     collect(region + '：' + names[0] + coalesce('（' + goal + '）', '')) AS examples
WHERE size(regions) >= $minRegions
RETURN st.name AS sectorType, regions, sectors, examples
ORDER BY size(regions) DESC, sectors DESC, sectorType
LIMIT 200
