using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DigitalCity.ServiceDefaults.Security;

/// <summary>
/// Puts <see cref="ValidatedTokenCache"/> in front of the JWT bearer scheme's token handlers in every process, the
/// gateway and the services alike (docs/gateway.md, "Validated-token cache"), unless
/// <see cref="TokenCacheOptions.MaxTokens"/> is 0.
/// </summary>
public static class TokenCacheSetup
{
    public static IServiceCollection AddValidatedTokenCache(this IServiceCollection services)
    {
        services.AddOptions<TokenCacheOptions>()
            .BindConfiguration(TokenCacheOptions.Section)
            .Validate(o => o.IsValid, $"{TokenCacheOptions.Section} needs a MaxTokens of 0 or more and a positive MaxAge.")
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
