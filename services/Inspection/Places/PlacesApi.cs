using DigitalCity.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Inspection.Places;

/// <summary>The city's districts and unit grids, for pickers and maps (read-only until grids are stored and importable by API).</summary>
public static class PlacesApi
{
    public sealed record GridView(string Code, string Name, string CommunityCode, string StreetCode, string DistrictCode, BoundingBox Bounds);

    public sealed record Assignment(GeoPoint Point, string? GridCode, string? DistrictCode);

    public static RouteGroupBuilder MapPlaces(this RouteGroupBuilder api)
    {
        api.MapGet("/places/districts", (PlaceDirectory places) => TypedResults.Ok(places.Districts))
            .WithName("ListDistricts").WithTags("Places")
            .WithSummary("The city's districts and counties (区/县) with their administrative codes.")
            .RequireAuthorization();

        api.MapGet("/places/grids", (PlaceDirectory places, string? district) =>
                TypedResults.Ok(places.Grids
                    .Select(g => (Grid: g, Community: places.FindCommunity(g.CommunityCode)!))
                    .Select(x => new GridView(x.Grid.Code, x.Grid.Name, x.Grid.CommunityCode, x.Community.StreetCode, places.FindStreet(x.Community.StreetCode)!.DistrictCode, x.Grid.Boundary.Bounds))
                    .Where(g => district is null || g.DistrictCode == district)))
            .WithName("ListGrids").WithTags("Places")
            .WithSummary("Unit grids (单元网格), optionally of one district, with their bounding boxes.")
            .RequireAuthorization();

        api.MapGet("/places/assign", (PlaceDirectory places, double longitude, double latitude) =>
            {
                var point = new GeoPoint(longitude, latitude);
                var assignment = places.Assign(point);
                return TypedResults.Ok(new Assignment(point, assignment?.Grid.Code, assignment?.District.Code));
            })
            .WithName("AssignPoint").WithTags("Places")
            .WithSummary("Which unit grid and district a WGS84 point falls in (null when outside every grid).")
            .RequireAuthorization();
        return api;
    }
}
