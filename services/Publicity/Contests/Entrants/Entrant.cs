using DigitalCity.Contracts.Publicity;
using DigitalCity.ServiceDefaults.Domain;

namespace DigitalCity.Publicity.Contests.Entrants;

/// <summary>
/// 参赛者 — a person registered to enter one contest: their name, their phone number as <see cref="ProtectedPhone"/>
/// (encrypted, with its keyed lookup hash and masked form; never in clear here), and the hash of the token that lets
/// them submit entries and follow them. One registration per phone number and contest.
/// </summary>
public sealed class Entrant : AggregateRoot
{
    Entrant()
    {
    }

    public string ContestCode { get; private set; } = "";

    public string AuthorName { get; private set; } = "";

    public ProtectedPhone Phone { get; private set; } = null!;

    /// <summary>SHA-256 of the entrant's token (lower-case hex): the token itself is shown once and never kept.</summary>
    public string TokenHash { get; private set; } = "";

    public DateTimeOffset RegisteredAt { get; private set; }

    public DateTimeOffset? TokenReissuedAt { get; private set; }

    public static Entrant Register(string contestCode, string authorName, ProtectedPhone phone, string tokenHash, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(phone);
        var now = time.GetUtcNow();
        var entrant = new Entrant
        {
            Id = Guid.CreateVersion7(now),
            ContestCode = contestCode,
            AuthorName = authorName,
            Phone = phone,
            TokenHash = tokenHash,
            RegisteredAt = now,
        };
        entrant.Raise(new ContestEntrantRegistered(Guid.NewGuid(), now, entrant.Id, contestCode, authorName));
        return entrant;
    }

    /// <summary>The committee issued a new token (the entrant lost theirs): the old one stops working.</summary>
    public void ReissueToken(string tokenHash, TimeProvider time)
    {
        TokenHash = tokenHash;
        TokenReissuedAt = time.GetUtcNow();
    }
}
