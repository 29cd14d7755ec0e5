using Microsoft.IdentityModel.Tokens;

namespace DigitalCity.ServiceDefaults.Security;

/// <summary>
/// The JWT bearer handler's token handler with <see cref="ValidatedTokenCache"/> in front: a token seen and validated
/// before, and not yet expired, is answered from the cache; any other is validated by <paramref name="inner"/> in full
/// (issuer, audience, lifetime, algorithm, signature) and remembered when valid.
/// </summary>
public sealed class CachingTokenHandler(TokenHandler inner, ValidatedTokenCache cache) : TokenHandler
{
    public override int MaximumTokenSizeInBytes
    {
        get => inner.MaximumTokenSizeInBytes;
        set => inner.MaximumTokenSizeInBytes = value;
    }

    public override SecurityToken ReadToken(string token) => inner.ReadToken(token);

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        if (cache.TryGet(token, out var remembered))
        {
            return remembered;
        }

        var result = await inner.ValidateTokenAsync(token, validationParameters);
        cache.Add(token, result);
        return result;
    }

    public override Task<TokenValidationResult> ValidateTokenAsync(SecurityToken token, TokenValidationParameters validationParameters) =>
        inner.ValidateTokenAsync(token, validationParameters);
}
