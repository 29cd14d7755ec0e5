using System.Globalization;
using DigitalCity.Inspection.Cases;
using DigitalCity.Inspection.Categories;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Primitives;

namespace DigitalCity.Inspection.Open311;

/// <summary>
/// A 311 app posts a service request (form-encoded, with its <c>api_key</c>); it becomes a case in the
/// closed loop through <see cref="CaseIntake"/>, the same path as a grid officer's report, reported by
/// <c>open311:{client}</c>, so <c>CaseReported</c> is raised as for any report. A case needs coordinates:
/// <c>address_string</c> alone is refused (there is no geocoder here), and when it is absent the address is
/// the coordinates. The requester's <c>email</c>, <c>first_name</c>, <c>last_name</c>, <c>phone</c>,
/// <c>device_id</c> and <c>account_id</c> are never read: a case holds no contact details.
/// </summary>
public static class PostServiceRequest
{
    public const string ReporterPrefix = "open311:";

    /// <summary>The spec's names for the report's fields, so the intake's messages use them.</summary>
    static readonly ReportFields Fields = new(
        "service_code", "lat/long", "long", "lat", "address_string", "description", "media_url", $"{Open311Module.Prefix}/services.json");

    public static RouteGroupBuilder MapPostServiceRequest(this RouteGroupBuilder open311)
    {
        open311.MapPost("/requests.{format}", HandleAsync)
            .WithName("Open311PostRequest")
            .WithSummary("GeoReport v2: post a service request (form-encoded, with api_key); it becomes a reported case (待受理).")
            .DisableAntiforgery();
        return open311;
    }

    static async Task<Open311Result> HandleAsync(
        string format,
        HttpRequest http,
        Open311Options options,
        CategoryBookStore categories,
        CaseIntake intake,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var answer = Open311Formats.Of(format);
        if (!http.HasFormContentType)
        {
            return Open311Result.Error(answer, StatusCodes.Status400BadRequest, "A service request is posted as application/x-www-form-urlencoded.");
        }

        var form = await http.ReadFormAsync(cancellationToken);
        if (options.ClientFor(form["api_key"]) is not { } client)
        {
            return Open311Result.Error(answer, StatusCodes.Status403Forbidden, "api_key is missing or not known.");
        }

        var problems = new List<string>();
        var serviceCode = Value(form["service_code"]);
        if (serviceCode is null)
        {
            problems.Add("service_code is required.");
        }

        var (longitude, latitude) = (Number(form["long"]), Number(form["lat"]));
        var address = Value(form["address_string"]);
        if (longitude is null || latitude is null)
        {
            problems.Add(address is null
                ? "A location is required: lat and long (WGS84 decimal degrees)."
                : "lat and long are required: address_string alone cannot be placed on the map here.");
        }

        if (problems.Count > 0)
        {
            return Open311Result.Errors(answer, StatusCodes.Status400BadRequest, problems);
        }

        if (await ServiceList.FindAsync(categories, serviceCode, time, cancellationToken) is null)
        {
            return ServiceList.UnknownService(answer, serviceCode);
        }

        var mediaUrl = Value(form["media_url"]);
        var report = new ReportCase.Request(
            serviceCode,
            new ReportCase.LocationInput(longitude, latitude),
            address ?? string.Create(CultureInfo.InvariantCulture, $"{latitude}, {longitude}"),
            Value(form["description"]) ?? Value(form[$"attribute[{ServiceList.DescriptionAttribute}]"]),
            mediaUrl is null ? [] : [mediaUrl]);
        return await intake.ReportAsync(report, ReporterPrefix + client, null, Fields, cancellationToken) switch
        {
            IntakeOutcome.Invalid invalid => Open311Result.Errors(answer, StatusCodes.Status400BadRequest, invalid.Errors.ToDictionary().Values.SelectMany(m => m)),
            IntakeOutcome.Created created => Accepted(created.Case, answer),
            IntakeOutcome.Replayed replayed => Accepted(replayed.Earlier, answer),
            _ => throw new InvalidOperationException("Unknown intake outcome."),
        };
    }

    static Open311Result Accepted(Case @case, Open311Format format) => new(
        new Open311Array("request",
        [
            new Open311Object(
            [
                ("service_request_id", @case.Id.ToString()),
                ("service_notice", $"案件编号 {@case.Number}: {ServiceRequestView.StatusNotes(@case.Status)} — the supervision centre reviews it next."),
                ("account_id", null),
            ]),
        ]),
        "service_requests",
        format);

    static string? Value(StringValues values) => values.ToString() is { Length: > 0 } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;

    static double? Number(StringValues values) =>
        double.TryParse(Value(values), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;
}
