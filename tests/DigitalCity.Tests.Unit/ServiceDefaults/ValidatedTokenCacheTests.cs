using DigitalCity.ServiceDefaults.Security;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DigitalCity.Tests.Unit.ServiceDefaults;

/// <summary>
/// The validated-token cache every process puts in front of its bearer scheme, on its own, in front of the real
/// <see cref="JsonWebTokenHandler"/> with the processes' validation parameters: a token is remembered only when valid, only under its exact string, never past its
/// <c>exp</c> nor <see cref="TokenCacheOptions.MaxAge"/>, and never more than <see cref="TokenCacheOptions.MaxTokens"/> of them.
/// </summary>
public sealed class ValidatedTokenCacheTests : IDisposable
{
    readonly FakeTimeProvider time = new(DateTimeOffset.UtcNow);
    readonly CountingHandler inner = new();
    ValidatedTokenCache cache;
    CachingTokenHandler handler;

    public ValidatedTokenCacheTests() => (cache, handler) = Build(new TokenCacheOptions());

    (ValidatedTokenCache, CachingTokenHandler) Build(TokenCacheOptions options)
    {
        cache?.Dispose();
        var built = new ValidatedTokenCache(Options.Create(options), time);
        return (built, new CachingTokenHandler(inner, built));
    }

    static readonly TokenValidationParameters Parameters = new()
    {
        ValidIssuer = new AuthOptions().Issuer,
        ValidAudience = new AuthOptions().Audience,
        RequireExpirationTime = true,
        ClockSkew = AuthOptions.ClockSkew,
        IssuerSigningKey = AuthSetup.SigningKey(new AuthOptions { SigningKey = SigningKey }),
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
    };

    string Token(string subject = "officer-1") => Issue(time, subject);

    const string SigningKey = "token-cache-tests-signing-key-of-at-least-32-bytes";

    static string Issue(TimeProvider at, string subject = "officer-1") =>
        new TokenIssuer(new AuthOptions { SigningKey = SigningKey }, at).Issue(subject, [Roles.GridOfficer]).AccessToken;

    Task<TokenValidationResult> ValidateAsync(string token) => handler.ValidateTokenAsync(token, Parameters);

    [Fact]
    public async Task A_valid_token_seen_again_is_answered_from_the_cache_with_an_identity_of_its_own()
    {
        var token = Token();

        var first = await ValidateAsync(token);
        var second = await ValidateAsync(token);

        Assert.True(first.IsValid);
        Assert.True(second.IsValid);
        Assert.Equal(1, inner.Calls);
        Assert.NotSame(first.ClaimsIdentity, second.ClaimsIdentity);
        Assert.Equal("officer-1", second.ClaimsIdentity.FindFirst(DigitalCityClaims.Subject)?.Value);
        Assert.Equal(
            first.ClaimsIdentity.Claims.Select(c => (c.Type, c.Value)),
            second.ClaimsIdentity.Claims.Select(c => (c.Type, c.Value)));
    }

    [Fact]
    public async Task A_change_to_the_token_the_cache_holds_is_validated_in_full_and_refused()
    {
        var token = Token();
        Assert.True((await ValidateAsync(token)).IsValid);
        var signature = token[(token.LastIndexOf('.') + 1)..];
        var tampered = token[..(token.LastIndexOf('.') + 1)] + (signature[0] == 'A' ? 'B' : 'A') + signature[1..];
        var payload = token.Split('.');
        var widened = $"{payload[0]}.{payload[1]}x.{payload[2]}";

        foreach (var other in new[] { tampered, widened, token + " ", token.ToUpperInvariant() })
        {
            Assert.False((await ValidateAsync(other)).IsValid);
        }

        Assert.Equal(5, inner.Calls);
    }

    [Fact]
    public async Task An_invalid_token_is_never_remembered()
    {
        var expired = Issue(new FakeTimeProvider(time.GetUtcNow().AddHours(-9)));

        Assert.False((await ValidateAsync(expired)).IsValid);
        Assert.False((await ValidateAsync(expired)).IsValid);

        Assert.Equal(2, inner.Calls);
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public async Task A_token_is_not_answered_from_the_cache_once_its_exp_has_passed()
    {
        (cache, handler) = Build(new TokenCacheOptions { MaxAge = TimeSpan.FromDays(1) });
        var token = Token();
        await ValidateAsync(token);

        time.Advance(TokenIssuer.Lifetime - TimeSpan.FromSeconds(1));
        Assert.True(cache.TryGet(token, out _));

        time.Advance(TimeSpan.FromSeconds(1));
        Assert.False(cache.TryGet(token, out _));
    }

    [Fact]
    public async Task A_token_is_remembered_for_at_most_MaxAge_even_when_it_is_valid_for_longer()
    {
        (cache, handler) = Build(new TokenCacheOptions { MaxAge = TimeSpan.FromMinutes(5) });
        var token = Token();
        await ValidateAsync(token);

        time.Advance(TimeSpan.FromMinutes(5));
        await ValidateAsync(token);

        Assert.Equal(2, inner.Calls);
    }

    [Fact]
    public async Task The_cache_holds_at_most_MaxTokens_tokens()
    {
        (cache, handler) = Build(new TokenCacheOptions { MaxTokens = 3 });

        for (var i = 0; i < 20; i++)
        {
            Assert.True((await ValidateAsync(Token($"officer-{i}"))).IsValid);
        }

        Assert.InRange(cache.Count, 1, 3);
    }

    public void Dispose() => cache.Dispose();

    /// <summary>The real handler (its lifetime check on the real clock: the tokens are issued at the test clock's start), counting the validations that reach it.</summary>
    sealed class CountingHandler : TokenHandler
    {
        readonly JsonWebTokenHandler handler = new();

        public int Calls { get; private set; }

        public override Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
        {
            Calls++;
            return handler.ValidateTokenAsync(token, validationParameters);
        }
    }
}
