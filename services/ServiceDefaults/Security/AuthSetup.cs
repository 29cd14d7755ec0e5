using System.Text;
using DigitalCity.ServiceDefaults.Hosting;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace DigitalCity.ServiceDefaults.Security;

/// <summary>JWT bearer validation with pinned algorithms and at most 30 s of clock skew, validated tokens remembered (<see cref="ValidatedTokenCache"/>).</summary>
public static class AuthSetup
{
    public static WebApplicationBuilder AddDigitalCityAuth(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        builder.Services.AddSingleton(options);
        // Fail at startup, not at the first request, when tokens could not be validated.
        var signingKey = string.IsNullOrWhiteSpace(options.Authority) ? SigningKey(options) : null;

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(jwt =>
        {
            jwt.MapInboundClaims = false;
            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                ValidateIssuer = true,
                ValidIssuer = options.Issuer,
                ValidateAudience = true,
                ValidAudience = options.Audience,
                ValidateLifetime = true,
                RequireExpirationTime = true,
                ClockSkew = AuthOptions.ClockSkew,
                NameClaimType = DigitalCityClaims.Subject,
                RoleClaimType = DigitalCityClaims.Role,
            };

            if (!string.IsNullOrWhiteSpace(options.Authority))
            {
                jwt.Authority = options.Authority;
                jwt.TokenValidationParameters.ValidAlgorithms = [SecurityAlgorithms.RsaSha256];
            }
            else
            {
                jwt.TokenValidationParameters.IssuerSigningKey = signingKey;
                jwt.TokenValidationParameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
            }
        });
        builder.Services.AddValidatedTokenCache();
        builder.Services.AddAuthorization();

        if (options.DevTokens)
        {
            if (!DevTokensAllowed(builder))
            {
                throw new InvalidOperationException(
                    "Auth:DevTokens is only allowed in the Development environment or in standalone mode.");
            }

            builder.Services.AddSingleton(new TokenIssuer(options, TimeProvider.System));
        }

        return builder;
    }

    public static SymmetricSecurityKey SigningKey(AuthOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.SigningKey) || Encoding.UTF8.GetByteCount(options.SigningKey) < 32)
        {
            throw new InvalidOperationException(
                "Auth:SigningKey must hold at least 32 bytes when no Auth:Authority is configured.");
        }

        return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(options.SigningKey));
    }

    static bool DevTokensAllowed(WebApplicationBuilder builder) =>
        builder.Environment.IsDevelopment() || HostingMode.IsStandalone(builder.Configuration);
}
