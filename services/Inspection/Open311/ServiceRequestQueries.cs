using System.Globalization;
using DigitalCity.Inspection.Storage;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Inspection.Open311;

/// <summary>
/// Public reads of service requests, no key needed (as the spec): the list with the standard filters, one
/// request, and a token resolved to its request. The list covers requested times in [start_date, end_date),
/// at most <see cref="MaxWindow"/> (90 days, the spec's guidance; the last 90 days when neither is given),
/// newest first, <see cref="MaxPageSize"/> per page; <c>page</c> and <c>page_size</c> are an extension.
/// <c>service_request_id</c> (a comma list) overrides every other filter, as the spec says.
/// </summary>
public static class ServiceRequestQueries
{
    public const int MaxPageSize = 1000;

    public static readonly TimeSpan MaxWindow = TimeSpan.FromDays(90);

    public static RouteGroupBuilder MapServiceRequestQueries(this RouteGroupBuilder open311)
    {
        open311.MapGet("/requests.{format}", ListAsync)
            .WithName("Open311Requests")
            .WithSummary("GeoReport v2: service requests by service_request_id, service_code, start_date/end_date (≤ 90 days) and status (open/closed), newest first.");
        open311.MapGet("/requests/{id}.{format}", GetAsync)
            .WithName("Open311Request")
            .WithSummary("GeoReport v2: one service request.");
        open311.MapGet("/tokens/{token}.{format}", TokenAsync)
            .WithName("Open311Token")
            .WithSummary("GeoReport v2: the service request a token stands for (requests are created at once, so the token is the request id).");
        return open311;
    }

    static async Task<Open311Result> ListAsync(string format, HttpRequest http, ICaseStore store, TimeProvider time, CityClock city, CancellationToken cancellationToken)
    {
        var answer = Open311Formats.Of(format);
        var query = http.Query;
        if (query["service_request_id"].ToString() is { Length: > 0 } ids)
        {
            var wanted = ids.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (wanted.Length > MaxPageSize)
            {
                return Open311Result.Error(answer, StatusCodes.Status400BadRequest, $"At most {MaxPageSize} service_request_id values.");
            }

            var found = new List<object?>();
            foreach (var id in wanted.Distinct())
            {
                if (Guid.TryParse(id, out var caseId) && await store.FindAsync(caseId, cancellationToken) is { } @case)
                {
                    found.Add(ServiceRequestView.From(@case, city));
                }
            }

            return Requests(found, answer);
        }

        var problems = new List<string>();
        var start = Instant(query["start_date"], "start_date", problems);
        var end = Instant(query["end_date"], "end_date", problems);
        var open = query["status"].ToString() switch
        {
            "" => (bool?)null,
            "open" => true,
            "closed" => false,
            var other => Problem(problems, $"status '{other}' is neither open nor closed."),
        };
        var page = Whole(query["page"], 1, int.MaxValue, "page", problems);
        var size = Whole(query["page_size"], MaxPageSize, MaxPageSize, "page_size", problems);
        var until = end ?? (start is { } from ? from + MaxWindow : time.GetUtcNow());
        var since = start ?? until - MaxWindow;
        if (since >= until || until - since > MaxWindow)
        {
            problems.Add("end_date must be after start_date, at most 90 days after.");
        }

        if (problems.Count > 0)
        {
            return Open311Result.Errors(answer, StatusCodes.Status400BadRequest, problems);
        }

        var code = query["service_code"].ToString() is { Length: > 0 } given ? given : null;
        var cases = await store.ListAsync(
            new CaseFilter(CategoryCode: code, ReportedFrom: since, ReportedBefore: until, Open: open), new PageRequest(page, size), cancellationToken);
        return Requests([.. cases.Items.Select(c => ServiceRequestView.From(c, city))], answer);
    }

    static async Task<Open311Result> GetAsync(string id, string format, ICaseStore store, CityClock city, CancellationToken cancellationToken)
    {
        var answer = Open311Formats.Of(format);
        return Guid.TryParse(id, out var caseId) && await store.FindAsync(caseId, cancellationToken) is { } @case
            ? Requests([ServiceRequestView.From(@case, city)], answer)
            : Open311Result.Error(answer, StatusCodes.Status404NotFound, $"No service request '{id}'.");
    }

    static async Task<Open311Result> TokenAsync(string token, string format, ICaseStore store, CancellationToken cancellationToken)
    {
        var answer = Open311Formats.Of(format);
        if (!Guid.TryParse(token, out var caseId) || await store.FindAsync(caseId, cancellationToken) is not { } @case
            || !@case.ReportedBy.StartsWith(PostServiceRequest.ReporterPrefix, StringComparison.Ordinal))
        {
            return Open311Result.Error(answer, StatusCodes.Status404NotFound, $"No token '{token}'.");
        }

        var request = new Open311Object([("service_request_id", @case.Id.ToString()), ("token", token)]);
        return new Open311Result(new Open311Array("request", [request]), "service_requests", answer);
    }

    static Open311Result Requests(List<object?> requests, Open311Format format) =>
        new(new Open311Array("request", requests), "service_requests", format);

    static DateTimeOffset? Instant(Microsoft.Extensions.Primitives.StringValues value, string name, List<string> problems)
    {
        if (value.ToString() is not { Length: > 0 } text)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return instant;
        }

        Problem(problems, $"{name} must be a W3C date-time such as 2023-01-22T08:00:00+08:00.");
        return null;
    }

    static int Whole(Microsoft.Extensions.Primitives.StringValues value, int fallback, int max, string name, List<string> problems)
    {
        if (value.ToString() is not { Length: > 0 } text)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= max)
        {
            return number;
        }

        Problem(problems, $"{name} must be a whole number from 1 to {max}.");
        return fallback;
    }

    static bool? Problem(List<string> problems, string description)
    {
        problems.Add(description);
        return null;
    }
}
