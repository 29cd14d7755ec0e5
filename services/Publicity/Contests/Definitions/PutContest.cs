using System.Security.Claims;
using System.Text.RegularExpressions;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Publicity.Contests.Definitions;

/// <summary>
/// A publicity editor sets a contest's rules under its code — a new contest without a version, a change with the
/// version read (409 when stale) — so the next contest needs no code. Each wrong field is named.
/// </summary>
public static partial class PutContest
{
    public sealed record TierInput(string? Name, int? Places, int? PrizeYuan);

    public sealed record Request(
        long? Version,
        string? Name,
        DateOnly? Opens,
        DateOnly? Closes,
        IReadOnlyList<ContestPlatform>? OwnPlatforms,
        string? RequiredTopic,
        string? Theme,
        IReadOnlyList<TierInput>? Tiers,
        ThemeImpressionRule? ThemeRule,
        decimal? ThemeWeight,
        int? MaxEntriesPerEntrant);

    public static RouteGroupBuilder MapPutContest(this RouteGroupBuilder api)
    {
        api.MapPut("/contests/{code}", HandleAsync)
            .WithName("PutContest")
            .WithTags("Contests")
            .WithSummary("Set a contest's rules: period, platforms, topic, theme, award tiers and how the theme impression counts.")
            .RequireAuthorization(p => p.RequireRole(Roles.PublicityEditor))
            .Produces<ContestView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    static async Task<IResult> HandleAsync(string code, Request request, ClaimsPrincipal user, IContestStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors().Required("name", request.Name).Required("theme", request.Theme, 500);
        errors.Check(CodePattern().IsMatch(code), "code", "'code' is 1 to 40 lower-case letters, digits or '-' (e.g. lights-2023).");
        errors.Period("opens", request.Opens, "closes", request.Closes, 366);
        var platforms = request.OwnPlatforms ?? [];
        errors.Check(platforms.Count > 0 && !platforms.Contains(ContestPlatform.OfficialChannel) && platforms.Distinct().Count() == platforms.Count,
            "ownPlatforms", "List the platforms own posts may be on, each once: Douyin, WeChatChannels.");
        errors.Check(request.RequiredTopic is { Length: >= 2 and <= 50 } topic && topic.StartsWith('#'), "requiredTopic", "'requiredTopic' is a hashtag such as #焦作城管.");
        var tiers = request.Tiers ?? [];
        errors.Check(tiers.Count is >= 1 and <= 20, "tiers", "List 1 to 20 award tiers, the highest first.");
        for (var i = 0; i < tiers.Count; i++)
        {
            errors.Required($"tiers[{i}].name", tiers[i].Name, 50);
            errors.Check(tiers[i].Places is >= 1 and <= 1000, $"tiers[{i}].places", "'places' is 1 to 1000.");
            errors.Check(tiers[i].PrizeYuan is >= 0 and <= 1_000_000, $"tiers[{i}].prizeYuan", "'prizeYuan' is whole yuan, 0 to 1,000,000.");
        }

        var rule = request.ThemeRule ?? ThemeImpressionRule.TieBreaker;
        var weight = request.ThemeWeight ?? 0m;
        errors.Check(rule == ThemeImpressionRule.WeightedBlend ? weight is > 0 and < 1 : weight == 0, "themeWeight",
            "A WeightedBlend takes a themeWeight between 0 and 1 (exclusive); a TieBreaker none.");
        var maxEntries = request.MaxEntriesPerEntrant ?? ContestRules.DefaultMaxEntriesPerEntrant;
        errors.Check(maxEntries is >= 1 and <= 100, "maxEntriesPerEntrant", "'maxEntriesPerEntrant' is 1 to 100 (default 3).");
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var rules = new ContestRules(request.Name!.Trim(), request.Opens!.Value, request.Closes!.Value, platforms, request.RequiredTopic!, request.Theme!.Trim(),
            [.. tiers.Select(t => new AwardTier(t.Name!.Trim(), t.Places!.Value, t.PrizeYuan!.Value))], rule, weight, maxEntries);
        foreach (var problem in rules.Problems())
        {
            errors.Add("rules", problem);
        }

        if (errors.Any)
        {
            return errors.ToResult();
        }

        var contest = await store.FindAsync(code, cancellationToken) ?? Contest.Create(code, time);
        if (contest.Version != (request.Version ?? 0))
        {
            throw new ConcurrencyConflictException(nameof(Contest), contest.Id, request.Version ?? 0);
        }

        contest.Define(rules, user.UserId(), time);
        try
        {
            await store.SaveAsync(contest, cancellationToken);
        }
        catch (DuplicateKeyException)
        {
            throw new ConcurrencyConflictException(nameof(Contest), contest.Id, 0);
        }

        return TypedResults.Ok(ContestView.From(contest));
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex CodePattern();
}
