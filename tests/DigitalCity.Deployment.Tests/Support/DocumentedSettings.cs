namespace DigitalCity.Deployment.Tests.Support;

/// <summary>
/// The environment variables the processes are documented to read in the distributed shape
/// (ASP.NET Core's <c>__</c> section separator). Anything else in a deployment file is a typo or an
/// undocumented setting.
/// </summary>
internal static class DocumentedSettings
{
    /// <summary>Read by every process, the gateway included.</summary>
    public static readonly IReadOnlySet<string> Common = new HashSet<string>(StringComparer.Ordinal)
    {
        "ASPNETCORE_URLS",
        "ASPNETCORE_ENVIRONMENT",
        "Hosting__Mode",
        "Auth__Issuer",
        "Auth__Audience",
        "Auth__SigningKey",
        TokenCacheMaxTokens,
        TokenCacheMaxAge,
        "OTEL_EXPORTER_OTLP_ENDPOINT",
        "City__TimeZone",
    };

    /// <summary>The validated-token cache of every process (docs/gateway.md): each has a default.</summary>
    public const string TokenCacheMaxTokens = "Auth__TokenCache__MaxTokens";

    public const string TokenCacheMaxAge = "Auth__TokenCache__MaxAge";

    /// <summary>Read by the three services, which own a database and talk over the broker.</summary>
    public static readonly IReadOnlySet<string> ServiceOnly = new HashSet<string>(StringComparer.Ordinal)
    {
        "Storage__Provider",
        "Storage__MongoDb__ConnectionString",
        "Storage__MongoDb__DatabasePrefix",
        "Messaging__Transport",
        "Messaging__RabbitMq__Host",
        "Messaging__RabbitMq__Port",
        "Messaging__RabbitMq__VirtualHost",
        "Messaging__RabbitMq__Username",
        "Messaging__RabbitMq__Password",
        QuorumQueues,
    };

    /// <summary>Read by the publicity service only: the keys that protect contest entrants' phone numbers, the certificates' font.</summary>
    public static readonly IReadOnlySet<string> PublicityOnly = new HashSet<string>(StringComparer.Ordinal)
    {
        "Publicity__PersonalData__EncryptionKey",
        "Publicity__PersonalData__HmacKey",
        "Publicity__PersonalData__KeyId",
        CertificateFontPath,
        CertificateIssuer,
    };

    /// <summary>The award certificates' font file; by default the one the publicity image installs.</summary>
    public const string CertificateFontPath = "Publicity__Certificates__FontPath";

    /// <summary>Who signs the award certificates; by default the bureau.</summary>
    public const string CertificateIssuer = "Publicity__Certificates__Issuer";

    /// <summary>The gateway's timeouts, rate limits, body limit, CORS origins and trusted proxies: each has a default (docs/gateway.md).</summary>
    public static readonly string[] GatewayLimits =
    [
        "Gateway__ConnectTimeout",
        "Gateway__MaxRequestBodyBytes",
        "Gateway__RateLimits__Api__PermitLimit",
        "Gateway__RateLimits__Api__Window",
        "Gateway__RateLimits__PublicWrite__PermitLimit",
        "Gateway__RateLimits__PublicWrite__Window",
        "Gateway__Cors__PreflightMaxAge",
        .. Enumerable.Range(0, 8).Select(i => $"Gateway__Cors__AllowedOrigins__{i}"),
        "Gateway__ForwardedHeaders__ForwardLimit",
        .. Enumerable.Range(0, 8).Select(i => $"Gateway__ForwardedHeaders__KnownProxies__{i}"),
        .. Enumerable.Range(0, 8).Select(i => $"Gateway__ForwardedHeaders__KnownNetworks__{i}"),
    ];

    /// <summary>Read by the gateway only: where YARP forwards each service's routes, and its limits.</summary>
    public static readonly IReadOnlySet<string> GatewayOnly = new HashSet<string>(
        [GatewayDestination("inspection"), GatewayDestination("sanitation"), GatewayDestination("publicity"), .. GatewayLimits],
        StringComparer.Ordinal);

    /// <summary>Settings that are secrets: never written into a deployment file or a ConfigMap.</summary>
    public static readonly IReadOnlySet<string> Secrets = new HashSet<string>(StringComparer.Ordinal)
    {
        "Auth__SigningKey",
        "Messaging__RabbitMq__Password",
        "Publicity__PersonalData__EncryptionKey",
        "Publicity__PersonalData__HmacKey",
    };

    /// <summary>
    /// Declares every receive endpoint as a quorum queue (MassTransit's <c>SetQuorumQueue()</c>); off by
    /// default, on in the production overlay, whose three-node RabbitMQ cluster keeps them on a majority.
    /// </summary>
    public const string QuorumQueues = "Messaging__RabbitMq__QuorumQueues";

    /// <summary>Documented settings a deployment may leave out: the processes behave sensibly without them.</summary>
    public static readonly IReadOnlySet<string> Optional = new HashSet<string>(
        ["OTEL_EXPORTER_OTLP_ENDPOINT", TokenCacheMaxTokens, TokenCacheMaxAge, QuorumQueues, "Publicity__PersonalData__KeyId", CertificateFontPath, CertificateIssuer, .. GatewayLimits],
        StringComparer.Ordinal);

    public static readonly string[] Services = ["inspection", "sanitation", "publicity"];

    public static readonly string[] Processes = [.. Services, "gateway"];

    public static string GatewayDestination(string service) =>
        $"ReverseProxy__Clusters__{service}__Destinations__primary__Address";

    /// <summary>The settings a deployment must give a process: every documented one that is not optional.</summary>
    public static IReadOnlySet<string> Required(string process) =>
        For(process).Except(Optional).ToHashSet(StringComparer.Ordinal);

    /// <summary>The settings a process may be given.</summary>
    public static IReadOnlySet<string> For(string process) =>
        process == "gateway"
            ? Common.Union(GatewayOnly).ToHashSet(StringComparer.Ordinal)
            : process == "publicity"
                ? Common.Union(ServiceOnly).Union(PublicityOnly).ToHashSet(StringComparer.Ordinal)
                : Common.Union(ServiceOnly).ToHashSet(StringComparer.Ordinal);
}
