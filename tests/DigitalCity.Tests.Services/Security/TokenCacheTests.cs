using System.Net;
using DigitalCity.Inspection.Host;
using DigitalCity.Publicity.Host;
using DigitalCity.Sanitation.Host;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.Tests.Services.Support;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DigitalCity.Tests.Services.Security;

/// <summary>
/// Each service, like the gateway, validates a bearer token in full once and then answers it from its
/// <see cref="ValidatedTokenCache"/> (<c>Auth:TokenCache</c>), so the token the gateway forwards with every request is not
/// parsed and its signature not checked again each time; a token changed by one character is still refused.
/// </summary>
public sealed class TokenCacheTests : IDisposable
{
    readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public Task The_inspection_service_remembers_a_validated_token() =>
        CheckAsync(new ServiceFactory<InspectionHost>(_data.Path), "/api/inspection/categories");

    [Fact]
    public Task The_sanitation_service_remembers_a_validated_token() =>
        CheckAsync(new ServiceFactory<SanitationHost>(_data.Path), "/api/sanitation/routes");

    [Fact]
    public Task The_publicity_service_remembers_a_validated_token() =>
        CheckAsync(new ServiceFactory<PublicityHost>(_data.Path), "/api/publicity/figures/daily");

    static async Task CheckAsync<THost>(ServiceFactory<THost> factory, string path)
        where THost : class
    {
        await using var _ = factory;
        using var client = factory.ClientFor("operator-1", Roles.Operator);
        for (var i = 0; i < 2; i++)
        {
            using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var handlers = factory.Services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme).TokenHandlers;
        Assert.NotEmpty(handlers);
        Assert.All(handlers, h => Assert.IsType<CachingTokenHandler>(h));
        Assert.Equal(1, factory.Services.GetRequiredService<ValidatedTokenCache>().Count);

        var token = client.DefaultRequestHeaders.Authorization!.Parameter!;
        using var tampered = factory.CreateClient();
        // The signature's first character: its every bit is part of the signature, unlike the last one's.
        var signature = token.LastIndexOf('.') + 1;
        tampered.DefaultRequestHeaders.Authorization = new("Bearer", string.Concat(token.AsSpan(0, signature), token[signature] == 'A' ? "B" : "A", token.AsSpan(signature + 1)));
        using var refused = await tampered.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(1, factory.Services.GetRequiredService<ValidatedTokenCache>().Count);
    }
}
