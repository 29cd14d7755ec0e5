using System.Security.Claims;
using DigitalCity.Sanitation.Facilities.Storage;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Sanitation.Facilities;

/// <summary>
/// A supervisor corrects a facility's details or retires it (<c>retired: true</c>), sending the version it
/// read: a stale version is 409, and so is a change of kind (register a new code instead).
/// </summary>
public static class UpdateFacility
{
    public sealed record Request(
        long? Version,
        FacilityKind? Kind,
        string? Name,
        string? DistrictCode,
        FacilityForm.Point? Location,
        string? Address,
        string? PlateNumber,
        int? MaxLoadKg,
        string? BinType,
        string? ClearBy,
        string? DisposalMethod,
        bool? Retired);

    public static RouteGroupBuilder MapUpdateFacility(this RouteGroupBuilder api)
    {
        api.MapPut("/facilities/{code}", HandleAsync)
            .WithName("UpdateFacility")
            .WithTags("Facilities")
            .WithSummary("Correct a facility's details or retire it, with the version read.")
            .RequireAuthorization(p => p.RequireRole(FacilityAccess.Keepers))
            .Produces<FacilityView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    static async Task<IResult> HandleAsync(string code, Request request, ClaimsPrincipal user, IFacilityStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors().Required("version", request.Version);
        var details = new FacilityForm(request.Kind, request.Name, request.DistrictCode, request.Location, request.Address, request.PlateNumber,
            request.MaxLoadKg, request.BinType, request.ClearBy, request.DisposalMethod).Check(errors);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var facility = await store.FindAsync(code, cancellationToken);
        if (facility is null)
        {
            return FacilityQueries.NotFound(code);
        }

        if (facility.Version != request.Version)
        {
            throw new ConcurrencyConflictException(nameof(Facility), facility.Id, request.Version!.Value);
        }

        if (facility.Update(details!, request.Retired ?? facility.Retired, user.UserId(), time))
        {
            await store.SaveAsync(facility, cancellationToken);
        }

        return TypedResults.Ok(FacilityView.From(facility));
    }
}
