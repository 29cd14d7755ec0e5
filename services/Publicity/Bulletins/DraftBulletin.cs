using System.Security.Claims;
using DigitalCity.Publicity.Figures;
using DigitalCity.Publicity.Storage;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Publicity.Bulletins;

/// <summary>
/// 起草通报 — an editor asks for a draft about city days <c>from</c> to <c>to</c> (at most a year), in the whole city or one
/// district, optionally under an occasion (春节期间) and a title: the figures of that period are summed and the text written
/// from them. A retry with the same <c>Idempotency-Key</c> returns the draft the first attempt made.
/// </summary>
public static class DraftBulletin
{
    public const int MaxPeriodDays = 366;

    public sealed record Request(DateOnly? From, DateOnly? To, string? District, string? Occasion, string? Title);

    public static RouteGroupBuilder MapDraftBulletin(this RouteGroupBuilder api)
    {
        api.MapPost("/bulletins/drafts", HandleAsync)
            .WithName("DraftBulletin")
            .WithTags("Bulletins")
            .WithSummary("Compile a draft bulletin (Chinese text and the figures behind it) for a period of city days, the city or a district. Send an Idempotency-Key.")
            .RequireAuthorization(p => p.RequireRole(Roles.PublicityEditor))
            .Produces<BulletinView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return api;
    }

    static async Task<IResult> HandleAsync(
        Request request,
        [FromHeader(Name = IdempotentReplay.Header)] string? idempotencyKey,
        ClaimsPrincipal user,
        IBulletinStore bulletins,
        IFigureStore figures,
        DistrictNames districts,
        TimeProvider time,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var drafter = user.UserId();
        var errors = new ValidationErrors().IdempotencyKey(idempotencyKey);
        var stamp = idempotencyKey is null ? null : IdempotencyStamp.For(drafter, idempotencyKey, request);
        var idempotent = new IdempotentCreation<Bulletin>(stamp, bulletins.FindByIdempotencyKeyAsync);
        if (!errors.Any && await idempotent.EarlierAsync((earlier, s) => Replay(earlier, s, http), cancellationToken) is { } replayed)
        {
            return replayed;
        }

        errors.Period("from", request.From, "to", request.To, MaxPeriodDays);
        errors.OptionalDistrict("district", request.District);
        errors.Check(request.Occasion is null || request.Occasion.Trim().Length is > 0 and <= 50, "occasion", "'occasion' is 1 to 50 characters, e.g. 春节期间.");
        errors.Check(request.Title is null || request.Title.Trim().Length is > 0 and <= Bulletin.MaxTitleLength, "title", $"'title' is 1 to {Bulletin.MaxTitleLength} characters.");
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var (from, to) = (request.From!.Value, request.To!.Value);
        var sums = await figures.SumByMetricAsync(from, to, request.District, cancellationToken);
        var bulletin = Bulletin.Draft(from, to, request.District, request.District is { } code ? districts.NameOf(code) : null,
            request.Occasion?.Trim(), request.Title?.Trim(), sums, drafter, stamp, time);
        return await idempotent.SaveAsync<IResult>(async () =>
        {
            await bulletins.SaveAsync(bulletin, cancellationToken);
            return TypedResults.Created($"/api/publicity/bulletins/{bulletin.Id}", BulletinView.Of(bulletin));
        }, (winner, s) => Replay(winner, s, http), cancellationToken);
    }

    static IResult Replay(Bulletin earlier, IdempotencyStamp stamp, HttpContext http) =>
        IdempotentReplay.Answer(earlier.RequestFingerprint, stamp, $"Bulletin {earlier.Id}", http, () => BulletinView.Of(earlier));
}
