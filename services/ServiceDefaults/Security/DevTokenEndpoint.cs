using DigitalCity.ServiceDefaults.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalCity.ServiceDefaults.Security;

/// <summary>
/// <c>POST /dev/token</c>: mints a token for any role so a newcomer can try the API. Mapped only
/// when <c>Auth:DevTokens</c> is on, which startup refuses outside Development and standalone mode.
/// </summary>
public static class DevTokenEndpoint
{
    public sealed record DevTokenRequest(string? UserId, IReadOnlyList<string>? Roles, string? Name, string? Department, string? District);

    public static IEndpointRouteBuilder MapDevTokens(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetService<TokenIssuer>() is null)
        {
            return app;
        }

        app.MapPost("/dev/token", (DevTokenRequest request, TokenIssuer issuer) =>
            {
                var errors = new ValidationErrors();
                errors.Required("userId", request.UserId);
                if (request.Roles is not { Count: > 0 })
                {
                    errors.Add("roles", "At least one role is required.");
                }
                else
                {
                    foreach (var role in request.Roles.Where(r => !Roles.All.Contains(r)))
                    {
                        errors.Add("roles", $"'{role}' is not a role. Known roles: {string.Join(", ", Roles.All)}.");
                    }
                }

                return errors.Any
                    ? errors.ToResult()
                    : Results.Ok(issuer.Issue(request.UserId!, request.Roles!, request.Name, request.Department, request.District));
            })
            .AllowAnonymous()
            .WithTags("Development")
            .WithSummary("Issue a development token (standalone and Development only)")
            .ExcludeFromDescription();
        return app;
    }
}
