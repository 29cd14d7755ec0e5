namespace DigitalCity.Inspection.Places;

/// <summary>
/// 焦作示例网格 — six sample unit grids near the city centre as GeoJSON, the form real grid layers arrive in.
/// 解放区 lies west of longitude 113.247 and 山阳区 east of 113.25. Two 站前社区 grids share the edge at
/// longitude 113.235; the first 焦东路社区 grid has a hole which the second (an enclosed compound) fills.
/// Exterior rings run counterclockwise and holes clockwise, as RFC 7946 recommends.
/// </summary>
public static class JiaozuoSampleGrids
{
    public const string GeoJson = """
        {
          "type": "FeatureCollection",
          "features": [
            {
              "type": "Feature",
              "properties": { "code": "41080200100101", "name": "站前社区01网格", "communityCode": "410802001001", "streetCode": "410802001" },
              "geometry": { "type": "Polygon", "coordinates": [
                [[113.225, 35.235], [113.235, 35.235], [113.235, 35.245], [113.225, 35.245], [113.225, 35.235]]
              ] }
            },
            {
              "type": "Feature",
              "properties": { "code": "41080200100102", "name": "站前社区02网格", "communityCode": "410802001001" },
              "geometry": { "type": "Polygon", "coordinates": [
                [[113.235, 35.235], [113.245, 35.235], [113.245, 35.245], [113.235, 35.245], [113.235, 35.235]]
              ] }
            },
            {
              "type": "Feature",
              "properties": { "code": "41080200200101", "name": "民主路社区01网格" },
              "geometry": { "type": "Polygon", "coordinates": [
                [[113.225, 35.212], [113.244, 35.212], [113.246, 35.222], [113.235, 35.230], [113.225, 35.225], [113.225, 35.212]]
              ] }
            },
            {
              "type": "Feature",
              "properties": { "code": "41081100100101", "name": "焦东路社区01网格" },
              "geometry": { "type": "Polygon", "coordinates": [
                [[113.250, 35.230], [113.265, 35.230], [113.265, 35.245], [113.250, 35.245], [113.250, 35.230]],
                [[113.255, 35.235], [113.255, 35.240], [113.260, 35.240], [113.260, 35.235], [113.255, 35.235]]
              ] }
            },
            {
              "type": "Feature",
              "properties": { "code": "41081100100102", "name": "焦东路社区02网格（封闭小区）" },
              "geometry": { "type": "Polygon", "coordinates": [
                [[113.255, 35.235], [113.260, 35.235], [113.260, 35.240], [113.255, 35.240], [113.255, 35.235]]
              ] }
            },
            {
              "type": "Feature",
              "properties": { "code": "41081100200101", "name": "太行路社区01网格" },
              "geometry": { "type": "MultiPolygon", "coordinates": [
                [[[113.250, 35.205], [113.265, 35.205], [113.270, 35.215], [113.258, 35.222], [113.250, 35.215], [113.250, 35.205]]]
              ] }
            }
          ]
        }
        """;
}
