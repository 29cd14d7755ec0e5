using System.Security.Claims;
using DigitalCity.Sanitation.Facilities;
using DigitalCity.Sanitation.Facilities.Storage;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Sanitation.Routes;

/// <summary>
/// A supervisor lays out a collection route, or changes it sending the version read (a stale or missing version of
/// an existing route is 409). Its facilities must be registered, active collection points or transfer stations.
/// </summary>
public static class PutRoute
{
    public const int MaxFacilities = 500;
    public const int MaxCrew = 50;

    public sealed record Request(long? Version, string? Name, string? DistrictCode, IReadOnlyList<string>? FacilityCodes, IReadOnlyList<string>? Crew);

    public static RouteGroupBuilder MapPutRoute(this RouteGroupBuilder api)
    {
        api.MapPut("/routes/{code}", HandleAsync)
            .WithName("PutCollectionRoute")
            .WithTags("Routes")
            .WithSummary("Lay out a collection route (清运线路) — its points and stations and its crew — or change it with the version read.")
            .RequireAuthorization(p => p.RequireRole(FacilityAccess.Keepers))
            .Produces<RouteView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    static async Task<IResult> HandleAsync(string code, Request request, ClaimsPrincipal user, IRouteStore routes, IFacilityStore facilities, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors().Required("name", request.Name);
        errors.Check(FacilityForm.IsCode(code), "code", "'code' must be 1 to 40 letters, digits or '-'.");
        errors.Check(FacilityForm.IsDistrictCode(request.DistrictCode), "districtCode", "'districtCode' must be a 6-digit administrative code.");
        var codes = request.FacilityCodes ?? [];
        var crew = request.Crew ?? [];
        errors.Check(codes.Count is >= 1 and <= MaxFacilities, "facilityCodes", $"'facilityCodes' lists 1 to {MaxFacilities} collection points or transfer stations.");
        errors.Check(codes.Distinct(StringComparer.Ordinal).Count() == codes.Count, "facilityCodes", "A facility appears twice.");
        errors.Check(crew.Count is >= 1 and <= MaxCrew && crew.All(c => !string.IsNullOrWhiteSpace(c) && c.Length <= 64), "crew",
            $"'crew' lists 1 to {MaxCrew} user ids.");
        var known = (await facilities.FindManyAsync([.. codes.Distinct(StringComparer.Ordinal)], cancellationToken)).ToDictionary(f => f.Code, StringComparer.Ordinal);
        for (var i = 0; i < codes.Count; i++)
        {
            errors.Check(known.TryGetValue(codes[i], out var f) && !f.Retired && f.Kind is FacilityKind.CollectionPoint or FacilityKind.TransferStation,
                $"facilityCodes[{i}]", $"'{codes[i]}' is not a registered, active collection point or transfer station.");
        }

        if (errors.Any)
        {
            return errors.ToResult();
        }

        var route = await routes.FindAsync(code, cancellationToken) ?? CollectionRoute.Create(code, time);
        if (route.Version != (request.Version ?? 0))
        {
            throw new ConcurrencyConflictException(nameof(CollectionRoute), route.Id, request.Version ?? 0);
        }

        route.Set(request.Name!.Trim(), request.DistrictCode!, codes, [.. crew.Select(c => c.Trim())], user.UserId(), time);
        try
        {
            await routes.SaveAsync(route, cancellationToken);
        }
        catch (DuplicateKeyException)
        {
            throw new ConcurrencyConflictException(nameof(CollectionRoute), route.Id, 0);
        }

        return TypedResults.Ok(RouteView.From(route));
    }
}
