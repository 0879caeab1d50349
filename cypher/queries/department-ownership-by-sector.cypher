// title: Departments owning goals in a sector, across regions
// description: For one shared sector type (e.g. 现代物流), every region's departments responsible for the goals and
// projects and tasks under it, with their role and how the ownership is known (stated or inferred).
// param: sectorType String = 现代物流 — name of the shared sector type
// param: includeInferred Boolean = false — also show inferred ownership
// columns: region, department, role, basis, projects
MATCH (st:SectorType)<-[:INSTANCE_OF]-(s:Sector)-[:HAS_GOAL]->(g:Goal)
WHERE st.name = $sectorType OR $sectorType IN coalesce(st.synonyms, [])
MATCH (g)-[:PURSUED_BY*0..1]->(p)-[r:RESPONSIBLE]->(d:Department)
WHERE (p:Goal OR p:Project OR p:Task) AND ($includeInferred OR r.basis = 'stated')
RETURN d.region AS region, d.name AS department, r.role AS role, r.basis AS basis, count(DISTINCT p) AS projects
ORDER BY region, projects DESC
