using System.Text.Json;

namespace DigitalCity.Gateway.Dashboard;

/// <summary>
/// One part of today's dashboard as a service answered it: <see cref="Status"/> is <c>ok</c> (with the service's
/// <see cref="Data"/>), <c>failed</c> (the service answered an error, <see cref="HttpStatus"/>, or could not be reached)
/// or <c>timeout</c> (no answer within the dashboard's wait).
/// </summary>
public sealed record DashboardSection(string Service, string Status, int? HttpStatus, JsonElement? Data, string? Error)
{
    public const string Ok = "ok";
    public const string Failed = "failed";
    public const string TimedOut = "timeout";
}

/// <summary>Today's figures from the three services, <see cref="Partial"/> when any section is not <c>ok</c>.</summary>
public sealed record TodayDashboard(DateOnly Day, bool Partial, IReadOnlyDictionary<string, DashboardSection> Sections);
