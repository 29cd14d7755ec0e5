using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DigitalCity.Gateway.Tests;

/// <summary>What the fake service saw of a forwarded request.</summary>
public sealed record Echo(string Path, string Query, string? CorrelationId, string? TraceParent, string? Authorization, long BodyBytes)
{
    public static async Task<Echo> ReadAsync(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<Echo>(TestContext.Current.CancellationToken)
        ?? throw new InvalidOperationException("The fake service answered no echo.");
}

/// <summary>
/// A downstream service on a real loopback socket: echoes what it received, except
/// <see cref="HangPath"/>, which never answers until the gateway gives up and aborts the request. It reads a request's
/// whole body before answering, as the imports do, and echoes its length.
/// </summary>
public sealed class FakeService : IAsyncDisposable
{
    public const string HangPath = "/api/inspection/hang";

    readonly WebApplication app;
    readonly CancellationTokenSource stopping = new();
    int requests;

    FakeService(WebApplication app) => this.app = app;

    /// <summary>The bound loopback address, known once started.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>Requests that reached this service.</summary>
    public int Requests => Volatile.Read(ref requests);

    public static async Task<FakeService> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(["--urls=http://127.0.0.1:0"]);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var service = new FakeService(app);
        var never = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        app.Use((context, next) =>
        {
            Interlocked.Increment(ref service.requests);
            return next(context);
        });
        app.MapGet(HangPath, async (HttpContext context) =>
        {
            // Completed by nobody: only the gateway aborting the request (or shutdown) ends it.
            using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, service.stopping.Token);
            try
            {
                await never.Task.WaitAsync(ended.Token);
            }
            catch (OperationCanceledException)
            {
            }
        });
        app.Map("/{**path}", async (HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
            return Results.Json(new Echo(
                context.Request.Path.Value ?? "",
                context.Request.QueryString.Value ?? "",
                Header(context, "X-Correlation-Id"),
                Header(context, "traceparent"),
                Header(context, "Authorization"),
                body.Length));
        });

        await app.StartAsync(TestContext.Current.CancellationToken);
        service.Address = BoundAddress(app);
        return service;
    }

    static string? Header(HttpContext context, string name) =>
        context.Request.Headers.TryGetValue(name, out var value) ? value.ToString() : null;

    public static Uri BoundAddress(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        await app.StopAsync(CancellationToken.None);
        await app.DisposeAsync();
        stopping.Dispose();
    }
}
