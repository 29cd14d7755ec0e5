using DigitalCity.ServiceDefaults.Messaging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalCity.ServiceDefaults.Hosting;

/// <summary>
/// Builds a process that hosts one or more service modules: a service's own host passes one, the
/// standalone host all three. Tests build their hosts through the same method.
/// </summary>
public static class ServiceHost
{
    /// <summary>Where each module's OpenAPI document is served, under its own API prefix.</summary>
    public const string OpenApiPattern = "/api/{documentName}/openapi.json";

    public static WebApplication Build(string[] args, string processName, IReadOnlyList<IServiceModule> modules, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults(processName);
        foreach (var module in modules)
        {
            module.AddServices(builder);
            builder.Services.AddOpenApi(module.Name, o => o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = $"DigitalCity {module.Name} API";
                return Task.CompletedTask;
            }));
        }

        builder.Services.AddMessaging(builder.Configuration, modules);
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseServiceDefaults();
        foreach (var module in modules)
        {
            module.Map(app);
        }

        app.MapOpenApi(OpenApiPattern).AllowAnonymous();
        return app;
    }
}
