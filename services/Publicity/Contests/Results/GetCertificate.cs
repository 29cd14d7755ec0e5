using DigitalCity.Publicity.Contests.Certificates;
using DigitalCity.ServiceDefaults.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Publicity.Contests.Results;

/// <summary>
/// 获奖证书 — a winner's certificate as a PDF, drawn from the locked result: anyone may fetch it, as the result is
/// public. Numbered <c>{CONTEST}-{place}</c> (e.g. <c>LIGHTS-2023-001</c>) and dated the day the result was locked.
/// </summary>
public static class GetCertificate
{
    public static RouteGroupBuilder MapGetCertificate(this RouteGroupBuilder api)
    {
        api.MapGet("/contests/{code}/results/certificates/{entryId:guid}", HandleAsync)
            .WithName("GetContestCertificate")
            .WithTags("Contest results")
            .WithSummary("A winner's award certificate, a one-page PDF with the Chinese text embedded.")
            .AllowAnonymous()
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    static async Task<IResult> HandleAsync(
        string code, Guid entryId, IResultStore results, CertificateRenderer renderer, CertificateOptions options, CityClock city, CancellationToken cancellationToken)
    {
        if (await results.FindAsync(code, cancellationToken) is not { } result)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No result for {code} yet.");
        }

        if (result.Awards.FirstOrDefault(a => a.EntryId == entryId) is not { } award)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"Entry {entryId} won no award in {code}.");
        }

        var content = new CertificateContent($"{code.ToUpperInvariant()}-{award.Rank:000}", result.ContestName, award.AuthorName, award.Title,
            award.Tier, award.PrizeYuan, award.Rank, city.DayOf(result.PublishedAt), options.Issuer);
        return TypedResults.File(renderer.Render(content), "application/pdf", $"certificate-{code}-{award.Rank:000}.pdf");
    }
}
