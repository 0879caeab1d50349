// title: Strategies provinces share
// description: Policy strategies (两业融合, 数字化转型, 一老一小, …, and phrases found by mining) that goals and
// projects of at least minRegions regions apply, with how many tasks of each region apply them and one clause of each.
// param: minRegions Int = 2 — only strategies applied in at least this many regions
// columns: strategy, source, regions, tasks, examples
MATCH (t:Entity)-[a:APPLIES]->(s:Strategy)
WHERE t.region IS NOT NULL
WITH s, t.region AS region, count(DISTINCT t) AS tasks, head(collect(a.quote)) AS quote
ORDER BY region
WITH s, collect(region) AS regions, sum(tasks) AS tasks, collect(region + '：' + quote) AS examples
WHERE size(regions) >= $minRegions
RETURN s.name AS strategy, s.source AS source, regions, tasks, examples
ORDER BY size(regions) DESC, tasks DESC, strategy
LIMIT 200
