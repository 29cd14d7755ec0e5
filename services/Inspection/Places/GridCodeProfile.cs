namespace DigitalCity.Inspection.Places;

/// <summary>
/// 网格编码规则 — how long a city's grid codes are: 6 administrative + 3 street + 3 community digits,
/// then a 2-digit (14 in all) or 3-digit (15 in all) grid sequence. A per-city setting: bind
/// <c>{ "Digits": 15 }</c> from configuration or use <see cref="Digits14"/> / <see cref="Digits15"/>.
/// </summary>
public sealed record GridCodeProfile
{
    public const int AdministrativeLength = 6;
    public const int StreetLength = 3;
    public const int CommunityLength = 3;

    public GridCodeProfile(int digits)
    {
        if (digits is not (14 or 15))
        {
            throw new ArgumentOutOfRangeException(nameof(digits), digits, "A grid code has 14 or 15 digits.");
        }

        Digits = digits;
    }

    public static GridCodeProfile Digits14 { get; } = new(14);

    public static GridCodeProfile Digits15 { get; } = new(15);

    /// <summary>Total length of a grid code: 14 or 15.</summary>
    public int Digits { get; }

    /// <summary>Length of the grid sequence at the end: 2 or 3.</summary>
    public int SequenceLength => Digits - AdministrativeLength - StreetLength - CommunityLength;

    /// <summary>The largest grid sequence number that fits: 99 or 999.</summary>
    public int MaxSequence => SequenceLength == 2 ? 99 : 999;

    /// <summary>The layout, for messages: "6 administrative + 3 street + 3 community + 2 sequence = 14".</summary>
    public string Layout => $"{AdministrativeLength} administrative + {StreetLength} street + {CommunityLength} community + {SequenceLength} sequence = {Digits}";
}
