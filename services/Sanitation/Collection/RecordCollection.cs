using System.Globalization;
using System.Security.Claims;
using DigitalCity.Sanitation.Routes;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Sanitation.Collection;

/// <summary>
/// 清运登记 — a crew member records one load at a point or station of a route they crew (403 elsewhere), or a
/// supervisor records one anywhere. Its ticket is the weighbridge ticket when there is one, or
/// else the sender's <c>Idempotency-Key</c>; sending the same load again answers the record stored the first
/// time (200, <c>Idempotent-Replayed: true</c>), and a ticket already used for a different load is 422.
/// </summary>
public static class RecordCollection
{
    public sealed record Request(
        string? Ticket,
        WasteType? WasteType,
        long? WeightKg,
        string? SiteCode,
        string? VehicleCode,
        string? DestinationCode,
        IReadOnlyList<string>? Crew,
        DateTimeOffset? CollectedAt);

    public static RouteGroupBuilder MapRecordCollection(this RouteGroupBuilder api)
    {
        api.MapPost("/collections", HandleAsync)
            .WithName("RecordCollection")
            .WithTags("Collection")
            .WithSummary("Record one load collected. Send the weighbridge ticket or an Idempotency-Key, so a retry is recorded once.")
            .RequireAuthorization(p => p.RequireRole(CollectionAccess.Recorders))
            .Produces<CollectionView>(StatusCodes.Status201Created)
            .Produces<CollectionView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return api;
    }

    static async Task<IResult> HandleAsync(
        Request request,
        [FromHeader(Name = IdempotentReplay.Header)] string? idempotencyKey,
        ClaimsPrincipal user,
        CollectionIntake intake,
        RouteAccess routes,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors().IdempotencyKey(idempotencyKey);
        errors.Check(request.Ticket is not null || idempotencyKey is not null, "ticket",
            $"Send the load's weighbridge 'ticket' or an '{IdempotentReplay.Header}' header, so a retry is not counted twice.");
        var ticket = request.Ticket ?? (idempotencyKey is null ? null : $"key:{user.UserId()}:{idempotencyKey}");
        var entry = new CollectionEntry(ticket, request.WasteType, request.WeightKg, request.SiteCode, request.VehicleCode, request.DestinationCode,
            request.Crew, request.CollectedAt);
        var records = errors.Any ? [] : await intake.CheckAsync([("", entry)], "staff", user.UserId(), errors, cancellationToken);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        if (!await routes.MayRecordAtAsync(user, records[0].SiteCode, cancellationToken))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: $"{records[0].SiteCode} is not on a route you crew.",
                detail: "Staff record loads on their own routes (GET /api/sanitation/routes); a supervisor records elsewhere.");
        }

        var outcome = await intake.StoreAsync(records, cancellationToken);
        if (outcome.Stored.Count == 1)
        {
            return TypedResults.Created($"/api/sanitation/collections/{outcome.Stored[0].Id}", CollectionView.From(outcome.Stored[0]));
        }

        var earlier = outcome.Duplicates[0];
        return IdempotentReplay.Answer(Fingerprint(earlier), new IdempotencyStamp(earlier.Ticket, Fingerprint(records[0])),
            $"Collection record {earlier.Id} (ticket {earlier.Ticket})", http, () => CollectionView.From(earlier));
    }

    /// <summary>What makes two deliveries of a ticket the same load.</summary>
    static string Fingerprint(CollectionRecord r) => string.Join('|',
        r.WasteType, r.WeightKg.ToString(CultureInfo.InvariantCulture), r.SiteCode, r.VehicleCode, r.DestinationCode,
        r.CollectedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
}
