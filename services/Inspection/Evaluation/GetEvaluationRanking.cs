using DigitalCity.Inspection.Deadlines;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Inspection.Evaluation;

/// <summary>排名 — every district, street, grid, department or person with facts in the period, best score first.</summary>
public static class GetEvaluationRanking
{
    public static RouteGroupBuilder MapGetEvaluationRanking(this RouteGroupBuilder api)
    {
        api.MapGet("/evaluation/ranking", HandleAsync)
            .WithName("GetEvaluationRanking")
            .WithTags("Evaluation")
            .WithSummary("排名: every object of a scope with facts in the period, with counters, rates, score and grade, best score first; paged.")
            .RequireAuthorization(p => p.RequireRole([.. Roles.CentreStaff, Roles.Administrator]))
            .Produces<RankingView>()
            .ProducesValidationProblem();
        return api;
    }

    static async Task<IResult> HandleAsync(
        string? scope,
        string? period,
        string? date,
        string? from,
        string? to,
        int? page,
        int? pageSize,
        Evaluator evaluator,
        EvaluationOptions options,
        DeadlineCalculator deadlines,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var kind = EvaluationQuery.Kind(scope, errors);
        errors.Check(kind != ScopeKind.City, "scope", "The city is a single object: rank districts, streets, grids, departments or persons.");
        var range = EvaluationQuery.Period(period, date, from, to, EvaluationQuery.Today(time, deadlines), options.MaxRangeDays, errors);
        var request = Paging.Read(page, pageSize, errors);
        if (errors.Any || kind is null || range is null)
        {
            return errors.ToResult();
        }

        return TypedResults.Ok(await evaluator.RankAsync(kind.Value, range, request, cancellationToken));
    }
}
