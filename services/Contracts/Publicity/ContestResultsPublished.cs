using MassTransit;

namespace DigitalCity.Contracts.Publicity;

/// <summary>
/// 评奖结果 — the committee locked a contest's result: each winner's place, tier and prize, the places left vacant
/// when there were fewer approved entries than places, and the prize money in all. Never changes once published.
/// </summary>
/// <param name="VacantPlaces">Tier name → places left vacant (空缺); only tiers with vacant places.</param>
/// <param name="PrizeMoneyYuan">The prize money awarded, whole yuan.</param>
/// <param name="RankedEntries">How many approved entries were ranked.</param>
[EntityName("digitalcity.publicity.contest-results-published")]
public sealed record ContestResultsPublished(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ResultId,
    string ContestCode,
    string ContestName,
    IReadOnlyList<ContestWinner> Winners,
    IReadOnlyDictionary<string, int> VacantPlaces,
    int PrizeMoneyYuan,
    int RankedEntries,
    string PublishedBy) : IIntegrationEvent;

/// <summary>One winner as published: the entry, its author's name (never the phone), its place, tier, prize and total likes.</summary>
public sealed record ContestWinner(Guid EntryId, string AuthorName, string Title, int Rank, string Tier, int PrizeYuan, long TotalLikes);
