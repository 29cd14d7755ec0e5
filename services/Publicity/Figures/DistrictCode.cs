using System.Text.RegularExpressions;
using DigitalCity.ServiceDefaults.Http;

namespace DigitalCity.Publicity.Figures;

/// <summary>A district as the figures know it: its 6-digit administrative code (GB/T 2260, e.g. 410811 for 山阳区).</summary>
public static partial class DistrictCode
{
    public static bool IsValid(string? code) => code is not null && Pattern().IsMatch(code);

    /// <summary>An optional district: absent, or a 6-digit code.</summary>
    public static ValidationErrors OptionalDistrict(this ValidationErrors errors, string field, string? code)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.Check(code is null || IsValid(code), field, $"'{field}' is a 6-digit district code, e.g. 410811.");
    }

    [GeneratedRegex("^[0-9]{6}$")]
    private static partial Regex Pattern();
}
