using System.Net;
using System.Text.RegularExpressions;
using DigitalCity.Inspection.Host;
using DigitalCity.Publicity.Host;
using DigitalCity.Sanitation.Host;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.Tests.Services.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalCity.Tests.Services.Security;

/// <summary>
/// Every route of every service, read from its routing table so a new route cannot escape: anonymous → 401 unless the
/// route is marked anonymous; a token without any of the route's roles → 403; a token with each allowed role passes
/// authorization (whatever the handler then answers for the placeholder ids and empty bodies, sent in the content type the
/// route accepts). The anonymous routes
/// are listed, so opening one is a visible change.
/// </summary>
public sealed partial class AuthorizationMatrixTests : IDisposable
{
    /// <summary>The routes meant for anyone: health, API documents, public reads, and entrants who carry their own token.</summary>
    static readonly string[] Anonymous =
    [
        "GET /api/publicity/contests", "GET /api/publicity/contests/{code}", "GET /api/publicity/contests/{code}/ranking",
        "GET /api/publicity/contests/{code}/results", "GET /api/publicity/contests/{code}/results/certificates/{entryId:guid}",
        "POST /api/publicity/contests/{code}/entrants", "POST /api/publicity/contests/{code}/entries", "GET /api/publicity/contests/{code}/entries/mine",
        "GET /api/publicity/bulletins", "GET /api/publicity/bulletins/{id:guid}",
    ];

    /// <summary>Open311 clients authenticate with their api_key, which the service checks itself (docs/open311.md).</summary>
    const string Open311 = "/open311/v2/";

    readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public Task Every_inspection_route_is_guarded_by_its_roles() => CheckAsync(new ServiceFactory<InspectionHost>(_data.Path), "/api/inspection", Open311);

    [Fact]
    public Task Every_sanitation_route_is_guarded_by_its_roles() => CheckAsync(new ServiceFactory<SanitationHost>(_data.Path), "/api/sanitation");

    [Fact]
    public Task Every_publicity_route_is_guarded_by_its_roles() => CheckAsync(new ServiceFactory<PublicityHost>(_data.Path), "/api/publicity");

    static async Task CheckAsync<THost>(ServiceFactory<THost> factory, params string[] prefixes)
        where THost : class
    {
        using (factory)
        {
            var routes = Routes(factory, prefixes);
            var failures = new List<string>();
            foreach (var route in routes)
            {
                var anonymous = await SendAsync(factory.CreateClient(), route);
                if (route.AllowsAnonymous)
                {
                    Check(Anonymous.Contains(route.Name) || route.Pattern.StartsWith(Open311, StringComparison.Ordinal), $"{route.Name} is open to anyone but not listed as meant to be");
                    continue;
                }

                Check(anonymous == HttpStatusCode.Unauthorized, $"{route.Name} anonymous: {(int)anonymous}, expected 401");
                if (route.Roles.Count == 0)
                {
                    continue;
                }

                var wrong = Roles.All.Except(route.Roles).FirstOrDefault();
                if (wrong is not null)
                {
                    var status = await SendAsync(factory.ClientFor("matrix-wrong", wrong), route);
                    Check(status == HttpStatusCode.Forbidden, $"{route.Name} as {wrong}: {(int)status}, expected 403");
                }

                foreach (var role in route.Roles)
                {
                    var status = await SendAsync(factory.ClientFor("matrix-right", role), route);
                    Check(status is not HttpStatusCode.Unauthorized and not HttpStatusCode.Forbidden, $"{route.Name} as {role}: {(int)status}, expected to pass authorization");
                }
            }

            Assert.True(routes.Count >= 10, $"only {routes.Count} routes under {string.Join(", ", prefixes)}");
            Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));

            void Check(bool ok, string failure)
            {
                if (!ok)
                {
                    failures.Add(failure);
                }
            }
        }
    }

    static List<Route> Routes<THost>(ServiceFactory<THost> factory, string[] prefixes)
        where THost : class =>
        [.. factory.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && prefixes.Any(p => ("/" + raw.TrimStart('/')).StartsWith(p, StringComparison.Ordinal)))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => new Route(m, "/" + e.RoutePattern.RawText!.TrimStart('/'),
                e.Metadata.GetMetadata<IAcceptsMetadata>() is { ContentTypes.Count: > 0 } accepts ? accepts.ContentTypes[0] : "application/json",
                e.Metadata.GetMetadata<IAllowAnonymous>() is not null,
                [.. e.Metadata.GetOrderedMetadata<AuthorizationPolicy>().SelectMany(p => p.Requirements).OfType<RolesAuthorizationRequirement>()
                    .SelectMany(r => r.AllowedRoles).Concat(e.Metadata.GetOrderedMetadata<IAuthorizeData>().SelectMany(a => (a.Roles ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)))
                    .Distinct()])))];

    static async Task<HttpStatusCode> SendAsync(HttpClient client, Route route)
    {
        using (client)
        {
            using var request = new HttpRequestMessage(new HttpMethod(route.Method), Placeholders().Replace(route.Pattern, m => m.Value.Contains(":guid", StringComparison.Ordinal)
                ? "0190c8a8-2f4e-7b1a-9c1d-3e5f6a7b8c9d"
                : m.Value.Contains(":int", StringComparison.Ordinal) ? "1" : "x"));
            if (route.Method is "POST" or "PUT" or "PATCH")
            {
                request.Content = new StringContent(route.ContentType == "application/json" ? "{}" : "", System.Text.Encoding.UTF8, route.ContentType);
            }

            using var response = await client.SendAsync(request);
            return response.StatusCode;
        }
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Placeholders();

    sealed record Route(string Method, string Pattern, string ContentType, bool AllowsAnonymous, IReadOnlyList<string> Roles)
    {
        public string Name => $"{Method} {Pattern}";
    }
}
