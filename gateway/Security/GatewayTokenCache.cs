using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace DigitalCity.Gateway.Security;

/// <summary>
/// Puts <see cref="ValidatedTokenCache"/> in front of the JWT bearer scheme's token handlers (docs/gateway.md, "Tokens
/// and anonymous routes"), unless <see cref="TokenCacheOptions.MaxTokens"/> is 0.
/// </summary>
public static class GatewayTokenCache
{
    public static IServiceCollection AddGatewayTokenCache(this IServiceCollection services)
    {
        services.AddOptions<TokenCacheOptions>()
            .BindConfiguration(TokenCacheOptions.Section)
            .Validate(o => o.IsValid, "Gateway:TokenCache needs a MaxTokens of 0 or more and a positive MaxAge.")
            .ValidateOnStart();
        services.AddSingleton<ValidatedTokenCache>();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .PostConfigure<IOptions<TokenCacheOptions>, ValidatedTokenCache>((jwt, options, cache) =>
            {
                if (options.Value.MaxTokens == 0)
                {
                    return;
                }

                for (var i = 0; i < jwt.TokenHandlers.Count; i++)
                {
                    jwt.TokenHandlers[i] = new CachingTokenHandler(jwt.TokenHandlers[i], cache);
                }
            });
        return services;
    }
}
