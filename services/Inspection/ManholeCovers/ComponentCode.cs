namespace DigitalCity.Inspection.ManholeCovers;

/// <summary>
/// 部件编码 — a manhole cover's 16-digit component id (domain §2): the 6-digit administrative code of its
/// district, 大类 <c>01</c> 公用设施, a 2-digit 小类 naming the kind of well (<see cref="ManholeKind"/>: 01 water
/// … 07 heating) and a 6-digit serial within the district and kind, e.g. <c>4108020101000001</c>.
/// Whether the district exists is the place directory's to say, not the code's.
/// </summary>
public sealed record ComponentCode(string Value, string DistrictCode, ManholeKind Kind, string Serial)
{
    public const int Length = 16;

    /// <summary>大类 01 公用设施, under which the manhole covers of every kind are 小类.</summary>
    public const string PublicFacilities = "01";

    public override string ToString() => Value;

    /// <summary>The code, or null with the reason in <paramref name="problem"/>.</summary>
    public static ComponentCode? Parse(string? text, out string problem)
    {
        problem = "";
        if (text is not { Length: Length } || !text.All(char.IsAsciiDigit))
        {
            problem = $"A component code is {Length} digits: 6 district + 2 大类 + 2 小类 + 6 serial, e.g. 4108020101000001.";
            return null;
        }

        if (text[6..8] != PublicFacilities)
        {
            problem = $"Manhole covers are components of 大类 {PublicFacilities} 公用设施; '{text}' has 大类 {text[6..8]}.";
            return null;
        }

        var minor = int.Parse(text[8..10], System.Globalization.CultureInfo.InvariantCulture);
        if (!Enum.IsDefined((ManholeKind)minor))
        {
            problem = $"小类 {text[8..10]} is not a kind of manhole cover; use 01 water, 02 sewage, 03 rain, 04 power, 05 telecom, 06 gas or 07 heating.";
            return null;
        }

        if (text[10..] == "000000")
        {
            problem = "The serial starts at 000001.";
            return null;
        }

        return new ComponentCode(text, text[..6], (ManholeKind)minor, text[10..]);
    }
}
