using System.Security.Claims;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Publicity.Bulletins;

/// <summary>
/// 审核 — an editor reviews a draft: edits its title and text, publishes it or discards it, each with the version read
/// (409 when someone changed it since). A published or discarded bulletin is final: any further step is a 409.
/// </summary>
public static class ReviewBulletin
{
    public sealed record EditRequest(long? Version, string? Title, string? Text);

    public sealed record StepRequest(long? Version);

    public static RouteGroupBuilder MapReviewBulletin(this RouteGroupBuilder api)
    {
        Describe(api.MapPut("/bulletins/{id:guid}", EditAsync), "EditBulletin", "Change a draft's title and text, with the version read.");
        Describe(api.MapPost("/bulletins/{id:guid}/publish", PublishAsync), "PublishBulletin", "Publish a draft, with the version read: anyone may read it then, and BulletinPublished tells other city systems.");
        Describe(api.MapPost("/bulletins/{id:guid}/discard", DiscardAsync), "DiscardBulletin", "Discard a draft, with the version read.");
        return api;
    }

    static void Describe(RouteHandlerBuilder endpoint, string name, string summary) =>
        endpoint.WithName(name)
            .WithTags("Bulletins")
            .WithSummary(summary)
            .RequireAuthorization(p => p.RequireRole(Roles.PublicityEditor))
            .Produces<BulletinView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    static Task<IResult> EditAsync(Guid id, EditRequest request, ClaimsPrincipal user, IBulletinStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors().Required("version", request.Version)
            .Required("title", request.Title, Bulletin.MaxTitleLength)
            .Required("text", request.Text, Bulletin.MaxTextLength);
        return errors.Any
            ? Task.FromResult(errors.ToResult())
            : ChangeAsync(id, request.Version!.Value, store, b => b.Edit(request.Title!.Trim(), request.Text!.Trim(), user.UserId(), time), cancellationToken);
    }

    static Task<IResult> PublishAsync(Guid id, StepRequest request, ClaimsPrincipal user, IBulletinStore store, TimeProvider time, CancellationToken cancellationToken) =>
        Step(id, request, store, b => b.Publish(user.UserId(), time), cancellationToken);

    static Task<IResult> DiscardAsync(Guid id, StepRequest request, ClaimsPrincipal user, IBulletinStore store, TimeProvider time, CancellationToken cancellationToken) =>
        Step(id, request, store, b => b.Discard(user.UserId(), time), cancellationToken);

    static Task<IResult> Step(Guid id, StepRequest request, IBulletinStore store, Action<Bulletin> step, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors().Required("version", request.Version);
        return errors.Any ? Task.FromResult(errors.ToResult()) : ChangeAsync(id, request.Version!.Value, store, step, cancellationToken);
    }

    /// <summary>
    /// Applies a step to the bulletin read: the step first, so publishing twice says the bulletin is Published rather than
    /// stale; then the version the editor read; the store checks it again against a concurrent save.
    /// </summary>
    static async Task<IResult> ChangeAsync(Guid id, long version, IBulletinStore store, Action<Bulletin> step, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is not { } bulletin)
        {
            return BulletinQueries.NotFound(id);
        }

        step(bulletin);
        if (bulletin.Version != version)
        {
            throw new ConcurrencyConflictException(nameof(Bulletin), id, version);
        }

        await store.SaveAsync(bulletin, cancellationToken);
        return TypedResults.Ok(BulletinView.Of(bulletin));
    }
}
