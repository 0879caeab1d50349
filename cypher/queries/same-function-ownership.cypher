// title: What each province's department of one function owns
// description: For a department function (商务, 发展改革, 文化和旅游, 市场监管, 交通运输, 金融监管, 民政, 卫生健康, …),
// every region's department with that function and the projects and goals it is responsible for, stated by the plan
// or, when includeInferred is true, inferred from what stated plans teach.
// param: function String = 商务 — the department function
// param: includeInferred Boolean = false — also show inferred responsibility
// columns: region, department, role, basis, task, quote
MATCH (f:DepartmentFunction {key: $function})<-[:HAS_FUNCTION]-(d:Department)
MATCH (t:Entity)-[r:RESPONSIBLE]->(d)
WHERE r.basis = 'stated' OR $includeInferred
RETURN d.region AS region, d.name AS department, r.role AS role, r.basis AS basis, t.name AS task, r.quote AS quote
ORDER BY region, department, role, task
LIMIT 500
