// title: One indicator compared across regions
// description: Every region's base and target for one metric (canonical key, e.g. services-share-of-gdp), with
// units, years and the quote that states it.
// param: metric String = services-share-of-gdp — canonical metric key
// columns: region, indicator, unit, baseYear, baseValue, targetYear, targetValue, comparator, quote
MATCH (i:Indicator)
WHERE i.metric = $metric
RETURN i.region AS region, i.name AS indicator, i.unit AS unit, i.baseYear AS baseYear, i.baseValue AS baseValue,
       i.targetYear AS targetYear, i.targetValue AS targetValue, i.comparator AS comparator, i.quoteText AS quote
ORDER BY region, targetYear
