using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace DigitalCity.Inspection.Places;

/// <summary>
/// 单元网格编码 — a grid code split into its parts. Only <see cref="TryParse"/>, <see cref="Parse"/> and
/// <see cref="Compose"/> make one, so every instance is valid for the profile it was read with.
/// <para>
/// Beyond the digit counts the rules are: the administrative code names a district or county, not a
/// province or city (its last two and its middle two digits are not <c>00</c>); street, community and
/// sequence numbers start at 1, so all-zero parts are refused.
/// </para>
/// </summary>
public sealed record GridCode
{
    GridCode(string administrativeCode, string streetPart, string communityPart, string sequencePart)
    {
        AdministrativeCode = administrativeCode;
        StreetPart = streetPart;
        CommunityPart = communityPart;
        SequencePart = sequencePart;
    }

    /// <summary>The six-digit code of the district or county.</summary>
    public string AdministrativeCode { get; }

    /// <summary>The three street digits.</summary>
    public string StreetPart { get; }

    /// <summary>The three community digits.</summary>
    public string CommunityPart { get; }

    /// <summary>The two or three grid sequence digits.</summary>
    public string SequencePart { get; }

    /// <summary>The nine-digit code of the street, as <see cref="Street.Code"/> holds it.</summary>
    public string StreetCode => AdministrativeCode + StreetPart;

    /// <summary>The twelve-digit code of the community, as <see cref="Community.Code"/> holds it.</summary>
    public string CommunityCode => StreetCode + CommunityPart;

    public string Value => CommunityCode + SequencePart;

    public override string ToString() => Value;

    public static bool TryParse(string? code, GridCodeProfile profile, [NotNullWhen(true)] out GridCode? gridCode, [NotNullWhen(false)] out GridCodeError? error)
    {
        gridCode = null;
        error = FindProblem(code, profile);
        if (error is not null)
        {
            return false;
        }

        var s = code!;
        gridCode = new GridCode(s[..6], s[6..9], s[9..12], s[12..]);
        return true;
    }

    /// <exception cref="FormatException">The code does not fit the profile; the message names the part.</exception>
    public static GridCode Parse(string code, GridCodeProfile profile) =>
        TryParse(code, profile, out var gridCode, out var error) ? gridCode : throw new FormatException(error.Message);

    /// <summary>Builds a code from its parts, padding the sequence number to the profile's width.</summary>
    /// <exception cref="ArgumentException">A part is malformed; the message and parameter name say which.</exception>
    public static GridCode Compose(string administrativeCode, string streetPart, string communityPart, int sequence, GridCodeProfile profile)
    {
        RequireDigits(administrativeCode, GridCodeProfile.AdministrativeLength, "administrative code", nameof(administrativeCode));
        RequireDigits(streetPart, GridCodeProfile.StreetLength, "street part", nameof(streetPart));
        RequireDigits(communityPart, GridCodeProfile.CommunityLength, "community part", nameof(communityPart));
        if (sequence < 1 || sequence > profile.MaxSequence)
        {
            throw new ArgumentOutOfRangeException(nameof(sequence), sequence, $"The grid sequence must be 1 to {profile.MaxSequence} in the {profile.Digits}-digit profile.");
        }

        var code = administrativeCode + streetPart + communityPart + sequence.ToString(CultureInfo.InvariantCulture).PadLeft(profile.SequenceLength, '0');
        return TryParse(code, profile, out var gridCode, out var error)
            ? gridCode
            : throw new ArgumentException(error.Message, ParameterFor(error.Part));
    }

    static GridCodeError? FindProblem(string? code, GridCodeProfile profile)
    {
        if (string.IsNullOrEmpty(code))
        {
            return new(GridCodePart.Whole, "A grid code is required.");
        }

        for (var i = 0; i < code.Length; i++)
        {
            if (!char.IsAsciiDigit(code[i]))
            {
                var part = i < profile.Digits ? PartAt(i) : GridCodePart.Whole;
                var where = part == GridCodePart.Whole ? "beyond the code's length" : $"in the {Describe(part)}";
                return new(part, $"Grid code '{code}' has '{code[i]}' at position {i + 1} ({where}); a grid code has digits only.");
            }
        }

        if (code.Length != profile.Digits)
        {
            return new(GridCodePart.Whole, $"Grid code '{code}' has {code.Length} digits; the {profile.Digits}-digit profile expects {profile.Layout}.");
        }

        var administrative = code[..6];
        if (administrative.EndsWith("00", StringComparison.Ordinal) || administrative[2..4] == "00")
        {
            return new(GridCodePart.Administrative,
                $"Administrative code '{administrative}' in grid code '{code}' names a province or city, not a district or county.");
        }

        if (code[6..9] == "000")
        {
            return new(GridCodePart.Street, $"Street part '000' in grid code '{code}' is not a street; street numbers start at 001.");
        }

        if (code[9..12] == "000")
        {
            return new(GridCodePart.Community, $"Community part '000' in grid code '{code}' is not a community; community numbers start at 001.");
        }

        if (code[12..].All(c => c == '0'))
        {
            return new(GridCodePart.Sequence, $"Grid sequence '{code[12..]}' in grid code '{code}' is not a grid; sequence numbers start at 1.");
        }

        return null;
    }

    static GridCodePart PartAt(int index) => index switch
    {
        < 6 => GridCodePart.Administrative,
        < 9 => GridCodePart.Street,
        < 12 => GridCodePart.Community,
        _ => GridCodePart.Sequence,
    };

    static string Describe(GridCodePart part) => part switch
    {
        GridCodePart.Administrative => "administrative code",
        GridCodePart.Street => "street part",
        GridCodePart.Community => "community part",
        GridCodePart.Sequence => "grid sequence",
        _ => "code",
    };

    static string? ParameterFor(GridCodePart part) => part switch
    {
        GridCodePart.Administrative => "administrativeCode",
        GridCodePart.Street => "streetPart",
        GridCodePart.Community => "communityPart",
        GridCodePart.Sequence => "sequence",
        _ => null,
    };

    static void RequireDigits(string value, int length, string what, string parameter)
    {
        if (value is null || value.Length != length || !value.All(char.IsAsciiDigit))
        {
            throw new ArgumentException($"The {what} must be {length} digits; got '{value}'.", parameter);
        }
    }
}
