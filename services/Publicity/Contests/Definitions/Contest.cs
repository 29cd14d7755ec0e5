using DigitalCity.Contracts.Publicity;
using DigitalCity.ServiceDefaults.Domain;

namespace DigitalCity.Publicity.Contests.Definitions;

/// <summary>A contest the publicity office runs, known by its code (e.g. <c>lights-2023</c>), with its rules as data.</summary>
public sealed class Contest : AggregateRoot
{
    Contest()
    {
    }

    public string Code { get; private set; } = "";

    public ContestRules Rules { get; private set; } = ContestRules.BeautyInTheLights;

    public string DefinedBy { get; private set; } = "";

    public DateTimeOffset DefinedAt { get; private set; }

    public static Contest Create(string code, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        return new Contest { Id = Guid.CreateVersion7(time.GetUtcNow()), Code = code };
    }

    /// <summary>Sets the rules (already free of <see cref="ContestRules.Problems"/>) and raises <see cref="ContestDefined"/>.</summary>
    public void Define(ContestRules rules, string definedBy, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = rules;
        DefinedBy = definedBy;
        DefinedAt = time.GetUtcNow();
        Raise(new ContestDefined(Guid.NewGuid(), DefinedAt, Id, Code, rules.Name, rules.Opens, rules.Closes, rules.RequiredTopic, rules.Places, rules.PrizeMoneyYuan, Version + 1));
    }
}
