using System.Text.Json;
using DigitalCity.ServiceDefaults.Domain;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace DigitalCity.ServiceDefaults.Http;

/// <summary>
/// Turns the exceptions a request can meet into RFC 9457 problem details: malformed JSON and unknown
/// members (400, naming the JSON path), illegal transitions and concurrency conflicts (409), denied
/// access (403). Anything else is a 500 whose body reveals nothing but the trace id.
/// </summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } => JsonProblem(json),
            BadHttpRequestException bad => new ProblemDetails { Status = bad.StatusCode, Title = "The request is not valid.", Detail = bad.Message },
            InvalidTransitionException transition => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "This step is not allowed in the current state.",
                Detail = transition.Message,
                Extensions = { ["currentState"] = transition.CurrentState },
            },
            ConcurrencyConflictException conflict => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "The resource was changed by someone else; reload and try again.",
                Detail = conflict.Message,
            },
            AccessDeniedException denied => new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = "Forbidden", Detail = denied.Message },
            _ => null,
        };

        if (problem is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    static HttpValidationProblemDetails JsonProblem(JsonException json)
    {
        var field = string.IsNullOrEmpty(json.Path) ? "$" : json.Path;
        return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [json.Message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request body is not valid JSON for this operation.",
        };
    }
}
