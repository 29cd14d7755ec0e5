namespace DigitalCity.Gateway.Security;

/// <summary>
/// Headers every gateway answer carries, its own errors and the services' answers alike: no MIME sniffing, no
/// framing, no referrer, a content security policy that lets an API answer load nothing (unless the answer brings its
/// own), HSTS on HTTPS only (ASP.NET Core's <c>UseHsts</c>), and no <c>Server</c> header (Kestrel's is switched off,
/// a service's is dropped).
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The policy of API answers: nothing may be loaded, framed or embedded.</summary>
    public const string ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";

    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services)
    {
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.AddServerHeader = false);
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            // Sent on every HTTPS answer, whatever the host name: the gateway is reached by several.
            o.ExcludedHosts.Clear();
        });
        return services;
    }

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        app.UseHsts();
        app.Use((context, next) =>
        {
            // Set as the answer starts, so they land on every status and over what YARP copied from a service.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                if (!headers.ContainsKey(Microsoft.Net.Http.Headers.HeaderNames.ContentSecurityPolicy))
                {
                    headers.ContentSecurityPolicy = ContentSecurityPolicy;
                }

                headers.Remove(Microsoft.Net.Http.Headers.HeaderNames.Server);
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }
}
