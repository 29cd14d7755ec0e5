using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace DigitalCity.ServiceDefaults.Security;

/// <summary>
/// Bearer tokens this process has validated, keyed by the exact token string (ordinal), each until the earlier of its
/// <c>exp</c> and <see cref="TokenCacheOptions.MaxAge"/> from now, at most <see cref="TokenCacheOptions.MaxTokens"/>
/// of them (a <see cref="MemoryCache"/> with a size limit: a token that does not fit is simply not remembered). Only
/// valid results are stored, so a changed character (a tampered token) is a different key and is validated in full.
/// </summary>
public sealed class ValidatedTokenCache : IDisposable
{
    readonly MemoryCache _cache;
    readonly TimeProvider _time;
    readonly TimeSpan _maxAge;

    public ValidatedTokenCache(IOptions<TokenCacheOptions> options, TimeProvider time)
    {
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.Value.MaxTokens) });
        _time = time;
        _maxAge = options.Value.MaxAge;
    }

    /// <summary>Entries held now (an upper bound while a compaction runs).</summary>
    public int Count => _cache.Count;

    /// <summary>The validation of <paramref name="token"/> remembered, unless none is or it has expired by now.</summary>
    public bool TryGet(string token, [MaybeNullWhen(false)] out TokenValidationResult result)
    {
        // The expiry is checked here against this process's clock, not only left to the cache's own eviction.
        if (_cache.TryGetValue(token, out Entry? entry) && entry is not null && _time.GetUtcNow() < entry.ExpiresAt)
        {
            result = entry.Copy();
            return true;
        }

        result = null;
        return false;
    }

    /// <summary>Remembers a valid result until the token's <c>exp</c> or the maximum age, whichever comes first.</summary>
    public void Add(string token, TokenValidationResult result)
    {
        if (!result.IsValid || result.SecurityToken is not { ValidTo: var validTo } || validTo == DateTime.MinValue || result.ClaimsIdentity is null)
        {
            return;
        }

        var now = _time.GetUtcNow();
        var expiresAt = new DateTimeOffset(DateTime.SpecifyKind(validTo, DateTimeKind.Utc));
        if (now + _maxAge < expiresAt)
        {
            expiresAt = now + _maxAge;
        }

        if (expiresAt <= now)
        {
            return;
        }

        _cache.Set(token, new Entry(result, expiresAt), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpiration = expiresAt });
    }

    public void Dispose() => _cache.Dispose();

    sealed class Entry(TokenValidationResult result, DateTimeOffset expiresAt)
    {
        // Built once, before the entry is shared between requests: the result creates its identity lazily.
        readonly System.Security.Claims.ClaimsIdentity _identity = result.ClaimsIdentity;

        public DateTimeOffset ExpiresAt { get; } = expiresAt;

        /// <summary>A result of its own for each request, with its own copy of the identity, so no request sees another's changes.</summary>
        public TokenValidationResult Copy() => new()
        {
            IsValid = true,
            SecurityToken = result.SecurityToken,
            ClaimsIdentity = _identity.Clone(),
            Issuer = result.Issuer,
            TokenType = result.TokenType,
        };
    }
}
