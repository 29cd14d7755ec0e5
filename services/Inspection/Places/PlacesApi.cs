using DigitalCity.Contracts;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Inspection.Places;

/// <summary>
/// The city's districts and unit grids, for pickers and maps: the live directory (seed plus imported grids);
/// administrators import grids with <see cref="ImportGrids"/>.
/// </summary>
public static class PlacesApi
{
    public sealed record GridView(string Code, string Name, string CommunityCode, string StreetCode, string DistrictCode, BoundingBox Bounds);

    public sealed record Assignment(GeoPoint Point, string? GridCode, string? DistrictCode);

    public static RouteGroupBuilder MapPlaces(this RouteGroupBuilder api)
    {
        api.MapGet("/places/districts", async (PlaceDirectoryProvider places, CancellationToken cancellationToken) =>
                TypedResults.Ok((await places.GetAsync(cancellationToken)).Districts))
            .WithName("ListDistricts").WithTags("Places")
            .WithSummary("The city's districts and counties (区/县) with their administrative codes.")
            .RequireAuthorization();

        api.MapGet("/places/grids", ListGridsAsync)
            .WithName("ListGrids").WithTags("Places")
            .WithSummary("Unit grids (单元网格) in code order, optionally of one district, street or community, with their bounding boxes; paged (max 100).")
            .RequireAuthorization()
            .Produces<Page<GridView>>()
            .ProducesValidationProblem();

        api.MapGet("/places/grids/{code}", GetGridAsync)
            .WithName("GetGrid").WithTags("Places")
            .WithSummary("One unit grid as a GeoJSON Feature: its boundary, names and parents.")
            .RequireAuthorization()
            .Produces<GridGeoJsonView>(StatusCodes.Status200OK, GridGeoJsonView.ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/places/assign", async (PlaceDirectoryProvider places, double longitude, double latitude, CancellationToken cancellationToken) =>
            {
                var point = new GeoPoint(longitude, latitude);
                var assignment = (await places.GetAsync(cancellationToken)).Assign(point);
                return TypedResults.Ok(new Assignment(point, assignment?.Grid.Code, assignment?.District.Code));
            })
            .WithName("AssignPoint").WithTags("Places")
            .WithSummary("Which unit grid and district a WGS84 point falls in (null when outside every grid).")
            .RequireAuthorization();

        api.MapImportGrids();
        return api;
    }

    static async Task<IResult> ListGridsAsync(
        PlaceDirectoryProvider places,
        string? district,
        string? street,
        string? community,
        int? page,
        int? pageSize,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var request = Paging.Read(page, pageSize, errors);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var directory = await places.GetAsync(cancellationToken);
        var matching = directory.Grids
            .Where(g => (district is null || g.CommunityCode[..GridCodeProfile.AdministrativeLength] == district)
                && (street is null || g.CommunityCode[..(GridCodeProfile.AdministrativeLength + GridCodeProfile.StreetLength)] == street)
                && (community is null || g.CommunityCode == community))
            .ToList();
        var items = matching.Skip(request.Skip).Take(request.Size).Select(g => View(directory, g)).ToList();
        return TypedResults.Ok(new Page<GridView>(items, request.Number, request.Size, matching.Count));
    }

    static async Task<IResult> GetGridAsync(PlaceDirectoryProvider places, string code, CancellationToken cancellationToken)
    {
        var place = (await places.GetAsync(cancellationToken)).FindPlace(code);
        return place is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such unit grid.", detail: $"The directory has no grid {code}.")
            : TypedResults.Json(GridGeoJsonView.From(place), contentType: GridGeoJsonView.ContentType);
    }

    static GridView View(PlaceDirectory directory, UnitGrid grid)
    {
        var street = directory.FindCommunity(grid.CommunityCode)!.StreetCode;
        return new GridView(grid.Code, grid.Name, grid.CommunityCode, street, directory.FindStreet(street)!.DistrictCode, grid.Boundary.Bounds);
    }
}
