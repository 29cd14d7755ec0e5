using System.Security.Claims;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Publicity.Bulletins;

/// <summary>
/// Published bulletins are public, newest first; drafts and discarded ones are the editors' alone (to anyone else a
/// bulletin not published does not exist: 404).
/// </summary>
public static class BulletinQueries
{
    public static RouteGroupBuilder MapBulletinQueries(this RouteGroupBuilder api)
    {
        api.MapGet("/bulletins", (IBulletinStore store, int? page, int? pageSize, CancellationToken cancellationToken) =>
                ListAsync(store, BulletinStatus.Published, page, pageSize, cancellationToken))
            .WithName("ListBulletins")
            .WithTags("Bulletins")
            .WithSummary("Published bulletins, the latest first.")
            .AllowAnonymous()
            .Produces<Page<BulletinView>>()
            .ProducesValidationProblem();

        api.MapGet("/bulletins/drafts", (IBulletinStore store, int? page, int? pageSize, CancellationToken cancellationToken) =>
                ListAsync(store, BulletinStatus.Draft, page, pageSize, cancellationToken))
            .WithName("ListBulletinDrafts")
            .WithTags("Bulletins")
            .WithSummary("Drafts awaiting review, the latest first.")
            .RequireAuthorization(p => p.RequireRole(Roles.PublicityEditor))
            .Produces<Page<BulletinView>>()
            .ProducesValidationProblem();

        api.MapGet("/bulletins/{id:guid}", GetAsync)
            .WithName("GetBulletin")
            .WithTags("Bulletins")
            .WithSummary("One bulletin: anyone reads a published one, editors any.")
            .AllowAnonymous()
            .Produces<BulletinView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    public static IResult NotFound(Guid id) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No bulletin {id}.");

    static async Task<IResult> ListAsync(IBulletinStore store, BulletinStatus status, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var request = Paging.Read(page, pageSize, errors);
        return errors.Any ? errors.ToResult() : TypedResults.Ok((await store.ListAsync(status, request, cancellationToken)).Map(BulletinView.Of));
    }

    static async Task<IResult> GetAsync(Guid id, ClaimsPrincipal user, IBulletinStore store, CancellationToken cancellationToken) =>
        await store.FindAsync(id, cancellationToken) is { } bulletin && (bulletin.Status == BulletinStatus.Published || user.IsInRole(Roles.PublicityEditor))
            ? TypedResults.Ok(BulletinView.Of(bulletin))
            : NotFound(id);
}
