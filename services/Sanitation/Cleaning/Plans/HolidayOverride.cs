namespace DigitalCity.Sanitation.Cleaning.Plans;

/// <summary>
/// 节假日加密 — "more often, longer hours": for the city days <see cref="From"/> to <see cref="To"/> (inclusive)
/// the methods named here run as the override says; the methods it does not name run as the base plan says.
/// </summary>
public sealed record HolidayOverride(string Name, DateOnly From, DateOnly To, IReadOnlyList<MethodOverride> Methods)
{
    public bool Covers(DateOnly day) => day >= From && day <= To;

    public bool Overlaps(HolidayOverride other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return From <= other.To && other.From <= To;
    }

    public override string ToString() => $"{Name} {From:yyyy-MM-dd}..{To:yyyy-MM-dd}";
}
