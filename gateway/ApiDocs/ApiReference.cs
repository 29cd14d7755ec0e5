using Scalar.AspNetCore;

namespace DigitalCity.Gateway.ApiDocs;

/// <summary>
/// One browsable API reference at the gateway (<c>/docs</c>, Scalar) over each service's OpenAPI document, which the
/// gateway forwards from <c>/api/{service}/openapi.json</c>; open to anyone, like the documents themselves.
/// </summary>
public static class ApiReference
{
    public const string Path = "/docs";

    /// <summary>The services whose documents the reference lists, in its order.</summary>
    public static IReadOnlyList<string> Services { get; } = ["inspection", "sanitation", "publicity"];

    public static WebApplication MapApiReference(this WebApplication app)
    {
        app.MapScalarApiReference(Path, options =>
        {
            options.WithTitle("DigitalCity API");
            foreach (var service in Services)
            {
                options.AddDocument(service, $"DigitalCity {service}", $"/api/{service}/openapi.json", isDefault: service == Services[0]);
            }
        }).AllowAnonymous();
        return app;
    }
}
