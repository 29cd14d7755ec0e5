using System.Net.Http.Headers;
using System.Text.Json;
using DigitalCity.ServiceDefaults.Hosting;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.Extensions.Options;
using Yarp.ReverseProxy;

namespace DigitalCity.Gateway.Dashboard;

/// <summary>
/// <c>GET /api/dashboard/today</c> — the operators' dashboard: asks the three services in parallel with the caller's
/// own token (so each service applies its own access rules) and merges the answers. A slow or failed service leaves
/// its sections marked and the result <c>partial</c>; the answer comes within the configured wait whatever happens.
/// </summary>
public static class DashboardEndpoint
{
    public const string Path = "/api/dashboard/today";
    public const string HttpClientName = "dashboard";

    public static WebApplicationBuilder AddDashboard(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DashboardOptions>().Bind(builder.Configuration.GetSection(DashboardOptions.Section))
            .Validate(o => o.Timeout > TimeSpan.Zero, "Gateway:Dashboard:Timeout must be positive.").ValidateOnStart();
        builder.Services.AddHttpClient(HttpClientName);
        return builder;
    }

    public static WebApplication MapDashboard(this WebApplication app)
    {
        app.MapGet(Path, HandleAsync)
            .WithName("GetTodayDashboard")
            .RequireAuthorization(p => p.RequireRole(Roles.CentreStaff));
        return app;
    }

    static async Task<TodayDashboard> HandleAsync(
        HttpContext http, IProxyStateLookup proxy, IHttpClientFactory clients, IOptions<DashboardOptions> options, CityClock city)
    {
        var day = city.Today;
        var client = clients.CreateClient(HttpClientName);
        var answers = await Task.WhenAll(DashboardSources.All.Select(source => AskAsync(source, day, http, proxy, client, options.Value.Timeout)));
        var sections = DashboardSources.All.Select((s, i) => (s.Name, answers[i])).ToDictionary(p => p.Name, p => p.Item2, StringComparer.Ordinal);
        return new TodayDashboard(day, sections.Values.Any(s => s.Status != DashboardSection.Ok), sections);
    }

    /// <summary>A destination passive health has not taken out of rotation, else any (it may have recovered).</summary>
    static Yarp.ReverseProxy.Model.DestinationState? Pick(Yarp.ReverseProxy.Model.ClusterDestinationsState state) =>
        state.AvailableDestinations.Count > 0 ? state.AvailableDestinations[0]
        : state.AllDestinations.Count > 0 ? state.AllDestinations[0]
        : null;

    static async Task<DashboardSection> AskAsync(
        DashboardSources.Source source, DateOnly day, HttpContext http, IProxyStateLookup proxy, HttpClient client, TimeSpan timeout)
    {
        if (!proxy.TryGetCluster(source.Cluster, out var cluster) || Pick(cluster.DestinationsState) is not { } destination)
        {
            return new DashboardSection(source.Cluster, DashboardSection.Failed, null, null, $"No destination is configured for {source.Cluster}.");
        }

        using var wait = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        wait.CancelAfter(timeout);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(new Uri(destination.Model.Config.Address), source.Path(day)));
        if (AuthenticationHeaderValue.TryParse(http.Request.Headers.Authorization, out var authorization))
        {
            request.Headers.Authorization = authorization;
        }

        try
        {
            using var response = await client.SendAsync(request, wait.Token);
            if (!response.IsSuccessStatusCode)
            {
                return new DashboardSection(source.Cluster, DashboardSection.Failed, (int)response.StatusCode, null, response.ReasonPhrase);
            }

            using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(wait.Token), cancellationToken: wait.Token);
            return new DashboardSection(source.Cluster, DashboardSection.Ok, (int)response.StatusCode, body.RootElement.Clone(), null);
        }
        catch (OperationCanceledException) when (!http.RequestAborted.IsCancellationRequested)
        {
            return new DashboardSection(source.Cluster, DashboardSection.TimedOut, null, null, $"No answer within {timeout.TotalSeconds:0.#} s.");
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException)
        {
            return new DashboardSection(source.Cluster, DashboardSection.Failed, null, null, ex.Message);
        }
    }
}
