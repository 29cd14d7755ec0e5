using DigitalCity.Inspection.Deadlines;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Inspection.Evaluation;

/// <summary>综合评价 of one district, street, grid, department, person or the city, for one period.</summary>
public static class GetEvaluation
{
    public static RouteGroupBuilder MapGetEvaluation(this RouteGroupBuilder api)
    {
        api.MapGet("/evaluation", HandleAsync)
            .WithName("GetEvaluation")
            .WithTags("Evaluation")
            .WithSummary("综合评价: one object's counters, rates (percent), volume score, composite score and grade for a day, ISO week, month or custom range.")
            .RequireAuthorization(p => p.RequireRole([.. Roles.CentreStaff, Roles.Administrator]))
            .Produces<EvaluationView>()
            .ProducesValidationProblem();
        return api;
    }

    static async Task<IResult> HandleAsync(
        string? scope,
        string? code,
        string? period,
        string? date,
        string? from,
        string? to,
        Evaluator evaluator,
        EvaluationOptions options,
        DeadlineCalculator deadlines,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var target = EvaluationQuery.Scope(scope, code, errors);
        var range = EvaluationQuery.Period(period, date, from, to, EvaluationQuery.Today(time, deadlines), options.MaxRangeDays, errors);
        if (errors.Any || target is null || range is null)
        {
            return errors.ToResult();
        }

        return TypedResults.Ok(await evaluator.EvaluateAsync(target, range, cancellationToken));
    }
}
