using System.Net;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DigitalCity.Gateway.Tests;

/// <summary>
/// <c>Auth:TokenCache</c>: on by default in front of every bearer token handler, off with <c>MaxTokens=0</c>; and the
/// bearer scheme's <c>SaveToken</c> off (appsettings.json), since nothing in the gateway reads the token back.
/// </summary>
public sealed class TokenCacheSettingTests
{
    [Theory]
    [InlineData(null, true)]
    [InlineData("0", false)]
    public async Task The_bearer_scheme_validates_through_the_cache_unless_MaxTokens_is_0(string? maxTokens, bool cached)
    {
        await using var service = await FakeService.StartAsync();
        await using var gateway = await GatewayHost.StartAsync(
        [
            GatewayHost.Destination("inspection", service.Address),
            .. maxTokens is null ? Array.Empty<string>() : [$"--Auth:TokenCache:MaxTokens={maxTokens}"],
        ]);

        var handlers = gateway.Services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme).TokenHandlers;
        Assert.NotEmpty(handlers);
        Assert.All(handlers, h => Assert.Equal(cached, h is CachingTokenHandler));
        var token = GatewayHost.IssueToken();
        for (var i = 0; i < 2; i++)
        {
            using var response = await gateway.SendAsync(GatewayHost.Get("/api/inspection/cases", token));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(cached ? 1 : 0, gateway.Services.GetRequiredService<ValidatedTokenCache>().Count);
    }

    [Fact]
    public async Task The_bearer_scheme_keeps_no_copy_of_the_token_in_the_ticket()
    {
        await using var gateway = await GatewayHost.StartAsync();

        Assert.False(gateway.Services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme).SaveToken);
    }

    [Theory]
    [InlineData("MaxTokens", "-1")]
    [InlineData("MaxAge", "00:00:00")]
    public async Task A_setting_out_of_range_stops_the_gateway_at_startup(string setting, string value)
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => GatewayHost.StartAsync($"--Auth:TokenCache:{setting}={value}"));

        Assert.Contains("Auth:TokenCache", failure.Message, StringComparison.Ordinal);
    }
}
