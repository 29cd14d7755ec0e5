using Microsoft.AspNetCore.Http;

namespace DigitalCity.Publicity.Contests.Entrants;

/// <summary>Finds the entrant whose token a request carries, for the contest it names.</summary>
public static class EntrantAccess
{
    public static async Task<Entrant?> FromTokenAsync(HttpContext http, string contestCode, IEntrantStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        var token = http.Request.Headers[EntrantToken.Header].ToString();
        return token.Length is < 20 or > 100 ? null : await store.FindByTokenAsync(contestCode, EntrantToken.Hash(token), cancellationToken);
    }
}
