using System.Net;
using System.Text;
using DigitalCity.ServiceDefaults.Security;

namespace DigitalCity.Gateway.Tests;

/// <summary>
/// Tokens the gateway must refuse before any service sees them: unsigned (<c>alg: none</c>), tampered with after
/// signing, for another audience, from another issuer, or signed with another algorithm than the pinned HS256.
/// </summary>
public sealed class TokenValidationTests : ServiceBehindGateway
{

    static string Issue(AuthOptions options) => new TokenIssuer(options, TimeProvider.System).Issue("officer-1", [Roles.GridOfficer]).AccessToken;

    static string Base64Url(string json) => System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));

    static string Payload(string token) => Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(token.Split('.')[1]));

    public static TheoryData<string, string> Refused()
    {
        var valid = GatewayHost.IssueToken();
        var parts = valid.Split('.');
        return new()
        {
            { "alg none", $"{Base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}")}.{parts[1]}." },
            { "tampered", $"{parts[0]}.{Base64Url(Payload(valid).Replace("grid-officer", "shift-lead", StringComparison.Ordinal))}.{parts[2]}" },
            { "wrong audience", Issue(new AuthOptions { SigningKey = GatewayHost.SigningKey, Audience = "another-city-api" }) },
            { "wrong issuer", Issue(new AuthOptions { SigningKey = GatewayHost.SigningKey, Issuer = "someone-else" }) },
            { "HS512", $"{Base64Url("{\"alg\":\"HS512\",\"typ\":\"JWT\"}")}.{parts[1]}.{parts[2]}" },
        };
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_token_that_is_not_ours_as_issued_answers_401_and_never_reaches_the_service(string why, string token)
    {
        using var response = await Gateway.SendAsync(GatewayHost.Get("/api/inspection/cases", token));

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{why}: {(int)response.StatusCode}");
        Assert.Equal(0, Service.Requests);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_token_that_is_not_ours_still_answers_401_after_a_valid_token_was_validated_and_cached(string why, string token)
    {
        using (var valid = await Gateway.SendAsync(GatewayHost.Get("/api/inspection/cases", GatewayHost.IssueToken())))
        {
            Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        }

        using var response = await Gateway.SendAsync(GatewayHost.Get("/api/inspection/cases", token));

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{why}: {(int)response.StatusCode}");
        Assert.Equal(1, Service.Requests);
    }

    [Fact]
    public async Task The_same_token_as_issued_passes()
    {
        using var response = await Gateway.SendAsync(GatewayHost.Get("/api/inspection/cases", GatewayHost.IssueToken()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
