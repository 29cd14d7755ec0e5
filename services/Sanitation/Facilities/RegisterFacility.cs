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
/// A supervisor registers a facility under its code. Sending the same registration again answers 200 with
/// the facility, so a retry is harmless; a code already registered with other details is 409.
/// </summary>
public static class RegisterFacility
{
    public sealed record Request(
        string? Code,
        FacilityKind? Kind,
        string? Name,
        string? DistrictCode,
        FacilityForm.Point? Location,
        string? Address,
        string? PlateNumber,
        int? MaxLoadKg,
        string? BinType,
        string? ClearBy,
        string? DisposalMethod)
    {
        public FacilityForm Form() => new(Kind, Name, DistrictCode, Location, Address, PlateNumber, MaxLoadKg, BinType, ClearBy, DisposalMethod);
    }

    public static RouteGroupBuilder MapRegisterFacility(this RouteGroupBuilder api)
    {
        api.MapPost("/facilities", HandleAsync)
            .WithName("RegisterFacility")
            .WithTags("Facilities")
            .WithSummary("Register a collection point, transfer station, disposal site, vehicle, public toilet, litter bin or rest station.")
            .RequireAuthorization(p => p.RequireRole(FacilityAccess.Keepers))
            .Produces<FacilityView>(StatusCodes.Status201Created)
            .Produces<FacilityView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    static async Task<IResult> HandleAsync(Request request, ClaimsPrincipal user, IFacilityStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Check(FacilityForm.IsCode(request.Code), "code", "'code' must be 1 to 40 letters, digits or '-' (e.g. CP-410811-0007).");
        var details = request.Form().Check(errors);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var facility = Facility.Register(request.Code!, details!, user.UserId(), time);
        try
        {
            await store.SaveAsync(facility, cancellationToken);
        }
        catch (DuplicateKeyException)
        {
            var existing = await store.FindAsync(request.Code!, cancellationToken);
            return existing is not null && existing.Details() == details
                ? TypedResults.Ok(FacilityView.From(existing))
                : TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: $"Facility {request.Code} is already registered with other details.",
                    detail: "Update it with PUT /api/sanitation/facilities/{code} and its version.");
        }

        return TypedResults.Created($"/api/sanitation/facilities/{facility.Code}", FacilityView.From(facility));
    }
}
